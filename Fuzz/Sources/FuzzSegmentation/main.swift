// Sentence segmentation of arbitrary text, French and English: sentences in order, inside the
// text, non-empty, and each readable back as text.
import FuzzSupport
import PrecisText

Fuzz.run { bytes in
    let text = Fuzz.text(bytes)
    let length = text.utf8.count
    for language in [Language.french, .english] {
        var previousEnd = 0
        for sentence in SentenceSegmenter(language: language).sentences(in: text) {
            let range = sentence.range
            Fuzz.require(range.lowerBound >= previousEnd && range.upperBound <= length,
                         "\(language.code): \(range) after \(previousEnd), text of \(length) bytes")
            Fuzz.require(!range.isEmpty, "\(language.code): empty sentence at \(range)")
            _ = sentence.text(in: text)
            previousEnd = range.upperBound
        }
    }
}

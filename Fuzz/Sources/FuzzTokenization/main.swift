// Tokenization of arbitrary text with both engines, French and English: tokens in order, inside
// the text, non-empty, and each (with its hyphenated parts) readable back as text; the word-only
// scan (`forEachWord`) gives exactly the word tokens.
import FuzzSupport
import PrecisText

Fuzz.run { bytes in
    let text = Fuzz.text(bytes)
    let length = text.utf8.count
    for language in [Language.french, .english] {
        for engine in Tokenizer.Engine.allCases {
            var previousEnd = 0
            for token in Tokenizer(language: language, engine: engine).tokens(in: text) {
                let range = token.range
                Fuzz.require(range.lowerBound >= previousEnd && range.upperBound <= length,
                             "\(language.code)/\(engine): \(token) after \(previousEnd), text of \(length) bytes")
                Fuzz.require(!range.isEmpty, "\(language.code)/\(engine): empty token \(token)")
                _ = token.text(in: text)
                for part in token.parts(in: text) {
                    Fuzz.require(part.lowerBound >= range.lowerBound && part.upperBound <= range.upperBound,
                                 "\(language.code)/\(engine): part \(part) outside \(token)")
                    _ = text.slice(part)
                }
                previousEnd = range.upperBound
            }
        }
        let tokenizer = Tokenizer(language: language)
        let words = text.withUTF8Buffer { buffer -> (fast: [Range<Int>], reference: [Range<Int>]) in
            var fast: [Range<Int>] = [], reference: [Range<Int>] = []
            tokenizer.forEachWord(inUTF8: buffer, range: 0..<buffer.count) { fast.append($0) }
            tokenizer.forEachToken(inUTF8: buffer, range: 0..<buffer.count) { if $0.kind == .word { reference.append($0.range) } }
            return (fast, reference)
        }
        Fuzz.require(words.fast == words.reference, "\(language.code): forEachWord \(words.fast) vs word tokens \(words.reference)")
    }
}

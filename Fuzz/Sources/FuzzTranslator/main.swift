// The translator with the shipped lexicon and glossaries (loaded once) on arbitrary text: one
// output line per input line, spans inside the input.
import FuzzSupport
import PrecisTranslate

let translator: Translator = {
    do {
        return try Translator()
    } catch {
        fatalError("cannot load the shipped glossaries: \(error); set PRECIS_GLOSSARIES to the repository's glossaries/")
    }
}()

Fuzz.run { bytes in
    let text = Fuzz.text(bytes)
    let translation = translator.translate(text)
    let length = text.utf8.count
    let inputLines = text.utf8.lazy.filter { $0 == 0x0A }.count
    let outputLines = translation.text.utf8.lazy.filter { $0 == 0x0A }.count
    Fuzz.require(outputLines == inputLines, "\(inputLines + 1) input lines gave \(outputLines + 1) output lines")
    for span in translation.spans {
        Fuzz.require(span.source.lowerBound >= 0 && span.source.upperBound <= length,
                     "span \(span.text.debugDescription) at \(span.source) outside the \(length)-byte input")
    }
}

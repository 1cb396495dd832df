import PrecisTestSupport
import Testing
import PrecisText

/// Invariants that hold for any input: ranges tile the text, tokens lie inside sentences, and
/// nothing crashes on hostile input.
struct TextLayerPropertyTests {
    /// Checks every invariant on one text, for both languages and both tokenizer engines.
    static func checkInvariants(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let count = text.utf8.count
        let bytes = Array(text.utf8)
        for language in Language.allCases {
            let sentences = SentenceSegmenter(language: language).sentences(in: text)
            var previousEnd = 0
            func isScalarBoundary(_ offset: Int) -> Bool { offset == count || bytes[offset] & 0xC0 != 0x80 }
            for sentence in sentences {
                #expect(isScalarBoundary(sentence.range.lowerBound) && isScalarBoundary(sentence.range.upperBound),
                        "\(sentence) in \(text.debugDescription)", sourceLocation: sourceLocation)
                #expect(sentence.range.lowerBound >= previousEnd, sourceLocation: sourceLocation)
                #expect(!sentence.range.isEmpty && sentence.range.upperBound <= count, sourceLocation: sourceLocation)
                // Between sentences there is only white space (or invisible format characters).
                let gap = String(decoding: bytes[previousEnd..<sentence.range.lowerBound], as: UTF8.self)
                #expect(gap.unicodeScalars.allSatisfy(Self.isSkippable), "gap \(gap.debugDescription)", sourceLocation: sourceLocation)
                previousEnd = sentence.range.upperBound
            }
            let tail = String(decoding: bytes[min(previousEnd, count)...], as: UTF8.self)
            #expect(tail.unicodeScalars.allSatisfy(Self.isSkippable), "tail \(tail.debugDescription)", sourceLocation: sourceLocation)

            for engine in Tokenizer.Engine.allCases {
                let tokenizer = Tokenizer(language: language, engine: engine)
                for sentence in sentences {
                    var last = sentence.range.lowerBound
                    for token in tokenizer.tokens(in: text, range: sentence.range) {
                        #expect(token.range.lowerBound >= last && !token.range.isEmpty, sourceLocation: sourceLocation)
                        #expect(token.range.upperBound <= sentence.range.upperBound, sourceLocation: sourceLocation)
                        last = token.range.upperBound
                    }
                }
            }
        }
    }

    static func isSkippable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
            || scalar.properties.generalCategory == .control
    }

    @Test(arguments: 0..<200)
    func randomTextKeepsInvariants(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let text = RandomText.make(pieces: Int.random(in: 0...120, using: &generator), using: &generator)
        Self.checkInvariants(text)
    }

    /// Sentence boundaries do not depend on where the text sits in memory: shifting it by 1–8
    /// bytes (the boundary scan reads eight bytes at a time) shifts every sentence by as much.
    @Test(arguments: 0..<100)
    func sentencesDoNotDependOnAlignment(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 500)
        let text = RandomText.make(pieces: Int.random(in: 0...120, using: &generator), using: &generator)
        let reference = SentenceSegmenter(language: .french).sentences(in: text).map(\.range)
        for shift in 1...8 {
            let shifted = String(repeating: "x", count: shift) + "\n\n" + text
            let ranges = SentenceSegmenter(language: .french).sentences(in: shifted).map(\.range)
                .filter { $0.lowerBound >= shift + 2 }.map { ($0.lowerBound - shift - 2)..<($0.upperBound - shift - 2) }
            #expect(ranges == reference, "shift \(shift): \(text.debugDescription)")
        }
    }

    @Test(arguments: 0..<50)
    func randomBytesDoNotCrash(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 1000)
        let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        // Invalid UTF-8 is repaired (U+FFFD) when a String is made; the text layer then sees valid text.
        Self.checkInvariants(String(decoding: bytes, as: UTF8.self))
    }

    @Test(arguments: ["", " ", "\n", "\n\n\n", ".", "...", "«»", "'", "’’’", "\u{FEFF}", "\u{0301}", "a\u{0000}b"])
    func edgeInputs(_ text: String) {
        Self.checkInvariants(text)
    }

    @Test func twentyMegabyteSingleLine() {
        let unit = "La séance était tendue.Consternant ! « Pourquoi ? » dit M. Dupont à l’IA, 3,6 % de 1 234 www.a.fr "
        var text = String(repeating: unit, count: 20_000_000 / unit.utf8.count + 1)
        text += String(repeating: "x", count: 100_000)  // and one very long word
        let sentences = SentenceSegmenter(language: .french).sentences(in: text)
        #expect(sentences.count > 100_000)
        var tokens = 0
        Tokenizer(language: .french).forEachToken(in: text) { _ in tokens += 1 }
        #expect(tokens > 3_000_000)
    }
}

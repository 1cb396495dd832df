import PrecisTestSupport
import Testing
@testable import PrecisText

/// The segmenter's fast paths against the plain code they stand for: the sixteen-byte skip of
/// ``SentenceBreakRules`` against its byte table, the repairer's ASCII tests (letters, white
/// space, trimmed characters) against ``ScalarClass``, the inline case tests against
/// ``ScalarCase``, the merge of cuts against a set union, and segmentation at every alignment.
struct SentenceFastPathTests {
    /// The first byte the byte loop would stop at (or 0xF8–0xFF, never in UTF-8), 16 if none.
    static func firstMayStart(_ bytes: [UInt8]) -> Int {
        bytes.firstIndex { SentenceBreakRules.mayStartBoundary($0) || $0 >= 0xF8 } ?? 16
    }

    @Test(arguments: 0..<16)
    func blockSkipStopsAtEveryByteValueInEveryLane(lane: Int) {
        var generator = SeededGenerator(seed: UInt64(lane))
        for value in 0...255 {
            for round in 0..<8 {
                // Random bytes, or plain letters so that the lane under test is the first stop.
                var bytes = (0..<16).map { _ in
                    round < 4 ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 0x61...0x7A, using: &generator)
                }
                bytes[lane] = UInt8(value)
                let skipped = bytes.withUnsafeBufferPointer { SentenceBreakRules.bytesBeforeMayStart($0, at: 0) }
                #expect(skipped == Self.firstMayStart(bytes), "\(bytes)")
            }
        }
    }

    @Test func blockSkipReadsFromItsOffset() {
        var generator = SeededGenerator(seed: 99)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0...(bytes.count - 16) {
                #expect(SentenceBreakRules.bytesBeforeMayStart(buffer, at: i) == Self.firstMayStart(Array(bytes[i..<i + 16])))
            }
        }
    }

    @Test func asciiLetterTestMatchesScalarClass() {
        for b in UInt8(0)..<0x80 {
            let cls = ScalarClass.of(UInt32(b))
            #expect(SentenceRepairer.isASCIILetter(b) == (cls == .letter), "\(b)")
            // The general loop's other accepted classes never occur in ASCII.
            #expect(cls != .mark)
        }
    }

    @Test func asciiSpaceAndTrimTestsMatchScalarClass() {
        for v in UInt32(0)..<0x80 {
            let cls = ScalarClass.of(v)
            #expect(SentenceRepairer.isWhitespace(v) == cls.isWhitespace, "\(v)")
            #expect(SentenceRepairer.isTrimmed(v) == (cls.isWhitespace || (cls == .other && v != 0)), "\(v)")
        }
        // Beyond ASCII, the same answers as ScalarClass (a sample of scalars that matter).
        for v: UInt32 in [0x85, 0xA0, 0xAD, 0xE9, 0x1680, 0x2000, 0x200B, 0x2028, 0x202F, 0x205F, 0x3000, 0xFEFF] {
            #expect(SentenceRepairer.isWhitespace(v) == ScalarClass.of(v).isWhitespace, "\(v)")
        }
    }

    @Test func inlineCaseTestsMatchScalarCase() {
        for v in UInt32(0)..<0x3400 {
            #expect(ScalarCase.isUppercaseInline(v) == ScalarCase.isUppercase(v), "\(v)")
            #expect(ScalarCase.isLowercaseInline(v) == ScalarCase.isLowercase(v), "\(v)")
        }
    }

    @Test func mergeMatchesSetUnion() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<2_000 {
            let first = Array(Set((0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Int.random(in: 0...40, using: &generator)
            })).sorted()
            let second = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Int.random(in: 0...40, using: &generator) }
            var merged = first
            SentenceRepairer.merge(second, into: &merged)
            #expect(merged == Array(Set(first).union(second)).sorted())
        }
    }

    /// Pieces of news text and of its odd cases: terminals, quotes, abbreviations, initials,
    /// digits, addresses, line breaks, accented and non-Latin letters.
    static let pieces = [
        ".", ".", "!", "?", "…", "...", "«", "»", " « ", " » ", "\"", "“", "”", "(", ")", " ", " ", "  ", "\n", "\n\n",
        "\r\n", "\u{2028}", "\u{0085}", "M.", "MM.", "Mme", "Dr.", "J.-C.", "U.S.", "J.M.", "etc.", "art.", "n°", "Gov.",
        "www.", "@", "://", "3.5", "2.846", "3,6", "12", "a", "x", "B", "é", "É", "œ", "ß", "Ω", "ω", "。", "！", "‼",
        "\u{00A0}", "\u{202F}", "\u{200B}", "\u{0301}", "\u{00AD}", "word", "Le", "le", "iPhone", "tendue", "Consternant",
        "locaux", "l'ex", ",", ":", ";", "-", "—", "'", "’", "\t", "°", "🙂", "Ա", "։", "ا", "؟", "Þ", "×",
    ]

    /// Segmenting a text after a prefix of 1 to 16 spaces and a blank line gives the same
    /// sentences, shifted: the sixteen-byte blocks fall at every alignment.
    @Test(arguments: [Language.french, .english])
    func sentencesDoNotDependOnAlignment(language: Language) {
        var generator = SeededGenerator(seed: language == .french ? 1 : 2)
        let segmenter = SentenceSegmenter(language: language)
        for _ in 0..<1_500 {
            // A first word, so that the paragraph starts at the text in both cases.
            let text = "Le " + (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator)!
            }.joined()
            let reference = segmenter.sentences(in: text).map(\.range)
            for padding in 1...16 {
                let prefix = "Avant.\n\n" + String(repeating: " ", count: padding)
                let shift = prefix.utf8.count
                let shifted = segmenter.sentences(in: prefix + text)
                    .filter { $0.range.lowerBound >= shift }
                    .map { $0.range.lowerBound - shift..<$0.range.upperBound - shift }
                #expect(shifted == reference, "\(text.debugDescription) after \(padding) spaces")
            }
        }
    }
}

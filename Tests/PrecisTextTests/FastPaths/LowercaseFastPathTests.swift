import Testing
@testable import PrecisText

/// The one-pass lower-casing gives what the iterator-based one gives.
struct LowercaseFastPathTests {
    @Test func contiguousPathMatchesTheIteratorPath() throws {
        var words = ["L’État", "ÉTÉ", "Œuvre", "straße", "QU‘IL", "a′b", "x‛y", "ÀÞ×÷", "e\u{301}", "Ωmega", "plain", "UPPER", "é", ""]
        for article in try CorpusArticles.all().prefix(100) {
            words += article.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        }
        for word in words {
            var copy = word
            let fast = copy.withUTF8 { Folding.latin1LowercaseContiguous($0) }
            let ascii = !word.utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }
            let reference: String?? = ascii ? .some(nil) : Folding.latin1Lowercase(word.utf8).map { .some($0) }
            #expect(fast == reference, "\(word)")
        }
    }

    @Test(arguments: ["L’État", "ÉTÉ", "Straße", "ΑΘΗΝΑ", "Œuvre", "plain", "MIXED case", "e\u{301}"])
    func specializedLowercaseMatchesTheGenericOne(_ text: String) {
        func generic<S: StringProtocol>(_ s: S) -> String { Folding.lowercase(s) }
        #expect(Folding.lowercase(text) == generic(text))
        #expect(Folding.lowercase(text[...]) == generic(text[...]))
        #expect(Array(Folding.lowercase(text).utf8) == Array(generic(text).utf8))
    }
}

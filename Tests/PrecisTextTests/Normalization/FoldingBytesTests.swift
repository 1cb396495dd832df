import Testing
@testable import PrecisText

/// ``Folding/appendKey(_:_:to:)`` folds on bytes what ``Folding/key(_:)`` folds on strings: where
/// it answers, it must give the same bytes.
struct FoldingBytesTests {
    @Test(arguments: [
        ("L’Intelligence  ARTIFICIELLE", true), ("Œuvre ÉTÉ", true), ("  straße\tNaïve\u{00A0}", true), ("", true),
        ("réseaux sociaux", true), ("× ÷ « » ° ½ ¿", true), ("ĳ Ŀ ſ Ÿ", true), ("quelqu\u{2019}un\u{202F}!", true),
        ("cafe\u{301}", false), ("Москва", false), ("∂", false), ("日本", false),
    ])
    func agreesWithTheStringKey(_ text: String, _ answers: Bool) {
        var out: [UInt8] = [0x2A]  // bytes already there stay
        let fast = text.withUTF8Buffer { Folding.appendKey($0, 0..<$0.count, to: &out) }
        #expect(fast == answers)
        if fast { #expect(String(decoding: out.dropFirst(), as: UTF8.self) == Folding.key(text)) }
        #expect(out.first == 0x2A)
    }

    /// Every scalar below U+0180, alone and inside a word, spaced.
    @Test func everyLatinScalar() {
        for value in 0..<0x180 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b", " \(scalar) \(scalar)"] {
                var out: [UInt8] = []
                if text.withUTF8Buffer({ Folding.appendKey($0, 0..<$0.count, to: &out) }) {
                    #expect(String(decoding: out, as: UTF8.self) == Folding.key(text), "U+\(String(value, radix: 16))")
                } else {
                    #expect(Folding.fastKey(text) == nil, "U+\(String(value, radix: 16))")
                }
            }
        }
    }
}

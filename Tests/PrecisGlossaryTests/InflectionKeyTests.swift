import Foundation
import Testing
import PrecisText
@testable import PrecisGlossary

struct InflectionKeyTests {
    /// The byte path the matcher uses must give the same key as the general path, word for word.
    @Test func bytePathAgreesWithTheGeneralPath() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var text = try String(contentsOf: root.appendingPathComponent("corpora/meta-openai.fr.txt"), encoding: .utf8)
        text += " ÀÉÎÕÜ Ærø Œuvres cœurs NAÏVES Ÿvelines Straße þorn ×÷ aujourd’hui l’État façades d’ qu’ jusqu’ L’ la La testés TESTÉES testée marché cafés protégées"
        var scratch: [UInt8] = []
        var checked = 0
        text.withUTF8Buffer { bytes in
            for token in Tokenizer(language: .french).tokens(in: text) where token.isWordLike {
                guard InflectionKey.keyBytes(bytes, token.range, into: &scratch) else { continue }
                let word = token.text(in: text)
                #expect(String(decoding: scratch, as: UTF8.self) == InflectionKey.french(word), "\(word)")
                checked += 1
            }
        }
        #expect(checked > 600)
    }
}

import Foundation
import Testing
@testable import PrecisGlossary

/// Builds small dictd dictionaries in memory.
enum DictdFixture {
    /// A number in dictd's base64 ("A" = 0, "BA" = 64).
    static func number(_ value: Int) -> String {
        let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var value = value
        var text = String(digits[value % 64])
        while value >= 64 {
            value /= 64
            text = String(digits[value % 64]) + text
        }
        return text
    }

    /// An index and data holding these definitions, in order.
    static func make(_ definitions: [(headword: String, text: String)]) -> (index: [UInt8], data: [UInt8]) {
        var index = "", data: [UInt8] = []
        for (headword, text) in definitions {
            index += "\(headword)\t\(number(data.count))\t\(number(text.utf8.count))\n"
            data += Array(text.utf8)
        }
        return (Array(index.utf8), data)
    }

    /// The fixture files' bytes.
    static func fixture(_ name: String) -> [UInt8] {
        (try? Data(contentsOf: URL(fileURLWithPath: GlossaryLoaderTests.fixture(name)))).map(Array.init) ?? []
    }
}

/// Broken dictd dictionaries: each mistake gives its exact diagnostic, and leniently loading
/// keeps the rest.
struct BrokenDictdTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var index: [UInt8]
        var data: [UInt8]
        var dataName = "d.dict"
        var diagnostic: String
        var loaded: Int
        var testDescription: String { name }
    }

    /// "chat" at bytes 0-26 (A, a), "chien" at 26-70 (a, s).
    static let data = Array("chat /ʃa/ <n, masc>\ncat\n\nchien /ʃjɛ̃/ <n, masc>\n1. dog\n2. hammer\n\n".utf8)
    static let chat = "chat\tA\ta\n"
    static let chien = "chien\ta\ts\n"

    static func text(_ name: String, _ index: String, _ diagnostic: String, loaded: Int) -> Case {
        Case(name: name, index: Array(index.utf8), data: data, diagnostic: diagnostic, loaded: loaded)
    }

    static let digits = "dictd numbers are base64 digits (A-Z a-z 0-9 + /, no padding); rebuild the index with dictfmt"
    static let corrupt = "the index is corrupt; rebuild it with dictfmt, or reinstall the dictionary"
    static let zipped = DictdFixture.fixture("news.fr-en.dictzip.dict.dz")
    static let zippedIndex = DictdFixture.fixture("news.fr-en.dictzip.index")

    static let cases: [Case] = [
        text("clean", chat + chien, "", loaded: 2),
        text("metadata entries are skipped, even broken", "00databaseinfo\t?\t?\n00-database-url\tA\n" + chat + chien, "", loaded: 2),
        text("CRLF line ends", "chat\tA\ta\r\nchien\ta\ts\r\n", "", loaded: 2),
        text("padding in the offset", chat + "chien\ta=\ts\n",
             "d.index:2:8: invalid character '=' in the offset field; \(digits)", loaded: 1),
        text("standard base64 digit", "chat\tA\ta-\n" + chien,
             "d.index:1:9: invalid character '-' in the length field; \(digits)", loaded: 1),
        text("empty length", "chat\tA\t\n" + chien, "d.index:1:8: empty length field; \(digits)", loaded: 1),
        text("decimal offset", chat + "chien\t26\ts\n",  // "26" is base64 too: 54 × 64 + 58 = 3514
             "d.index:2: the definition of 'chien' (bytes 3514-3558) runs past the end of d.dict (70 bytes); the index does not match its data file; reinstall the dictionary, or rebuild both with dictfmt", loaded: 1),
        text("offset past the end", chat + "chien\tBA\ts\n",
             "d.index:2: the definition of 'chien' (bytes 64-108) runs past the end of d.dict (70 bytes); the index does not match its data file; reinstall the dictionary, or rebuild both with dictfmt", loaded: 1),
        text("length past the end", chat + "chien\ta\tt\n",
             "d.index:2: the definition of 'chien' (bytes 26-71) runs past the end of d.dict (70 bytes); the index does not match its data file; reinstall the dictionary, or rebuild both with dictfmt", loaded: 1),
        text("length of 2^60", "chat\tA\tBAAAAAAAAAA\n" + chien,
             "d.index:1: the definition of 'chat' is 1152921504606846976 bytes long, over the 1048576-byte limit; \(corrupt)", loaded: 1),
        text("number over 2^62", "chat\t//////////////\ta\n" + chien,
             "d.index:1:6: the offset field '//////////////' is too large; \(corrupt)", loaded: 1),
        text("two columns", "chat\tA\n" + chien,
             "d.index:1: wrong number of columns: 2, expected 3 (headword<TAB>offset<TAB>length); rebuild the index with dictfmt, or reinstall the dictionary", loaded: 1),
        text("spaces instead of tabs", "chat A a\n" + chien,
             "d.index:1: wrong number of columns: 1, expected 3 (headword<TAB>offset<TAB>length); rebuild the index with dictfmt, or reinstall the dictionary", loaded: 1),
        text("five columns", "chat\tA\ta\tchat\textra\n" + chien,
             "d.index:1: wrong number of columns: 5, expected 3 (headword<TAB>offset<TAB>length); rebuild the index with dictfmt, or reinstall the dictionary", loaded: 1),
        text("empty headword", "\tA\ta\n" + chien,
             "d.index:1:1: empty source term; write the French term in the first column or delete the line", loaded: 1),
        Case(name: "invalid UTF-8 in the index", index: Array("caf".utf8) + [0xE9] + Array("\tA\ta\n\(chien)".utf8), data: data,
             diagnostic: "d.index:1:4: invalid UTF-8 (byte 0xE9) in the index; line skipped; rebuild the dictionary as UTF-8 (dictfmt --utf8)", loaded: 1),
        Case(name: "Latin-1 definition", index: Array("cafe\tA\te\n".utf8), data: Array("caf".utf8) + [0xE9] + Array(" /kafe/ <n, masc>\ncoffee\n\n".utf8),
             diagnostic: "d.index:1: the definition of 'cafe' is not valid UTF-8 (byte 0xE9 at byte 3 of d.dict); convert the dictionary to UTF-8: dictunformat, iconv -f ISO-8859-1 -t UTF-8, then dictfmt --utf8", loaded: 0),
        Case(name: "only examples", index: DictdFixture.make([("falloir", "falloir /falwaʀ/ <v>\n1.\n      \"Il faut partir\"\n We must leave\n\n")]).index,
             data: DictdFixture.make([("falloir", "falloir /falwaʀ/ <v>\n1.\n      \"Il faut partir\"\n We must leave\n\n")]).data,
             diagnostic: "d.index:1: 'falloir' has no English translation (its senses hold only examples or definitions); entry skipped; give one of its senses a translation, or ignore this in a dictionary you do not maintain", loaded: 0),
        Case(name: "control character in a translation", index: DictdFixture.make([("chat", "chat <n>\nc\u{7}at\n")]).index,
             data: DictdFixture.make([("chat", "chat <n>\nc\u{7}at\n")]).data,
             diagnostic: "d.index:1: control character U+0007 in the target term; remove it (copy-paste from another program often leaves one)", loaded: 0),
        Case(name: "plain data named .dz", index: Array((chat + chien).utf8), data: data, dataName: "d.dict.dz",
             diagnostic: "d.dict.dz:1: not gzip data, though named .dz; read as plain text; compress it with dictzip, or rename it .dict if it is plain text", loaded: 2),
        Case(name: "truncated .dz", index: zippedIndex, data: Array(zipped.prefix(500)), dataName: "d.dict.dz",
             diagnostic: "d.dict.dz:27: the compressed data breaks off after 744 bytes; the file is truncated; reinstall the dictionary (gzip -t d.dict.dz checks it)", loaded: 2),
        Case(name: "entry past the break of a truncated .dz", index: zippedIndex, data: Array(zipped.prefix(500)), dataName: "d.dict.dz",
             diagnostic: "d.index:16: the definition of 'éteindre' (bytes 763-837) runs past the 744 bytes that d.dict.dz holds before it breaks off; the file is damaged; reinstall the dictionary (gzip -t d.dict.dz checks it)", loaded: 2),
        // A flipped byte inflates to plausible text: only the checksum at the end tells, so nothing is loaded.
        Case(name: "corrupt .dz", index: zippedIndex, data: zipped.enumerated().map { $0.offset == 300 ? $0.element ^ 0x55 : $0.element },
             dataName: "d.dict.dz",
             diagnostic: "d.dict.dz:55: corrupt compressed data after 1268 bytes (zlib: incorrect data check); none of its definitions is loaded; reinstall the dictionary (gzip -t d.dict.dz checks it)", loaded: 0),
        // The header is 48 bytes: 10, the random-access table (2 + 12), the name (24).
        Case(name: "not deflate data after the gzip header", index: zippedIndex, data: Array(zipped.prefix(48)) + [UInt8](repeating: 0xFF, count: 64),
             dataName: "d.dict.dz",
             diagnostic: "d.dict.dz:1: corrupt compressed data after 0 bytes (zlib: invalid block type); none of its definitions is loaded; reinstall the dictionary (gzip -t d.dict.dz checks it)", loaded: 0),
        Case(name: "gzip header cut short", index: zippedIndex, data: Array(zipped.prefix(30)), dataName: "d.dict.dz",
             diagnostic: "d.dict.dz:1: the compressed data breaks off after 0 bytes; the file is truncated; reinstall the dictionary (gzip -t d.dict.dz checks it)", loaded: 0),
    ]

    @Test(arguments: cases)
    func diagnostic(_ testCase: Case) throws {
        let load = { (loader: GlossaryLoader) throws(GlossaryError) in
            try loader.loadDictd(index: testCase.index, indexName: "d.index", data: testCase.data, dataName: testCase.dataName)
        }
        let result = try load(GlossaryLoader())
        let issues = result.issues.map(\.description)
        #expect(result.glossary.entries.count == testCase.loaded, "\(issues)")
        if testCase.diagnostic.isEmpty {  // not a mistake: must load cleanly
            #expect(issues.isEmpty, "\(issues)")
            return
        }
        #expect(issues.contains(testCase.diagnostic), "\(issues)")
        #expect(throws: GlossaryError.self) { try load(GlossaryLoader(strict: true)) }
    }

    @Test func hostileOffsetsStayBounded() throws {
        // Lines that each claim most of the data, shifted by one byte: without a budget they
        // would make the reader decode lines × length bytes.
        let data = Array(String(repeating: "mot <n>\nword\n", count: 100).utf8)
        var loader = GlossaryLoader()
        loader.maximumDefinitionBytes = 1000
        let index = (0..<10_000).map { "mot\($0)\t\(DictdFixture.number($0 % 300))\t\(DictdFixture.number(1000))\n" }.joined()
        let result = try loader.loadDictd(index: Array(index.utf8), indexName: "h.index", data: data, dataName: "h.dict")
        let budget = result.issues.filter { $0.message.contains("more than twice the bytes") }
        #expect(budget.count == 1)
        #expect(result.skipped + result.glossary.entries.count == 10_000)
    }

    @Test func aHugeLengthAllocatesNothing() throws {
        // 2^60 bytes claimed: refused from the index line alone, so nothing is kept from the data.
        let index = Array("chat\tA\tBAAAAAAAAAA\n".utf8)
        let result = try GlossaryLoader().loadDictd(index: index, indexName: "h.index", data: Self.zipped, dataName: "h.dict.dz")
        #expect(result.glossary.entries.isEmpty && result.skipped == 1)
    }

    @Test func inflationStopsAtTheLimit() throws {
        var loader = GlossaryLoader()
        loader.maximumDictionaryBytes = 1000  // the fixture inflates to 1,267 bytes
        let result = try loader.loadDictd(index: Self.zippedIndex, indexName: "d.index", data: Self.zipped, dataName: "d.dict.dz")
        #expect(result.glossary.entries.count == 6)
        #expect(result.issues.count == 3)
        #expect(result.issues.map(\.description).contains(
            "d.index:9: the definition of 'grève' (bytes 1180-1242) lies beyond the first 1000 bytes of d.dict.dz, the most Precis inflates; the index is corrupt, or the dictionary too large: raise GlossaryLoader.maximumDictionaryBytes"))
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.cases.count >= 20)
    }
}

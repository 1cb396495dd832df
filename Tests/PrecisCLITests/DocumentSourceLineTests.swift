import Foundation
import Testing
@testable import precis

/// `DocumentSource.forEachLine`: lines as read, and a line over the limit reported by its length
/// without being kept.
struct DocumentSourceLineTests {
    static func lines(_ bytes: [UInt8], maximum: Int) throws -> [String] {
        let path = try CLIRunner.temporaryFile(bytes, name: "lines.txt")
        var result: [String] = []
        try DocumentSource.forEachLine(path, maximumLineBytes: maximum) { item in
            switch item {
            case .line(let bytes): result.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong(let length): result.append("<\(length)>")
            }
        }
        return result
    }

    @Test(arguments: [
        ("a\nbb\nccc\n", 3, ["a", "bb", "ccc"]),
        ("a\nbbbb\nccc", 3, ["a", "<4>", "ccc"]),
        ("abc\r\nabcd\r\n", 3, ["abc\r", "<4>"]),
        ("\n\n", 1, ["", ""]),
        ("xxxxxxxxxx", 3, ["<10>"]),
    ] as [(String, Int, [String])])
    func smallFiles(_ text: String, _ maximum: Int, _ expected: [String]) throws {
        #expect(try Self.lines(Array(text.utf8), maximum: maximum) == expected)
    }

    /// Lines across the 1 MiB read chunks: a long one is measured whole, the next one read intact.
    @Test func linesAcrossChunks() throws {
        let long = [UInt8](repeating: 0x61, count: 3 << 20)
        let bytes = Array("first\n".utf8) + long + Array("\nlast\n".utf8)
        #expect(try Self.lines(bytes, maximum: 1 << 20) == ["first", "<\(3 << 20)>", "last"])
        #expect(try Self.lines(bytes, maximum: 4 << 20).map(\.count) == [5, 3 << 20, 4])
    }
}

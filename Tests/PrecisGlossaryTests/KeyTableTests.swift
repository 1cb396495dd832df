import Testing
@testable import PrecisGlossary

struct KeyTableTests {
    /// Keys of every length around the 8- and 16-byte words the index compares, with shared
    /// prefixes (so only the bytes past the sixteenth tell some apart), an empty key and a long one.
    static let keys: [[UInt8]] = {
        var keys: [[UInt8]] = [[]]
        for length in 1...40 {
            keys.append(Array("abcdefghijklmnopqrstuvwxyz0123456789-'éè".utf8.prefix(length)))
            keys.append(Array(repeating: UInt8(ascii: "x"), count: length))
        }
        keys.append(Array(repeating: UInt8(ascii: "x"), count: 39) + [UInt8(ascii: "y")])
        keys.append(Array("reseau".utf8))
        keys.append(Array("reseau\u{0}".utf8))  // a zero byte is a byte, not padding
        keys.append(Array(repeating: UInt8(ascii: "q"), count: 5_000))
        return keys
    }()

    @Test func internGivesDenseIdsInOrderAndFindsThemAgain() {
        var table = KeyTable()
        for (k, key) in Self.keys.enumerated() { #expect(table.intern(key) == Int32(k)) }
        #expect(table.count == Self.keys.count)
        for (k, key) in Self.keys.enumerated() {
            #expect(table.intern(key) == Int32(k))
            #expect(table.id(key) == Int32(k))
        }
        #expect(table.id(Array("absent".utf8)) == nil)
        #expect(table.id(Array(repeating: UInt8(ascii: "x"), count: 41)) == nil)
    }

    /// The padded look-up the matcher uses reads 16 bytes whatever the key's length, and ignores
    /// what lies past the key.
    @Test func paddedLookUpIgnoresTheBytesPastTheKey() {
        var table = KeyTable()
        for key in Self.keys { _ = table.intern(key) }
        for (k, key) in Self.keys.enumerated() {
            for filler: UInt8 in [0x00, 0x78, 0xFF] {
                let padded = key + [UInt8](repeating: filler, count: 16)
                let id = padded.withUnsafeBufferPointer { table.id(padded: $0.baseAddress!, count: key.count) }
                #expect(id == Int32(k), "key \(k), filler \(filler)")
            }
        }
    }

    @Test func readBackFromItsArrays() throws {
        var table = KeyTable()
        for key in Self.keys { _ = table.intern(key) }
        let copy = try #require(KeyTable(offsets: table.offsets, bytes: table.bytes))
        for (k, key) in Self.keys.enumerated() { #expect(copy.id(key) == Int32(k)) }
    }

    @Test(arguments: [
        ([Int32](), [UInt8]()),                         // no final offset
        ([1, 2], [1, 2]),                               // does not start at 0
        ([0, 3], [1, 2]),                               // past the bytes
        ([0, 2, 1, 2], [1, 2]),                         // decreasing
        ([0, 1, 2], [7, 7]),                            // a repeated key
    ])
    func inconsistentArraysAreRefused(offsets: [Int32], bytes: [UInt8]) {
        #expect(KeyTable(offsets: offsets, bytes: bytes) == nil)
    }
}

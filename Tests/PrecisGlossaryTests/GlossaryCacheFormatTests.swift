import Testing
import PrecisText
@testable import PrecisGlossary

/// The compiled cache on a generated glossary: what goes in comes out, entry by entry and byte by
/// byte, and anything damaged is refused with a reason instead of trapping.
struct GlossaryCacheFormatTests {
    /// Entries with every field set, several targets, two origin files, a case-sensitive brand.
    static let rich: Glossary = {
        let statuses = GlossaryEntry.Status.allCases
        let entries = (0..<200).map { k in
            GlossaryEntry(source: "terme numéro \(k)", targets: (0...(k % 3)).map { "term \(k) #\($0)" },
                          partOfSpeech: k % 2 == 0 ? "noun" : nil, gender: k % 3 == 0 ? "feminine" : nil,
                          number: k % 5 == 0 ? "plural" : nil, domain: k % 7 == 0 ? "law" : nil,
                          status: statuses[k % statuses.count], isCaseSensitive: k % 11 == 0,
                          note: k % 4 == 0 ? "note \(k) — “quoted”" : nil,
                          origin: .init(file: k < 100 ? "rich.tbx" : "other/rich.tbx", line: 10 + k))
        }
        return Glossary(path: "rich.tbx", format: .tbx, entries: entries)
    }()

    static let matcher = GlossaryMatcher(GlossaryMatcherRegressionTests.glossaries + [rich])
    static let bytes = matcher.serialized()

    @Test func roundTripKeepsEveryEntry() throws {
        let loaded = try GlossaryMatcher(serialized: Self.bytes)
        #expect(loaded.entryCount == Self.matcher.entryCount)
        guard case .decoded(let originals) = Self.matcher.entries else {
            Issue.record("a compiled matcher keeps its entries decoded")
            return
        }
        for (k, original) in originals.enumerated() {
            #expect(loaded.entries.entry(k, isCaseSensitive: original.isCaseSensitive) == original)
        }
        #expect(loaded.flags == Self.matcher.flags)
        #expect(loaded.trie == Self.matcher.trie)
        #expect(loaded.keys.offsets == Self.matcher.keys.offsets && loaded.keys.bytes == Self.matcher.keys.bytes)
    }

    @Test func roundTripIsByteIdentical() throws {
        let loaded = try GlossaryMatcher(serialized: Self.bytes, path: "generated.pgc")
        #expect(loaded.serialized() == Self.bytes)
        let text = GlossaryMatcherRegressionTests.article + " Le terme numéro 42 et les termes numéros 7."
        #expect(loaded.matches(in: text) == Self.matcher.matches(in: text))
    }

    @Test(arguments: [0.0, 0.001, 0.25, 0.5, 0.75, 0.999])
    func truncatedCachesAreRefused(at fraction: Double) {
        let length = max(8, Int(Double(Self.bytes.count) * fraction))
        #expect(throws: GlossaryCacheError.corrupt(path: "t.pgc")) {
            try GlossaryMatcher(serialized: Array(Self.bytes.prefix(length)), path: "t.pgc")
        }
    }

    @Test(arguments: [12, 13, 20, 100, 1_000, 10_000, 50_000, -9, -1])
    func flippedBitsAreRefused(at offset: Int) {
        var broken = Self.bytes
        let position = offset < 0 ? broken.count + offset : offset
        broken[position] ^= 0x10
        #expect(throws: GlossaryCacheError.corrupt(path: "f.pgc")) { try GlossaryMatcher(serialized: broken, path: "f.pgc") }
    }

    /// A cache whose checksum is right but whose content is not (written by a broken tool, say)
    /// is refused by the structural checks.
    @Test(arguments: ["edge target", "edge key", "root child", "root edges", "entry id", "node record", "repeated key"])
    func sealedButInconsistentCachesAreRefused(_ damage: String) {
        var matcher = Self.matcher
        switch damage {
        case "edge target": matcher.trie.edges[1] = Int32(matcher.trie.nodeCount)
        case "edge key": matcher.trie.edges[0] = Int32(matcher.keys.count)
        case "root child": matcher.trie.roots[0] = Int32(matcher.trie.nodeCount + 5)
        case "root edges": matcher.trie.roots[2] = Int32(matcher.trie.edges.count)
        case "entry id": matcher.trie.entryIDs[0] = Int32(matcher.entryCount)
        case "node record": matcher.trie.nodes[5] = Int32(matcher.trie.edges.count)
        default:
            var keys = KeyTable()
            _ = keys.intern(Array("pareil".utf8))
            let offsets = keys.offsets + [Int32(2 * keys.bytes.count)]
            #expect(KeyTable(offsets: offsets, bytes: keys.bytes + keys.bytes) == nil)
            return
        }
        #expect(throws: GlossaryCacheError.corrupt(path: "s.pgc")) { try GlossaryMatcher(serialized: matcher.serialized(), path: "s.pgc") }
    }

    @Test(arguments: [UInt32(0), 1, 2, 3, 4, 6, .max])
    func otherFormatVersionsAreRefusedWithTheReason(_ version: UInt32) {
        var bytes = Self.bytes
        withUnsafeBytes(of: version.littleEndian) { bytes.replaceSubrange(8..<12, with: $0) }
        #expect(throws: GlossaryCacheError.unsupportedVersion(path: "v.pgc", version: version)) {
            try GlossaryMatcher(serialized: bytes, path: "v.pgc")
        }
        let message = GlossaryCacheError.unsupportedVersion(path: "v.pgc", version: version).description
        #expect(message.contains("format \(version)") && message.contains("(5)") && message.contains("compile it again"))
    }

    /// Every single-bit flip of a buffer changes its checksum, whatever its length (lanes and tail).
    @Test(arguments: [1, 7, 8, 31, 32, 33, 64, 100])
    func checksumSeesEverySingleBitFlip(length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let reference = bytes.withUnsafeBytes { CacheChecksum.hash($0) }
        for bit in 0..<(8 * length) {
            var flipped = bytes
            flipped[bit / 8] ^= 1 << UInt8(bit % 8)
            #expect(flipped.withUnsafeBytes { CacheChecksum.hash($0) } != reference)
        }
        #expect(bytes.dropLast().withUnsafeBytes { CacheChecksum.hash($0) } != reference)
    }
}

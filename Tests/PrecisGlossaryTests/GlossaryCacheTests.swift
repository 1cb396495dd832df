import Foundation
import Testing
import PrecisText
import PrecisGlossary

struct GlossaryCacheTests {
    static let text = "Les réseaux sociaux, l'IA, les actions collectives et la grippe saisonnière touchent Orange."

    static let matcher: GlossaryMatcher = {
        let tsv = "réseau social\tsocial network\nIA\tAI\naction collective\tclass action\ngrippe saisonnière\tseasonal flu\ntoucher\ttouch\n"
        let user = try! GlossaryLoader().load(bytes: Array(tsv.utf8), name: "user.tsv").glossary
        let tbx = try! GlossaryLoader().load(path: GlossaryLoaderTests.fixture("news.fr-en.tbx")).glossary
        let brand = GlossaryEntry(source: "Orange", targets: [], status: .doNotTranslate, isCaseSensitive: true,
                                  origin: .init(file: "brands.tsv", line: 3))
        return GlossaryMatcher([user, tbx, Glossary(path: "brands.tsv", format: .tsv, entries: [brand])])
    }()

    @Test func roundTripGivesTheSameMatches() throws {
        let loaded = try GlossaryMatcher(serialized: Self.matcher.serialized())
        #expect(loaded.entryCount == Self.matcher.entryCount)
        let expected = Self.matcher.matches(in: Self.text)
        #expect(expected.count == 6)
        #expect(loaded.matches(in: Self.text) == expected)
        #expect(loaded.serialized() == Self.matcher.serialized())
    }

    @Test func writeAndLoadAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("precis-\(UUID().uuidString).pgc").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.matcher.write(to: path)
        #expect(try GlossaryMatcher.load(from: path).matches(in: Self.text) == Self.matcher.matches(in: Self.text))
    }

    @Test func brokenCachesAreRefused() {
        let bytes = Self.matcher.serialized()
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x01
        var future = bytes
        future[8] = 2
        let cases: [([UInt8], GlossaryCacheError)] = [
            ([], .notACache(path: "c")),
            (Array("intelligence artificielle\tAI\n".utf8), .notACache(path: "c")),
            (Array(bytes.prefix(12)), .corrupt(path: "c")),
            (Array(bytes.dropLast(100)), .corrupt(path: "c")),
            (flipped, .corrupt(path: "c")),
            (future, .unsupportedVersion(path: "c", version: 2)),
        ]
        for (broken, error) in cases {
            #expect(throws: error) { try GlossaryMatcher(serialized: broken, path: "c") }
        }
        #expect(GlossaryCacheError.corrupt(path: "x.pgc").description.contains("compile it again"))
        #expect(throws: GlossaryCacheError.self) { try GlossaryMatcher.load(from: "/nonexistent/x.pgc") }
    }
}

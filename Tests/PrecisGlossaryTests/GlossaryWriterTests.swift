import Foundation
import Testing
import PrecisGlossary

struct GlossaryWriterTests {
    static let rich: Glossary = {
        let entries = [
            GlossaryEntry(source: "intelligence artificielle", targets: ["artificial intelligence", "AI"], partOfSpeech: "noun",
                          gender: "feminine", number: "singular", domain: "technology", note: "a & b <c> \"d\"",
                          origin: .init(file: "x", line: 1)),
            GlossaryEntry(source: "Orange", targets: [], status: .doNotTranslate, isCaseSensitive: true, origin: .init(file: "x", line: 2)),
            GlossaryEntry(source: "action collective", targets: ["class action"], status: .admitted, origin: .init(file: "x", line: 3)),
            GlossaryEntry(source: "métavers", targets: ["metaverse"], status: .deprecated, origin: .init(file: "x", line: 4)),
        ]
        return Glossary(path: "rich", format: .tsv, entries: entries)
    }()

    /// Everything but the origin, for comparing a round trip.
    static func content(_ entry: GlossaryEntry) -> String {
        "\(entry.source)|\(entry.targets)|\(entry.partOfSpeech ?? "-")|\(entry.gender ?? "-")|\(entry.number ?? "-")|\(entry.domain ?? "-")|\(entry.status)|\(entry.isCaseSensitive)|\(entry.note ?? "-")"
    }

    @Test func tbxRoundTripsEverything() throws {
        let output = GlossaryWriter.write(Self.rich, as: .tbx)
        #expect(output.dropped.isEmpty)
        let back = try GlossaryLoader(strict: true).load(bytes: Array(output.text.utf8), name: "rich.tbx").glossary
        #expect(back.entries.map(Self.content) == Self.rich.entries.map(Self.content))
    }

    @Test func tsvSaysWhatItDrops() throws {
        let output = GlossaryWriter.write(Self.rich, as: .tsv)
        #expect(output.dropped == ["alternative targets": 1, "parts of speech": 1, "genders": 1, "numbers": 1, "domains": 1,
                                   "statuses": 3, "case sensitivity": 1, "notes": 1])
        let back = try GlossaryLoader(strict: true).load(bytes: Array(output.text.utf8), name: "rich.tsv").glossary
        #expect(back.entries.map(\.source) == Self.rich.entries.map(\.source))
        #expect(back.entries.map(\.preferredTarget) == Self.rich.entries.map(\.preferredTarget))
    }

    @Test(arguments: ["news.fr-en.deepl.tsv", "news.fr-en.google-equivalent.csv", "news.fr-en.omegat.utf8", "news.fr-en.tbx"])
    func samplesRoundTripThroughTBX(_ name: String) throws {
        let original = try GlossaryLoader().load(path: GlossaryLoaderTests.fixture(name)).glossary
        let tbx = GlossaryWriter.write(original, as: .tbx).text
        let back = try GlossaryLoader(strict: true).load(bytes: Array(tbx.utf8), name: "back.tbx").glossary
        #expect(back.entries.map(Self.content) == original.entries.map(Self.content))
    }
}

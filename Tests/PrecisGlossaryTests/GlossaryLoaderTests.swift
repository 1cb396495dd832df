import Foundation
import Testing
import PrecisGlossary

struct GlossaryLoaderTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
    }

    static func load(_ text: String, name: String = "test.tsv", strict: Bool = false) throws -> GlossaryLoader.Result {
        try GlossaryLoader(strict: strict).load(bytes: Array(text.utf8), name: name)
    }

    @Test(arguments: [
        ("news.fr-en.deepl.tsv", Glossary.Format.tsv, 9),
        ("news.fr-en.google-equivalent.csv", .csv, 3),
        ("news.fr-en.omegat.utf8", .omegat, 5),
    ])
    func samplesLoadCleanly(_ name: String, _ format: Glossary.Format, _ count: Int) throws {
        let result = try GlossaryLoader(strict: true).load(path: Self.fixture(name))
        #expect(result.glossary.format == format)
        #expect(result.glossary.entries.count == count)
        #expect(result.issues.isEmpty && result.skipped == 0)
    }

    @Test func samplesAgreeOnTheTermsTheyShare() throws {
        let glossaries = try ["news.fr-en.deepl.tsv", "news.fr-en.google-equivalent.csv", "news.fr-en.omegat.utf8"]
            .map { try GlossaryLoader().load(path: Self.fixture($0)).glossary }
        var translations: [String: Set<String>] = [:]
        for glossary in glossaries {
            for entry in glossary.entries { translations[entry.source, default: []].insert(entry.preferredTarget) }
        }
        for (source, targets) in translations { #expect(targets.count == 1, "\(source): \(targets)") }
        #expect(translations["centre de données"] == ["data center"])
        #expect(translations["action collective"] == ["class action"])
    }

    @Test func csvColumnsAndNotes() throws {
        let entries = try GlossaryLoader().load(path: Self.fixture("news.fr-en.google-equivalent.csv")).glossary.entries
        #expect(entries[1].source == "centre de données")
        #expect(entries[1].partOfSpeech == "noun")
        #expect(entries[1].note == "pl. centres de données")
        #expect(entries[1].origin.line == 3)
        let omegat = try GlossaryLoader().load(path: Self.fixture("news.fr-en.omegat.utf8")).glossary.entries
        #expect(omegat[4].note == "legal; not \"collective action\"")
        #expect(omegat[2].note == nil)
    }

    @Test func rfc4180Quoting() throws {
        let csv = "fr,en,description\n\"bien, sûr\",\"of course\",\"he said \"\"yes\"\"\"\ndeux,two,\"a note\non two lines\"\ntrois,three,\n"
        let result = try Self.load(csv, name: "q.csv", strict: true)
        #expect(result.glossary.entries.map(\.source) == ["bien, sûr", "deux", "trois"])
        #expect(result.glossary.entries[0].note == "he said \"yes\"")
        #expect(result.glossary.entries[1].note == "a note\non two lines")
        #expect(result.glossary.entries.map(\.origin.line) == [2, 3, 5])
    }

    @Test func bomCRLFAndSpacesAreAccepted() throws {
        let result = try Self.load("\u{FEFF}  métavers \tmetaverse\r\n\r\nIA\tAI\r\n", strict: true)
        #expect(result.glossary.entries.map(\.source) == ["métavers", "IA"])
        #expect(result.glossary.entries.map(\.preferredTarget) == ["metaverse", "AI"])
    }

    @Test func headerlessCSVIsUnidirectional() throws {
        let result = try Self.load("intelligence artificielle,artificial intelligence\nIA,AI\n", name: "g.csv", strict: true)
        #expect(result.glossary.entries.count == 2)
    }

    @Test func formatIsDetectedFromContentWithoutAKnownExtension() throws {
        #expect(try Self.load("a\tb\n", name: "terms").glossary.format == .tsv)
        #expect(try Self.load("a\tb\tnote\n", name: "terms").glossary.format == .omegat)
        #expect(try Self.load("a,b\n", name: "terms").glossary.format == .csv)
        #expect(throws: GlossaryError.unknownFormat(path: "terms")) { try Self.load("just words\n", name: "terms") }
    }

    @Test func duplicatesKeepEveryTranslation() throws {
        let result = try Self.load("grippe\tflu\ngrippe\tinfluenza\nGrippe\tFlu\n")
        #expect(result.glossary.entries.count == 1)
        #expect(result.glossary.entries[0].targets == ["flu", "influenza"])
        #expect(result.issues.map(\.severity) == [.warning, .warning])
        #expect(result.skipped == 0)
        #expect(throws: GlossaryError.self) { try Self.load("grippe\tflu\ngrippe\tinfluenza\n", strict: true) }
    }

    @Test func stackedGlossariesPreferTheFirst() throws {
        let user = try Self.load("réseaux sociaux\tsocial networks\n", name: "user.tsv").glossary
        let shipped = try Self.load("réseaux sociaux\tsocial media\nmétavers\tmetaverse\n", name: "news.tsv").glossary
        let set = GlossarySet([user, shipped])
        #expect(set.lookup("Réseaux  sociaux")?.preferredTarget == "social networks")
        #expect(set.lookup("réseaux sociaux")?.origin == .init(file: "user.tsv", line: 1))
        #expect(set.lookupAll("réseaux sociaux").count == 2)
        #expect(set.lookup("metavers")?.preferredTarget == "metaverse")
        #expect(set.lookup("inconnu") == nil)
    }
}

/// Broken glossaries: each mistake gives its exact diagnostic, and leniently loading keeps the rest.
struct BrokenGlossaryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var bytes: [UInt8]
        var diagnostic: String
        var loaded: Int
        var testDescription: String { name }
    }

    static func text(_ name: String, _ file: String, _ content: String, _ diagnostic: String, loaded: Int) -> Case {
        Case(name: name, file: file, bytes: Array(content.utf8), diagnostic: diagnostic, loaded: loaded)
    }

    static let cases: [Case] = [
        text("one column", "g.tsv", "ok\tfine\nlonely\n", "g.tsv:2: wrong number of columns: 1, expected 2 (source<TAB>target); put exactly one tab between the French term and its English translation", loaded: 1),
        text("comma instead of tab", "g.tsv", "a, b\nok\tfine\n", "g.tsv:1: wrong number of columns: 1, expected 2 (source<TAB>target); separate the columns with a tab, not a comma (or name the file .csv)", loaded: 1),
        text("three columns in TSV", "g.tsv", "a\tb\tc\n", "g.tsv:1: wrong number of columns: 3, expected 2 (source<TAB>target); put exactly one tab between the French term and its English translation", loaded: 0),
        text("four columns in OmegaT", "g.utf8", "a\tb\tc\td\n", "g.utf8:1: wrong number of columns: 4, expected 2 or 3 (source<TAB>target<TAB>comment); put exactly one tab between the French term and its English translation", loaded: 0),
        text("empty source", "g.tsv", "\tmetaverse\n", "g.tsv:1:1: empty source term; write the French term in the first column or delete the line", loaded: 0),
        text("empty target", "g.tsv", "métavers\t \n", "g.tsv:1:10: empty target term; write the English translation or delete the line", loaded: 0),
        text("control character in source", "g.tsv", "méta\u{7}vers\tmetaverse\n", "g.tsv:1:5: control character U+0007 in the source term; remove it (copy-paste from another program often leaves one)", loaded: 0),
        text("control character in target", "g.tsv", "ia\tA\u{1B}I\n", "g.tsv:1:5: control character U+001B in the target term; remove it (copy-paste from another program often leaves one)", loaded: 0),
        text("C1 control character", "g.utf8", "ia\tAI\u{85}\tnote\n", "g.utf8:1:6: control character U+0085 in the target term; remove it (copy-paste from another program often leaves one)", loaded: 0),
        text("term too long", "g.tsv", String(repeating: "a", count: 1025) + "\tb\n", "g.tsv:1:1: source term of 1025 bytes exceeds the 1024-byte limit; is a column separator missing? split or shorten the term", loaded: 0),
        Case(name: "invalid UTF-8", file: "g.tsv", bytes: Array("ok\tfine\nca".utf8) + [0xE7] + Array("a\tb\n".utf8),
             diagnostic: "g.tsv:2:3: invalid UTF-8 (byte 0xE7); line skipped; save the file as UTF-8 (iconv -f ISO-8859-1 -t UTF-8)", loaded: 1),
        Case(name: "truncated UTF-8 at the end", file: "g.tsv", bytes: Array("ok\tfin".utf8) + [0xC3],
             diagnostic: "g.tsv:1:7: invalid UTF-8 (byte 0xC3); line skipped; save the file as UTF-8 (iconv -f ISO-8859-1 -t UTF-8)", loaded: 0),
        text("conflicting duplicate", "g.tsv", "grippe\tflu\ngrippe\tinfluenza\n", "g.tsv:2: warning: 'grippe' is already translated on line 1 as 'flu'; 'influenza' is kept as an alternative; keep one line per term, or confirm the alternatives are intended", loaded: 1),
        text("exact duplicate", "g.tsv", "IA\tAI\nia\tai\n", "g.tsv:2: warning: 'ia' repeats line 1 with the same translation; delete one of the two lines", loaded: 1),
        text("CSV wrong column count", "g.csv", "fr,en\na,b\nc,d,e\n", "g.csv:3: wrong number of columns: 3, expected 2; check the commas; quote a term that contains a comma (\"…, …\")", loaded: 1),
        text("CSV unknown language", "g.csv", "fr,en,xx\na,b,c\n", "g.csv:1: unknown language code 'xx' in the header; use ISO 639-1 codes such as fr, en, de (with an optional region: en-US)", loaded: 1),
        text("CSV without fr column", "g.csv", "de,en\nHund,dog\n", "g.csv:1: the header has no 'fr' and 'en' columns; name the French column fr and the English column en", loaded: 0),
        text("CSV unterminated quote", "g.csv", "fr,en\n\"ouvert,open\n", "g.csv:2: a quoted field is never closed; close the quote with \" (write \"\" for a quote inside)", loaded: 0),
        text("CSV empty target", "g.csv", "fr,en\nmétavers,\n", "g.csv:2: empty target term; write the English translation or delete the line", loaded: 0),
        text("tab in an OmegaT comment line kept as comment", "g.utf8", "# a\tb\tc\td\nIA\tAI\n", "", loaded: 1),
        text("control character in OmegaT comment is fine", "g.utf8", "IA\tAI\tnote\u{7}\n", "", loaded: 1),
        text("empty CSV source", "g.csv", "fr,en\n,empty\n", "g.csv:2: empty source term; write the French term in the first column or delete the line", loaded: 0),
        text("CSV one column", "g.csv", "fr,en\nseul\n", "g.csv:2: wrong number of columns: 1, expected 2; check the commas; quote a term that contains a comma (\"…, …\")", loaded: 0),
        text("CSV header only", "g.csv", "fr,en,pos,description\n", "", loaded: 0),
        text("DEL character", "g.tsv", "ia\u{7F}\tAI\n", "g.tsv:1:3: control character U+007F in the source term; remove it (copy-paste from another program often leaves one)", loaded: 0),
        text("target too long", "g.tsv", "ia\t" + String(repeating: "é", count: 513) + "\n", "g.tsv:1:4: target term of 1026 bytes exceeds the 1024-byte limit; is a column separator missing? split or shorten the term", loaded: 0),
        Case(name: "NUL byte", file: "g.tsv", bytes: Array("ia\tA".utf8) + [0x00] + Array("I\n".utf8),
             diagnostic: "g.tsv:1:5: control character U+0000 in the target term; remove it (copy-paste from another program often leaves one)", loaded: 0),
        Case(name: "UTF-16", file: "g.tsv", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x09, 0x00, 0x62, 0x00],
             diagnostic: "g.tsv:1:1: the file is UTF-16 text; save it as UTF-8 (iconv -f UTF-16 -t UTF-8)", loaded: -1),
    ]

    @Test(arguments: cases)
    func diagnostic(_ testCase: Case) throws {
        if testCase.loaded < 0 {
            #expect(throws: GlossaryError.self) { try GlossaryLoader().load(bytes: testCase.bytes, name: testCase.file) }
            do {
                _ = try GlossaryLoader().load(bytes: testCase.bytes, name: testCase.file)
            } catch {
                #expect(error.description == testCase.diagnostic)
            }
            return
        }
        let result = try GlossaryLoader().load(bytes: testCase.bytes, name: testCase.file)
        #expect(result.glossary.entries.count == testCase.loaded)
        if testCase.diagnostic.isEmpty {  // not a mistake: must load cleanly
            #expect(result.issues.isEmpty, "\(result.issues.map(\.description))")
            return
        }
        #expect(result.issues.map(\.description).contains(testCase.diagnostic), "\(result.issues.map(\.description))")
        #expect(throws: GlossaryError.self) { try GlossaryLoader(strict: true).load(bytes: testCase.bytes, name: testCase.file) }
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.cases.count + 4 >= 30)  // plus the TBX cases in TBXReaderTests
    }

    @Test func unreadableFile() {
        #expect(throws: GlossaryError.self) { try GlossaryLoader().load(path: "/nonexistent/g.tsv") }
    }
}

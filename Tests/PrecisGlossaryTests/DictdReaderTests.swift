import Foundation
import Testing
@testable import PrecisGlossary

/// dictd dictionaries: the fixtures are our own entries, formatted by dictfmt 1.13 as FreeDict's
/// are, once plain (`news.fr-en.dictd.*`) and once dictzipped (`news.fr-en.dictzip.*`).
struct DictdReaderTests {
    static let plainIndex = GlossaryLoaderTests.fixture("news.fr-en.dictd.index")
    static let zippedIndex = GlossaryLoaderTests.fixture("news.fr-en.dictzip.index")

    @Test(arguments: [plainIndex, zippedIndex])
    func fixturesLoadCleanly(_ index: String) throws {
        let result = try GlossaryLoader(strict: true).load(path: index)
        #expect(result.glossary.format == .dictd)
        #expect(result.glossary.path == index)
        #expect(result.glossary.entries.count == 9)  // 16 index lines: 6 metadata, "turc" twice
        #expect(result.issues.isEmpty && result.skipped == 0)
    }

    @Test func entriesCarryHeadwordTranslationsGrammarAndOrigin() throws {
        let entries = try GlossaryLoader(strict: true).load(path: Self.zippedIndex).glossary.entries
        #expect(entries.map(\.source) == ["aujourd'hui", "centre de données", "grève", "IA", "mettre à jour", "numérique",
                                          "réseau", "turc", "éteindre"])
        let bySource = Dictionary(uniqueKeysWithValues: entries.map { ($0.source, $0) })
        let centre = try #require(bySource["centre de données"])
        #expect(centre.targets == ["data center", "data centre", "server farm"])     // senses in order
        #expect(centre.partOfSpeech == "noun" && centre.gender == "masculine")
        #expect(centre.origin == .init(file: Self.zippedIndex, line: 8))
        #expect(bySource["aujourd'hui"]?.targets == ["today", "nowadays"])           // index key "aujourdhui"
        #expect(bySource["réseau"]?.targets == ["network", "grid", "mains", "(spy) ring"])  // "[elec]" label dropped
        #expect(bySource["numérique"]?.partOfSpeech == "adjective")
        #expect(bySource["éteindre"]?.partOfSpeech == "verb")
        let turc = try #require(bySource["turc"])                                   // homographs merged
        #expect(turc.targets == ["Turk", "Turkish"])
        #expect(turc.partOfSpeech == "noun, adjective")
        #expect(turc.origin.line == 14)
        let ia = try #require(bySource["IA"])                                       // a definition becomes the note
        #expect(ia.targets == ["AI", "artificial intelligence"])
        #expect(ia.note == "the branch of computer science that makes machines learn and reason")
        #expect(bySource["mettre à jour"]?.targets == ["update"])                  // the example is left out
    }

    @Test func plainAndZippedDataGiveTheSameEntries() throws {
        let plain = try GlossaryLoader().load(path: Self.plainIndex).glossary.entries
        let zipped = try GlossaryLoader().load(path: Self.zippedIndex).glossary.entries
        #expect(plain.map(\.source) == zipped.map(\.source))
        #expect(plain.map(\.targets) == zipped.map(\.targets))
        #expect(plain.map(\.origin.line) == zipped.map(\.origin.line))
    }

    @Test(arguments: [
        ("news.fr-en.dictd.index", "news.fr-en.dictd.index"),
        ("news.fr-en.dictd.dict", "news.fr-en.dictd.index"),
        ("news.fr-en.dictzip.index", "news.fr-en.dictzip.index"),
        ("news.fr-en.dictzip.dict.dz", "news.fr-en.dictzip.index"),
    ])
    func formatIsDetectedFromEachExtension(_ file: String, _ index: String) throws {
        let path = GlossaryLoaderTests.fixture(file)
        let result = try GlossaryLoader(strict: true).load(path: path)
        #expect(result.glossary.format == .dictd)
        #expect(result.glossary.path == GlossaryLoaderTests.fixture(index))
        #expect(result.glossary.entries.count == 9)
        let fromBytes = try GlossaryLoader(strict: true).load(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), name: path)
        #expect(fromBytes.glossary.entries == result.glossary.entries)
    }

    @Test func glossarySetTellsWordsThatDifferByAccents() throws {
        let (index, data) = DictdFixture.make([("marche", "marche <n, fem>\nstep, stair\n"), ("marché", "marché <n, masc>\nmarket, fair\n")])
        let glossary = try GlossaryLoader(strict: true).loadDictd(index: index, indexName: "m.index", data: data, dataName: "m.dict").glossary
        #expect(glossary.entries.map(\.source) == ["marche", "marché"])  // two words, not one with four translations
        let set = GlossarySet([glossary])
        #expect(set.lookup("marché")?.preferredTarget == "market")
        #expect(set.lookup("Marche")?.preferredTarget == "step")
        #expect(set.lookup("MARCHE")?.preferredTarget == "step")
    }

    @Test func fourthColumnGivesTheOriginalHeadword() throws {
        let data = Array("AT&T <n>\nAT&T\n".utf8)
        let index = Array("att\tA\t\(DictdFixture.number(data.count))\tAT&T\n".utf8)
        let entries = try GlossaryLoader(strict: true).loadDictd(index: index, indexName: "o.index", data: data, dataName: "o.dict").glossary.entries
        #expect(entries.map(\.source) == ["AT&T"])
    }

    @Test func missingPartnerNamesTheFilesLookedFor() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("precis-dictd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let index = directory.appendingPathComponent("lonely.index").path
        let data = directory.appendingPathComponent("orphan.dict.dz").path
        try Data("chat\tA\tB\n".utf8).write(to: URL(fileURLWithPath: index))
        try Data([0x1F, 0x8B]).write(to: URL(fileURLWithPath: data))
        let base = directory.path + "/"
        #expect(throws: GlossaryError.invalid([GlossaryIssue(.error, file: index, line: 1,
            message: "no data file beside the index (looked for \(base)lonely.dict.dz and \(base)lonely.dict)",
            suggestion: "put the dictionary's .dict.dz (or .dict) file beside it, with the same name")])) {
            try GlossaryLoader().load(path: index)
        }
        #expect(throws: GlossaryError.invalid([GlossaryIssue(.error, file: data, line: 1,
            message: "no index beside the data file (looked for \(base)orphan.index)",
            suggestion: "put the dictionary's .index file beside it, with the same name")])) {
            try GlossaryLoader().load(path: data)
        }
        do {
            _ = try GlossaryLoader().load(path: index)
        } catch {
            #expect(error.description == "\(index):1: no data file beside the index (looked for \(base)lonely.dict.dz and \(base)lonely.dict); put the dictionary's .dict.dz (or .dict) file beside it, with the same name")
        }
    }
}

/// The pieces of the dictd reader.
struct DictdPartsTests {
    @Test(arguments: [("A", 0), ("B", 1), ("/", 63), ("BA", 64), ("IT7", 34043), ("BAAAAAAAAAA", 1 << 60)])
    func base64Numbers(_ field: String, _ value: Int) throws {
        #expect(try DictdReader.decodeNumber(Substring(field)) == value)
    }

    @Test func base64Problems() {
        #expect(throws: DictdReader.NumberProblem.empty) { try DictdReader.decodeNumber("") }
        #expect(throws: DictdReader.NumberProblem.invalidCharacter("=", at: 2)) { try DictdReader.decodeNumber("BA==") }
        #expect(throws: DictdReader.NumberProblem.invalidCharacter("-", at: 0)) { try DictdReader.decodeNumber("-A") }
        #expect(throws: DictdReader.NumberProblem.tooLarge) { try DictdReader.decodeNumber("BAAAAAAAAAAA") }  // 2^66
    }

    struct DefinitionCase: Sendable, CustomTestStringConvertible {
        var text: String
        var headword: String
        var partOfSpeech: String?
        var gender: String?
        var translations: [String]
        var notes: [String] = []
        var testDescription: String { headword }
    }

    @Test(arguments: [
        DefinitionCase(text: "abaque /abak/ <n, masc>\nabacus, ball-frame, counting-frame\n", headword: "abaque",
                       partOfSpeech: "noun", gender: "masculine", translations: ["abacus", "ball-frame", "counting-frame"]),
        DefinitionCase(text: "... à /ˈa/\n... to, from ... to\n", headword: "... à", translations: ["... to", "from ... to"]),
        DefinitionCase(text: "base-ball /bˈaz (en)bˈɔːl(fr)/ <n, fem>\nbaseball\n", headword: "base-ball",
                       partOfSpeech: "noun", gender: "feminine", translations: ["baseball"]),
        DefinitionCase(text: "and/or <conj>\nand/or\n", headword: "and/or", partOfSpeech: "conjunction", translations: ["and/or"]),
        DefinitionCase(text: "ciseaux <n, fem, pl>\nscissors\n", headword: "ciseaux", partOfSpeech: "noun", gender: "feminine",
                       translations: ["scissors"]),
        DefinitionCase(text: "rognon <n, masc>\n1.  [cul]\n2. kidney\n", headword: "rognon", partOfSpeech: "noun", gender: "masculine",
                       translations: ["kidney"]),
        DefinitionCase(text: "cane <n, fem>\n(female) duck; duck (female, grown)\n", headword: "cane", partOfSpeech: "noun",
                       gender: "feminine", translations: ["(female) duck", "duck (female, grown)"]),
        DefinitionCase(text: "falloir <vi>\n1.\n      \"Il faut partir\"\n We must leave\n\n2.\n to be necessary\n", headword: "falloir",
                       partOfSpeech: "verb", translations: [], notes: ["to be necessary"]),
        DefinitionCase(text: "\r\nvite\r\n1. fast\r\n2. quickly, fast\r\n", headword: "vite", translations: ["fast", "quickly"]),
        DefinitionCase(text: "", headword: "", translations: []),
    ])
    func definitions(_ testCase: DefinitionCase) {
        let definition = DictdReader.parseDefinition(testCase.text)
        #expect(definition.headword == testCase.headword)
        #expect(definition.partOfSpeech == testCase.partOfSpeech)
        #expect(definition.gender == testCase.gender)
        #expect(definition.translations == testCase.translations)
        #expect(definition.notes == testCase.notes)
    }

    @Test func sourceIsTheDefinitionsHeadwordWhenTheIndexIsItsNormalForm() {
        func source(_ index: String, _ headword: String) -> String {
            DictdReader.source(of: .init(line: 1, headword: index, offset: 0, length: 0),
                               definition: .init(headword: headword))
        }
        #expect(source("aujourdhui", "aujourd'hui") == "aujourd'hui")
        #expect(source("afrique du sud", "Afrique du Sud") == "Afrique du Sud")
        #expect(source(" à", "... à") == "... à")
        #expect(source("chat", "chien") == "chat")  // not the same word: trust the index
        #expect(source("chat", "") == "chat")
    }

    @Test func gzipStopsAtItsLimitAndReportsTruncation() throws {
        let zipped = Array(try Data(contentsOf: URL(fileURLWithPath: GlossaryLoaderTests.fixture("news.fr-en.dictzip.dict.dz"))))
        let plain = Array(try Data(contentsOf: URL(fileURLWithPath: GlossaryLoaderTests.fixture("news.fr-en.dictd.dict"))))
        let whole = Gzip.inflate(zipped, keep: 1 << 20, limit: 1 << 20)
        #expect(whole.outcome == .complete && whole.bytes == plain && whole.total == plain.count)
        #expect(whole.newlines == plain.filter { $0 == 0x0A }.count)
        let kept = Gzip.inflate(zipped, keep: 100, limit: 1 << 20)  // the rest checked, not kept
        #expect(kept.outcome == .complete && kept.bytes == Array(plain.prefix(100)) && kept.total == plain.count)
        let capped = Gzip.inflate(zipped, keep: 100, limit: 200)
        #expect(capped.outcome == .limitReached && capped.bytes == Array(plain.prefix(100)) && capped.total == 200)
        let truncated = Gzip.inflate(Array(zipped.prefix(zipped.count - 20)), keep: 1 << 20, limit: 1 << 20)
        #expect(truncated.outcome == .truncated)
        #expect(plain.starts(with: truncated.bytes))
        #expect(Gzip.inflate(zipped + zipped, keep: 1 << 20, limit: 1 << 20).bytes == plain + plain)  // concatenated members
        var corrupt = zipped
        corrupt[corrupt.count - 2] ^= 0xFF  // the length in the trailer
        #expect(Gzip.inflate(corrupt, keep: 1 << 20, limit: 1 << 20).outcome == .corrupt("incorrect length check"))
    }

    @Test func aGzipBombCostsNoMoreThanTheLimit() throws {
        // 64 MiB of zeros compress to about 64 KiB: only `keep` bytes are kept, `limit` inflated.
        let zeros = [UInt8](repeating: 0, count: 1 << 26)
        let bomb = try #require(try Self.gzip(zeros))
        let inflated = Gzip.inflate(bomb, keep: 1000, limit: 1 << 20)
        #expect(inflated.bytes.count == 1000 && inflated.total == 1 << 20 && inflated.outcome == .limitReached)
    }

    /// gzip-compresses bytes with the system's gzip, for tests.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8]? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("precis-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-9", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Array(try Data(contentsOf: directory.appendingPathComponent("data.gz")))
    }
}

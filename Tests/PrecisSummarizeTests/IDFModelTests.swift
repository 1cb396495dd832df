import Foundation
import Testing
import PrecisText
@testable import PrecisSummarize

struct IDFModelTests {
    static let corpus = [
        "Le gouvernement annonce un plan de relance.",
        "Le plan de relance est voté par l'Assemblée.",
        "Les syndicats critiquent le gouvernement.",
        "La Bourse de Paris termine en hausse.",
        "Le gouvernement prépare un nouveau budget.",
    ]

    static func fit(_ documents: some Sequence<String>) -> IDFModel {
        var model = IDFModel(language: .french)
        let analyzer = TermAnalyzer(language: .french)
        for document in documents { model.add(document: document, analyzer: analyzer) }
        return model
    }

    @Test func mergeOfShardsEqualsOneFit() throws {
        let whole = Self.fit(Self.corpus)
        let merged = try Self.fit(Self.corpus.prefix(2)).merged(with: Self.fit(Self.corpus.dropFirst(2)))
        #expect(merged == whole)
        #expect(whole.documentCount == 5)
        #expect(whole.documentFrequencies["gouvern"] == 3)
        #expect(whole.documentFrequencies["relanc"] == 2)
    }

    /// Bigrams: adjacent terms, broken by stopwords and punctuation; shards still merge exactly.
    @Test func bigramsCountAdjacentTermsOnly() throws {
        func fit(_ documents: some Sequence<String>) -> IDFModel {
            var model = IDFModel(language: .french)
            let analyzer = TermAnalyzer(language: .french)
            for document in documents { model.add(document: document, analyzer: analyzer, bigrams: true) }
            return model
        }
        let whole = fit(Self.corpus)
        #expect(whole.documentFrequencies["plan relanc"] == nil)        // "plan de relance": "de" breaks the pair
        #expect(whole.documentFrequencies["gouvern annonc"] == 1)
        #expect(whole.documentFrequencies["bours paris"] == nil)         // "Bourse de Paris"
        #expect(whole.documentFrequencies["paris termin"] == 1)
        #expect(whole.documentFrequencies["relanc vot"] == nil)         // "relance est voté": "est" is a stopword
        #expect(whole.documentFrequencies["gouvern"] == 3)              // unigrams as without bigrams
        #expect(whole.hasBigrams && !Self.fit(Self.corpus).hasBigrams)
        var punctuated = IDFModel(language: .french)
        punctuated.add(document: "Le gouvernement. Annonce du plan", analyzer: TermAnalyzer(language: .french), bigrams: true)
        #expect(punctuated.documentFrequencies["gouvern annonc"] == nil)  // a sentence end breaks it
        let merged = try fit(Self.corpus.prefix(2)).merged(with: fit(Self.corpus.dropFirst(2)))
        #expect(merged == whole)
    }

    @Test func weights() {
        let model = Self.fit(Self.corpus)
        #expect(abs(model.idf("gouvern") - (log(6.0 / 4.0) + 1)) < 1e-12)
        #expect(abs(model.idf("inconnu") - (log(6.0) + 1)) < 1e-12)
        #expect(model.pruned(minimumDocumentFrequency: 2).documentFrequencies.keys.sorted() == ["gouvern", "plan", "relanc"])
    }

    @Test func languagesMustMatchToMerge() {
        #expect(throws: IDFModelError.languageMismatch(.french, .english)) {
            try IDFModel(language: .french).merged(with: IDFModel(language: .english))
        }
    }

    @Test func roundTripsThroughBytesAndFiles() throws {
        let model = Self.fit(Self.corpus)
        #expect(try IDFModel(serialized: model.serialized()) == model)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("precis-idf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("fr.idf").path
        try model.write(to: path)
        #expect(try IDFModel.load(from: path) == model)
        try IDFModel(language: .english).write(to: path)  // replaced whole
        #expect(try IDFModel.load(from: path) == IDFModel(language: .english))
        #expect(model.serialized() == Self.fit(Self.corpus.reversed()).serialized())  // order-independent bytes
    }

    /// Bytes of a model with a correct checksum, for building broken files on purpose.
    static func sealed(_ body: [UInt8]) -> [UInt8] {
        var bytes = body
        bytes.appendLittleEndian(FNV1a.hash(body))
        return bytes
    }

    static let valid = IDFModelTests.fit(IDFModelTests.corpus).serialized()

    static let broken: [(name: String, bytes: [UInt8], error: IDFModelError)] = {
        let path = "<bytes>"
        var flipped = valid
        flipped[flipped.count / 2] ^= 0x10
        var futureVersion = Array(valid[0..<8])
        futureVersion.appendLittleEndian(UInt32(2))
        futureVersion += valid[12..<(valid.count - 8)]
        var unknownLanguage = Array(valid[0..<12])
        unknownLanguage += [2] + Array("de".utf8)
        unknownLanguage += valid[15..<(valid.count - 8)]
        var badTermCount = Array(valid[0..<(15 + 8)])
        badTermCount.appendLittleEndian(UInt32(1_000_000))
        badTermCount += valid[(15 + 8 + 4)..<(valid.count - 8)]
        return [
            ("empty", [], .notAModel(path: path)),
            ("text file", Array("term\tdf\n".utf8), .notAModel(path: path)),
            ("magic only", Array(valid[0..<8]), .truncated(path: path)),
            ("cut in the header", Array(valid[0..<14]), .truncated(path: path)),
            ("cut in the terms", Array(valid[0..<(valid.count - 20)]), .truncated(path: path)),
            ("checksum missing", Array(valid.dropLast(8)), .truncated(path: path)),
            ("one bit flipped", flipped, .checksumMismatch(path: path)),
            ("future version", sealed(futureVersion), .unsupportedVersion(path: path, version: 2)),
            ("unknown language", sealed(unknownLanguage), .unknownLanguage(path: path, code: "de")),
            ("term count past the end", sealed(badTermCount), .truncated(path: path)),
        ]
    }()

    @Test(arguments: broken.indices)
    func brokenModelsAreRejected(_ index: Int) {
        let (name, bytes, expected) = Self.broken[index]
        #expect(throws: expected, "\(name)") { try IDFModel(serialized: bytes) }
    }

    @Test func messagesNameTheFileAndTheFix() {
        let message = IDFModelError.checksumMismatch(path: "models/fr.idf").description
        #expect(message.hasPrefix("models/fr.idf:"))
        #expect(message.contains("refit it with `precis idf fit`"))
        do {
            _ = try IDFModel.load(from: "/nonexistent/fr.idf")
            Issue.record("loading a missing file should throw")
        } catch let error {
            guard case .file(let fileError) = error else { Issue.record("unexpected \(error)"); return }
            #expect(fileError.code == ENOENT)
            #expect(error.description.hasPrefix("/nonexistent/fr.idf: cannot open"))
        }
    }

    @Test func tsvExport() {
        let lines = Self.fit(Self.corpus).tsv().split(separator: "\n")
        #expect(lines[0].hasPrefix("# precis idf model\tlanguage=fr\tdocuments=5"))
        #expect(lines[1] == "term\tdf\tidf")
        #expect(lines[2].hasPrefix("gouvern\t3\t"))
    }
}

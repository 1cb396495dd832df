import Foundation
import Testing
import PrecisText
@testable import PrecisSummarize

/// Model files built byte by byte, independently of `serialized()`.
///
/// Layout of ``valid`` (69 bytes): signature 0..<8, version 8..<12, language length 12,
/// language 13..<15, document count 15..<23, term count 23..<27, then per term a UInt16 length,
/// the UTF-8 bytes and a UInt32 frequency — "chat" 27..<37, "chien" 37..<48 (its letters at
/// 39..<44), "économ" 48..<61 — and the FNV-1a 64 checksum of all that, 61..<69.
enum ModelFile {
    /// 64-bit FNV-1a, written out again here so that a checksum bug in the module cannot hide.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        (0..<MemoryLayout<T>.size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    static let terms: [(String, UInt32)] = [("chat", 2), ("chien", 1), ("économ", 3)]
    static let model = IDFModel(language: .french, documentCount: 3, documentFrequencies: ["chat": 2, "chien": 1, "économ": 3])

    /// A model file without its checksum.
    static func body(signature: String = "PRECIDF\u{1}", version: UInt32 = 1, language: String = "fr",
                     documents: UInt64 = 3, termCount: UInt32? = nil) -> [UInt8] {
        var out = Array(signature.utf8) + littleEndian(version)
        out += [UInt8(language.utf8.count)] + Array(language.utf8)
        out += littleEndian(documents) + littleEndian(termCount ?? UInt32(terms.count))
        for (term, df) in terms { out += littleEndian(UInt16(term.utf8.count)) + Array(term.utf8) + littleEndian(df) }
        return out
    }

    /// A body followed by its checksum.
    static func sealed(_ body: [UInt8]) -> [UInt8] { body + littleEndian(fnv1a(body)) }

    static let valid = sealed(body())

    static func flipping(_ bytes: [UInt8], at offset: Int, bit: UInt8) -> [UInt8] {
        var copy = bytes
        copy[offset] ^= bit
        return copy
    }
}

struct IDFModelFileTests {
    struct Broken: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var error: @Sendable (String) -> IDFModelError
        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "empty", bytes: []) { .notAModel(path: $0) },
        Broken(name: "a TSV export", bytes: Array("# precis idf model\tlanguage=fr\n".utf8)) { .notAModel(path: $0) },
        Broken(name: "another signature", bytes: ModelFile.sealed(ModelFile.body(signature: "PRECIDF\u{2}"))) { .notAModel(path: $0) },
        Broken(name: "signature only", bytes: Array(ModelFile.valid[..<8])) { .truncated(path: $0) },
        Broken(name: "cut after the version", bytes: Array(ModelFile.valid[..<12])) { .truncated(path: $0) },
        Broken(name: "cut in the document count", bytes: Array(ModelFile.valid[..<20])) { .truncated(path: $0) },
        Broken(name: "cut in the terms", bytes: Array(ModelFile.valid[..<44])) { .truncated(path: $0) },
        Broken(name: "checksum missing", bytes: Array(ModelFile.valid[..<61])) { .truncated(path: $0) },
        Broken(name: "last byte missing", bytes: Array(ModelFile.valid.dropLast())) { .truncated(path: $0) },
        Broken(name: "one bit flipped in a term", bytes: ModelFile.flipping(ModelFile.valid, at: 41, bit: 0x04)) { .checksumMismatch(path: $0) },
        Broken(name: "one bit flipped in the checksum", bytes: ModelFile.flipping(ModelFile.valid, at: 68, bit: 0x80)) { .checksumMismatch(path: $0) },
        Broken(name: "a byte appended", bytes: ModelFile.valid + [0]) { .checksumMismatch(path: $0) },
        Broken(name: "future version", bytes: ModelFile.sealed(ModelFile.body(version: 2))) { .unsupportedVersion(path: $0, version: 2) },
        Broken(name: "far future version, layout unknown", bytes: ModelFile.body(version: .max) + [UInt8](repeating: 0, count: 8)) {
            .unsupportedVersion(path: $0, version: .max)
        },
        Broken(name: "unknown language, valid checksum", bytes: ModelFile.sealed(ModelFile.body(language: "de"))) {
            .unknownLanguage(path: $0, code: "de")
        },
        Broken(name: "empty language code, valid checksum", bytes: ModelFile.sealed(ModelFile.body(language: ""))) {
            .unknownLanguage(path: $0, code: "")
        },
        // Regression: the reader reserved room for the declared 4 billion terms before reading
        // any, and the process died allocating 200 GB.
        Broken(name: "4 billion terms declared, valid checksum", bytes: ModelFile.sealed(ModelFile.body(termCount: .max))) {
            .truncated(path: $0)
        },
        Broken(name: "one term more than written, valid checksum", bytes: ModelFile.sealed(ModelFile.body(termCount: 4))) {
            .truncated(path: $0)
        },
        Broken(name: "more documents than a model may count, valid checksum", bytes: ModelFile.sealed(ModelFile.body(documents: .max))) {
            .implausibleDocumentCount(path: $0, count: .max)
        },
    ]

    /// What each message must tell the user to do.
    static func advice(_ error: IDFModelError) -> String {
        switch error {
        case .notAModel: "not a Precis IDF model (wrong signature); fit one with `precis idf fit`"
        case .unsupportedVersion: "upgrade Precis or refit the model"
        case .truncated: "truncated; copy it again or refit it with `precis idf fit`"
        case .checksumMismatch: "corrupt (checksum mismatch); copy it again or refit it with `precis idf fit`"
        case .unknownLanguage: "is not one Precis reads (fr, en); refit it"
        case .implausibleDocumentCount: "the file is damaged: copy it again or refit it with `precis idf fit`"
        case .languageMismatch, .file: "?"
        }
    }

    @Test func serializedBytesFollowTheDocumentedLayout() throws {
        #expect(ModelFile.valid.count == 69)
        #expect(ModelFile.model.serialized() == ModelFile.valid)
        #expect(try IDFModel(serialized: ModelFile.valid) == ModelFile.model)
    }

    @Test(arguments: broken)
    func brokenBytesAreRejectedWithTheRightError(_ broken: Broken) {
        #expect(throws: broken.error("<bytes>")) { try IDFModel(serialized: broken.bytes) }
        #expect(throws: broken.error("in.idf")) { try IDFModel(serialized: broken.bytes, path: "in.idf") }
    }

    @Test func brokenFilesAreRejectedWithMessagesThatNameThePathAndTheFix() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (k, broken) in Self.broken.enumerated() {
            let path = directory.file("model-\(k).idf")
            try AtomicFile.write(broken.bytes, to: path)
            let expected = broken.error(path)
            #expect(throws: expected, "\(broken.name)") { try IDFModel.load(from: path) }
            #expect(expected.description.hasPrefix("\(path): "))
            #expect(expected.description.contains(Self.advice(expected)), "\(broken.name): \(expected)")
        }
    }

    @Test func aMissingFileIsAFileErrorWithENOENT() {
        let path = "/nonexistent-\(UInt64.random(in: 0...UInt64.max))/fr.idf"
        let expected = IDFModelError.file(FileError(path: path, operation: "open", code: ENOENT))
        #expect(throws: expected) { try IDFModel.load(from: path) }
        #expect(expected.description.hasPrefix("\(path): cannot open ("))
        #expect(expected.description.hasSuffix("; check that the path and its directory exist"))
    }

    @Test func aDirectoryIsNotAModel() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: IDFModelError.file(FileError(path: directory.path, operation: "read", code: EISDIR))) {
            try IDFModel.load(from: directory.path)
        }
    }

    @Test func writingIntoAMissingDirectoryFailsNamingThePath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("missing/fr.idf")
        let error = #expect(throws: IDFModelError.self) { try ModelFile.model.write(to: path) }
        guard case .file(let fileError) = error else {
            Issue.record("expected a file error, got \(String(describing: error))")
            return
        }
        #expect(fileError.path == path && fileError.code == ENOENT)
        #expect(error?.description.hasPrefix("\(path): cannot ") == true)
    }

    @Test(arguments: [
        ModelFile.model,
        IDFModel(language: .english),
        IDFModel(language: .english, documentCount: 1 << 40,
                 documentFrequencies: ["don't": 7, String(repeating: "x", count: 300): 1, "naïve": 0, "東京": 4_000_000_000]),
    ])
    func roundTripsThroughBytesAndFiles(model: IDFModel) throws {
        #expect(try IDFModel(serialized: model.serialized()) == model)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("model.idf")
        try model.write(to: path)
        #expect(try IDFModel.load(from: path) == model)
        #expect(try directory.contents() == ["model.idf"])
    }

    @Test func tsvListsTermsByFrequencyThenAlphabetically() {
        // N = 4: idf(4) = ln(5/5) + 1 = 1, idf(2) = ln(5/3) + 1 ≈ 1.5108, idf(1) = ln(5/2) + 1 ≈ 1.9163.
        let model = IDFModel(language: .french, documentCount: 4, documentFrequencies: ["plan": 4, "gouvern": 1, "relanc": 2, "aid": 2])
        #expect(model.tsv() == """
            # precis idf model\tlanguage=fr\tdocuments=4\tterms=4
            term\tdf\tidf
            plan\t4\t1.0
            aid\t2\t1.5108
            relanc\t2\t1.5108
            gouvern\t1\t1.9163

            """)
    }
}

struct IDFModelMergeTests {
    static let corpus = [
        "Le plan de relance, le plan de relance et encore le plan.",
        "Les syndicats critiquent le plan du gouvernement.",
        "La Bourse de Paris termine en hausse.",
        "Le gouvernement prépare un nouveau budget.",
        "Le budget de la Ville de Paris est voté.",
        "Les syndicats appellent à la grève.",
    ]

    static func fit(_ documents: some Sequence<String>) -> IDFModel {
        var model = IDFModel(language: .french)
        for document in documents { model.add(document: document) }
        return model
    }

    @Test func countsEachTermOncePerDocument() {
        let model = Self.fit(Self.corpus)
        let stem = { FrenchStemmer().stem($0) }
        #expect(model.documentCount == 6)
        #expect(model.documentFrequencies["plan"] == 2)  // three times in the first document, once in the second
        #expect(model.documentFrequencies[stem("paris")] == 2)
        #expect(model.documentFrequencies[stem("syndicats")] == 2)
        #expect(model.documentFrequencies[stem("grève")] == 1)
        #expect(model.documentFrequencies["le"] == nil)  // stopword
        #expect(close(model.idf("plan"), (7.0 / 3).logarithm + 1))
    }

    @Test(arguments: 0...6)
    func mergingTwoHalvesGivesTheModelOfTheWhole(split: Int) throws {
        let whole = Self.fit(Self.corpus)
        let head = Self.fit(Self.corpus.prefix(split)), tail = Self.fit(Self.corpus.dropFirst(split))
        #expect(try head.merged(with: tail) == whole)
        #expect(try tail.merged(with: head) == whole)
    }

    @Test func mergingThreeShardsInAnyGroupingGivesTheSameModel() throws {
        let (a, b, c) = (Self.fit(Self.corpus[0..<2]), Self.fit(Self.corpus[2..<3]), Self.fit(Self.corpus[3...]))
        #expect(try a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c)))
        #expect(try a.merged(with: IDFModel(language: .french)) == a)
    }

    @Test func modelsOfDifferentLanguagesDoNotMerge() {
        #expect(throws: IDFModelError.languageMismatch(.english, .french)) {
            try IDFModel(language: .english).merged(with: Self.fit(Self.corpus))
        }
        #expect(IDFModelError.languageMismatch(.english, .french).description.contains("merge models of one language"))
    }
}

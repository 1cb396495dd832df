import PrecisText

/// Document frequencies of terms over a corpus, for inverse-document-frequency weights.
///
/// A model counts, for each term (a stemmed, lower-cased word; see ``TermAnalyzer``), how many
/// documents of the corpus contain it. Counts from separate shards add up: fitting two halves
/// and merging them gives exactly the model of the whole (``merged(with:)``), so a cluster can
/// fit a model map/reduce style.
///
/// The weight is the smoothed IDF scikit-learn uses: `ln((1 + N) / (1 + df)) + 1`, so an
/// unseen term gets the largest weight and a term in every document still weighs 1.
///
/// ```swift
/// var model = IDFModel(language: .french)
/// model.add(document: "Le gouvernement annonce un plan.")
/// model.add(document: "Le plan de relance est voté.")
/// model.idf("plan") < model.idf("gouvern")   // true: "plan" is in both documents
/// try model.write(to: "fr.idf")
/// let loaded = try IDFModel.load(from: "fr.idf")
/// ```
public struct IDFModel: Sendable, Hashable {
    /// The language of the corpus (and of the analyzer that must read new text).
    public let language: Language
    /// How many documents were counted.
    public private(set) var documentCount: Int
    /// For each term, how many documents contain it.
    public private(set) var documentFrequencies: [String: Int]

    /// An empty model.
    public init(language: Language) {
        self.language = language
        self.documentCount = 0
        self.documentFrequencies = [:]
    }

    /// A model with the given counts.
    public init(language: Language, documentCount: Int, documentFrequencies: [String: Int]) {
        self.language = language
        self.documentCount = documentCount
        self.documentFrequencies = documentFrequencies
    }

    /// The IDF weight of a term: `ln((1 + N) / (1 + df)) + 1`.
    public func idf(_ term: String) -> Double {
        Self.idf(documentFrequency: documentFrequencies[term] ?? 0, documentCount: documentCount)
    }

    static func idf(documentFrequency df: Int, documentCount n: Int) -> Double {
        (Double(1 + n) / Double(1 + df)).logarithm + 1
    }

    /// Counts one document, analysed with a standard ``TermAnalyzer`` for the model's language.
    public mutating func add(document text: String) {
        let analyzer = TermAnalyzer(language: language)
        add(document: text, analyzer: analyzer)
    }

    /// Counts one document with a given analyzer (reuse one for many documents: it caches stems).
    public mutating func add(document text: String, analyzer: TermAnalyzer) {
        var seen = Set<Int32>()
        analyzer.forEachTerm(in: text, range: 0..<text.utf8.count) { id in seen.insert(id) }
        add(termsOfOneDocument: seen.map { analyzer.term($0) })
    }

    /// Counts one document with its terms and, when `bigrams` is set, the pairs of adjacent
    /// terms too, keyed `"first second"` ("intellig artificiel"); a stopword, number or
    /// punctuation mark between two terms breaks the pair.
    ///
    /// Models fitted with and without bigrams count different things: merge only alike ones.
    public mutating func add(document text: String, analyzer: TermAnalyzer, bigrams: Bool) {
        guard bigrams else { return add(document: text, analyzer: analyzer) }
        var seen = Set<Int32>()
        var pairs = Set<UInt64>()
        var previous: Int32 = -1
        analyzer.forEachToken(in: text, range: 0..<text.utf8.count) { token, id in
            guard token.kind == .word, id >= 0 else { previous = -1; return }
            seen.insert(id)
            if previous >= 0, previous != id { pairs.insert(UInt64(UInt32(previous)) << 32 | UInt64(UInt32(id))) }
            previous = id
        }
        add(termsOfOneDocument: seen.map { analyzer.term($0) }
            + pairs.map { analyzer.term(Int32(truncatingIfNeeded: $0 >> 32)) + " " + analyzer.term(Int32(truncatingIfNeeded: $0)) })
    }

    /// Whether the model counts pairs of adjacent terms (keys with a space).
    public var hasBigrams: Bool { documentFrequencies.keys.contains { $0.utf8.contains(0x20) } }

    /// Counts one document given as its distinct terms.
    public mutating func add(termsOfOneDocument terms: some Sequence<String>) {
        documentCount += 1
        for term in Set(terms) { documentFrequencies[term, default: 0] += 1 }
    }

    /// The model of both corpora: document counts and frequencies added.
    ///
    /// - Throws: ``IDFModelError/languageMismatch(_:_:)`` when the languages differ.
    public func merged(with other: IDFModel) throws(IDFModelError) -> IDFModel {
        guard other.language == language else { throw .languageMismatch(language, other.language) }
        var result = self
        result.documentCount += other.documentCount
        result.documentFrequencies.merge(other.documentFrequencies, uniquingKeysWith: +)
        return result
    }

    /// The model without terms seen in fewer than `minimumDocumentFrequency` documents
    /// (they then weigh as unseen terms).
    public func pruned(minimumDocumentFrequency: Int) -> IDFModel {
        IDFModel(language: language, documentCount: documentCount,
                 documentFrequencies: documentFrequencies.filter { $0.value >= minimumDocumentFrequency })
    }
}

extension Double {
    /// The natural logarithm, without Foundation.
    var logarithm: Double {
        #if canImport(Glibc)
        return Glibc.log(self)
        #else
        return Darwin.log(self)
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

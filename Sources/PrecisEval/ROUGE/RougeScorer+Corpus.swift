/// ROUGE over a corpus, as `../shared/eval/rouge.py` reports it.
public struct RougeCorpusResult: Sendable, Hashable {
    /// Mean F1 over the reference documents, in [0, 1].
    public var rouge1: Double
    public var rouge2: Double
    public var rougeL: Double
    /// Reference documents scored.
    public var documents: Int
    /// Reference ids with no system summary (scored against an empty one).
    public var missing: Int
    /// Mean whitespace-separated words per system summary.
    public var averageWords: Double

    public init(rouge1: Double, rouge2: Double, rougeL: Double, documents: Int, missing: Int, averageWords: Double) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
        self.documents = documents
        self.missing = missing
        self.averageWords = averageWords
    }

    /// The line rouge.py prints: `R1 29.20 R2 10.62 RL 18.86 docs 1500 missing 0 avg_words 50.4`.
    public var line: String {
        "R1 \(Self.fixed(100 * rouge1, 2)) R2 \(Self.fixed(100 * rouge2, 2)) RL \(Self.fixed(100 * rougeL, 2)) "
            + "docs \(documents) missing \(missing) avg_words \(Self.fixed(averageWords, 1))"
    }

    /// `value` rounded half-to-even to `digits` decimals, as Python's format does for most values.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded(.toNearestOrEven) / scale
        var text = String(rounded)
        if !text.contains(".") { text += "." }
        let decimals = text.count - (text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? 0) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        return text
    }
}

extension RougeScorer {
    /// Scores system summaries against references matched by id, as rouge.py does: every
    /// reference id is scored (against "" when the system has none), F1 averaged.
    ///
    /// - Parameters:
    ///   - references: `(id, summary)` pairs; a repeated id keeps its last summary.
    ///   - system: summaries by id.
    public func scoreCorpus(references: [(id: String, summary: String)], system: [String: String]) -> RougeCorpusResult {
        var byID: [String: String] = [:]
        var order: [String] = []
        for (id, summary) in references {
            if byID.updateValue(summary, forKey: id) == nil { order.append(id) }
        }
        var sums = (0.0, 0.0, 0.0)
        var missing = 0
        for id in order {
            let candidate = system[id]
            if candidate == nil { missing += 1 }
            let scores = score(reference: byID[id]!, candidate: candidate ?? "")
            sums.0 += scores.rouge1.f1
            sums.1 += scores.rouge2.f1
            sums.2 += scores.rougeL.f1
        }
        let n = Double(max(order.count, 1))
        let words = system.values.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        return RougeCorpusResult(
            rouge1: sums.0 / n, rouge2: sums.1 / n, rougeL: sums.2 / n, documents: order.count, missing: missing,
            averageWords: Double(words) / Double(max(system.count, 1))
        )
    }
}


/// chrF over a corpus, as sacrebleu's command line reports it.
public struct ChrFCorpusResult: Sendable, Hashable {
    /// The metric's name: `chrF2`.
    public var name: String
    /// chrF of the summed statistics, in [0, 100].
    public var score: Double
    /// The statistics summed over all segments.
    public var statistics: ChrFStatistics
    /// Segments scored.
    public var segments: Int

    public init(name: String, score: Double, statistics: ChrFStatistics, segments: Int) {
        self.name = name
        self.score = score
        self.statistics = statistics
        self.segments = segments
    }

    /// sacrebleu's score line with two decimals, rounded as Python rounds: `chrF2 = 45.67`.
    public var line: String { "\(name) = \(PythonText.fixed(score, digits: 2))" }
}

extension ChrFScorer {
    /// chrF of a corpus: the score of the statistics summed over all segments (sacrebleu's
    /// `corpus_score`), not the mean of sentence scores.
    ///
    /// ```swift
    /// let result = ChrFScorer().corpusScore(hypotheses: ["ab", "abc"], references: ["ab", "ab"])
    /// result.score   // 93.2203… (the sentence scores are 100 and 87.5)
    /// ```
    ///
    /// - Parameters:
    ///   - hypotheses: system output, one segment each.
    ///   - references: the reference of each segment, in the same order and as many.
    public func corpusScore(hypotheses: [String], references: [String]) -> ChrFCorpusResult {
        precondition(hypotheses.count == references.count, "one reference per hypothesis")
        var total = ChrFStatistics(order: characterOrder)
        for (hypothesis, reference) in zip(hypotheses, references) {
            total += statistics(hypothesis: hypothesis, reference: reference)
        }
        return ChrFCorpusResult(name: name, score: score(total), statistics: total, segments: hypotheses.count)
    }
}

/// chrF, the character n-gram F-score (Popović 2015), exactly as sacrebleu 2.x computes it
/// with its defaults: `CHRF()`, signature `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no`.
///
/// Whitespace is removed (Python's `str.split()` whitespace) and the n-grams of 1 to
/// ``characterOrder`` characters — Unicode scalars, as Python indexes strings — are counted in
/// the hypothesis and the reference. For each order with n-grams on both sides, precision and
/// recall are matches over hypothesis and reference n-grams; they are averaged over those
/// orders (sacrebleu's "effective order"), and the score is
/// `100 · (1 + β²) · P · R / (β² · P + R)`, 0 when nothing matches or a side is empty. Case
/// matters, and there are no word n-grams (this is chrF, not chrF++).
///
/// A corpus score is computed from statistics summed over the segments (see
/// ``ChrFScorer/corpusScore(hypotheses:references:)``), as sacrebleu's `corpus_score` and its
/// command line do.
///
/// ```swift
/// let scorer = ChrFScorer()
/// scorer.sentenceScore(hypothesis: "abc", reference: "ab")     // 87.49999999999999 (7/8, as sacrebleu rounds it)
/// scorer.sentenceScore(hypothesis: "a b", reference: "ab")     // 100: whitespace is ignored
/// scorer.corpusScore(hypotheses: ["ab", "abc"], references: ["ab", "ab"]).line   // "chrF2 = 93.22"
/// ```
public struct ChrFScorer: Sendable {
    /// The longest character n-gram counted (sacrebleu's `char_order`, 6).
    public var characterOrder: Int
    /// How much more recall weighs than precision (sacrebleu's `beta`, 2).
    public var beta: Int

    /// Creates a scorer; the defaults are sacrebleu's.
    public init(characterOrder: Int = 6, beta: Int = 2) {
        precondition(characterOrder >= 1, "characterOrder must be at least 1")
        precondition(beta >= 0, "beta must not be negative")
        self.characterOrder = characterOrder
        self.beta = beta
    }

    /// The metric's name as sacrebleu prints it: `chrF2`.
    public var name: String { "chrF\(beta)" }

    /// chrF of one hypothesis against one reference, in [0, 100] (sacrebleu's `sentence_score`).
    public func sentenceScore(hypothesis: some StringProtocol, reference: some StringProtocol) -> Double {
        score(statistics(hypothesis: hypothesis, reference: reference))
    }

    /// The n-gram counts of one segment.
    public func statistics(hypothesis: some StringProtocol, reference: some StringProtocol) -> ChrFStatistics {
        let hypothesisScalars = Self.scalarsWithoutWhitespace(hypothesis)
        let referenceScalars = Self.scalarsWithoutWhitespace(reference)
        var counter = NGramCounter(hypothesis: hypothesisScalars, reference: referenceScalars, order: characterOrder)
        var statistics = ChrFStatistics(order: characterOrder)
        for n in 1...characterOrder {
            let referenceCount = max(referenceScalars.count - n + 1, 0)
            let hypothesisCount = max(hypothesisScalars.count - n + 1, 0)
            guard referenceCount > 0 || hypothesisCount > 0 else { break }
            // sacrebleu counts no hypothesis n-grams for an order the reference lacks.
            statistics.hypothesis[n - 1] = referenceCount > 0 ? hypothesisCount : 0
            statistics.reference[n - 1] = referenceCount
            statistics.matches[n - 1] = counter.matches(order: n)
        }
        return statistics
    }

    /// The score of (summed) statistics, in [0, 100]: sacrebleu's `_compute_f_score` without
    /// epsilon smoothing, operation for operation.
    public func score(_ statistics: ChrFStatistics) -> Double {
        let factor = Double(beta * beta)
        var averagePrecision = 0.0
        var averageRecall = 0.0
        var effectiveOrder = 0
        for i in 0..<statistics.order {
            let hypothesis = statistics.hypothesis[i]
            let reference = statistics.reference[i]
            guard hypothesis > 0, reference > 0 else { continue }
            averagePrecision += Double(statistics.matches[i]) / Double(hypothesis)
            averageRecall += Double(statistics.matches[i]) / Double(reference)
            effectiveOrder += 1
        }
        guard effectiveOrder > 0 else { return 0 }
        averagePrecision /= Double(effectiveOrder)
        averageRecall /= Double(effectiveOrder)
        guard averagePrecision + averageRecall != 0 else { return 0 }
        var score = (1 + factor) * averagePrecision * averageRecall
        score /= (factor * averagePrecision) + averageRecall
        return 100 * score
    }

    /// The text's scalar values with whitespace removed: `"".join(line.split())`.
    static func scalarsWithoutWhitespace(_ text: some StringProtocol) -> [UInt32] {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !PythonText.isWhitespace(scalar.value) {
            scalars.append(scalar.value)
        }
        return scalars
    }
}

/// Counts matching character n-grams order by order without building them: an n-gram is
/// named by a small integer, interned from the name of the (n−1)-gram at the same start and
/// its last scalar, so each order costs one hash look-up per position and no allocation.
struct NGramCounter {
    private let hypothesis: [UInt32]
    private let reference: [UInt32]
    /// The ids of the n-grams starting at each position, for the last order computed.
    private var hypothesisIDs: [Int32]
    private var referenceIDs: [Int32]
    /// (id of the (n−1)-gram + 1) << 21 | last scalar → id of the n-gram.
    private var names: [UInt64: Int32] = [:]
    /// Scratch counts by id, all zero between orders.
    private var counts: [Int32]
    private var order = 0

    init(hypothesis: [UInt32], reference: [UInt32], order: Int) {
        self.hypothesis = hypothesis
        self.reference = reference
        hypothesisIDs = Array(repeating: -1, count: hypothesis.count)
        referenceIDs = Array(repeating: -1, count: reference.count)
        let capacity = order * (hypothesis.count + reference.count)
        names.reserveCapacity(min(capacity, 1 << 16))
        counts = Array(repeating: 0, count: capacity)
    }

    /// Σ over n-grams of order `n` of min(hypothesis count, reference count); call for n = 1, 2, …
    mutating func matches(order n: Int) -> Int {
        precondition(n == order + 1, "orders are counted in sequence")
        order = n
        let referenceCount = max(reference.count - n + 1, 0)
        let hypothesisCount = max(hypothesis.count - n + 1, 0)
        Self.extend(&referenceIDs, reference, count: referenceCount, n: n, names: &names)
        Self.extend(&hypothesisIDs, hypothesis, count: hypothesisCount, n: n, names: &names)
        guard referenceCount > 0, hypothesisCount > 0 else { return 0 }
        return Self.clippedMatches(referenceIDs[..<referenceCount], hypothesisIDs[..<hypothesisCount], counts: &counts)
    }

    /// Replaces the (n−1)-gram ids with the n-gram ids for the first `count` positions.
    private static func extend(_ ids: inout [Int32], _ scalars: [UInt32], count: Int, n: Int,
                               names: inout [UInt64: Int32]) {
        for i in 0..<count {
            let key = UInt64(ids[i] + 1) << 21 | UInt64(scalars[i + n - 1])
            let next = Int32(names.count)
            ids[i] = intern(&names[key, default: -1], next)
        }
    }

    @inline(__always)
    private static func intern(_ slot: inout Int32, _ next: Int32) -> Int32 {
        if slot < 0 { slot = next }
        return slot
    }

    /// Σ min(count in reference, count in hypothesis) over ids; leaves `counts` all zero.
    private static func clippedMatches(_ reference: ArraySlice<Int32>, _ hypothesis: ArraySlice<Int32>,
                                       counts: inout [Int32]) -> Int {
        var matches = 0
        counts.withUnsafeMutableBufferPointer { counts in
            for id in reference { counts[Int(id)] += 1 }
            for id in hypothesis where counts[Int(id)] > 0 {
                counts[Int(id)] -= 1
                matches += 1
            }
            for id in reference { counts[Int(id)] = 0 }
        }
        return matches
    }
}

/// The n-gram counts chrF is computed from: for each character n-gram order, the hypothesis
/// n-grams, the reference n-grams and the matches between them (clipped counts).
///
/// Statistics add up: a corpus score is the score of the segments' summed statistics, not
/// the mean of their scores.
///
/// ```swift
/// let scorer = ChrFScorer()
/// var total = ChrFStatistics(order: scorer.characterOrder)
/// total += scorer.statistics(hypothesis: "le chat", reference: "the cat")
/// total += scorer.statistics(hypothesis: "a dog", reference: "a dog")
/// scorer.score(total)   // the corpus chrF of the two segments
/// ```
public struct ChrFStatistics: Sendable, Hashable {
    /// Hypothesis n-grams of order `n` at index `n - 1` (0 when the reference has none, as
    /// sacrebleu counts them).
    public var hypothesis: [Int]
    /// Reference n-grams of order `n` at index `n - 1`.
    public var reference: [Int]
    /// Matching n-grams of order `n` at index `n - 1`: Σ min(hypothesis count, reference count).
    public var matches: [Int]

    /// Zero counts for orders 1 through `order`.
    public init(order: Int) {
        hypothesis = Array(repeating: 0, count: order)
        reference = hypothesis
        matches = hypothesis
    }

    /// Counts given order by order.
    public init(hypothesis: [Int], reference: [Int], matches: [Int]) {
        precondition(hypothesis.count == reference.count && reference.count == matches.count,
                     "one count per order in each array")
        self.hypothesis = hypothesis
        self.reference = reference
        self.matches = matches
    }

    /// The highest n-gram order counted.
    public var order: Int { matches.count }

    /// sacrebleu's flat layout: `[hyp, ref, match]` for order 1, then order 2, and so on.
    public var flattened: [Int] {
        (0..<order).flatMap { [hypothesis[$0], reference[$0], matches[$0]] }
    }

    /// Adds another segment's counts (of the same order).
    public static func += (lhs: inout ChrFStatistics, rhs: ChrFStatistics) {
        precondition(lhs.order == rhs.order, "statistics of different n-gram orders")
        for i in 0..<lhs.order {
            lhs.hypothesis[i] += rhs.hypothesis[i]
            lhs.reference[i] += rhs.reference[i]
            lhs.matches[i] += rhs.matches[i]
        }
    }
}

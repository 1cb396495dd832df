import Testing
import PrecisText
@testable import PrecisSummarize

/// LexRank and TextRank on documents whose graphs can be solved by hand (damping d = 0.85).
struct GraphScorerTests {
    typealias Scorer = @Sendable (AnalyzedDocument) -> [Double]
    static let scorers: [(String, Scorer)] = [
        ("lexrank", { GraphScorers.lexrank($0) }),
        ("textrank", { GraphScorers.textrank($0) }),
    ]
    static let d = 0.85
    static let star = "Farmers grow wheat, corn and rice. Wheat makes bread. Corn feeds cattle. Rice needs water."

    // "Apple banana cherry. Apple banana date. Apple cherry date."
    // Every pair of sentences shares "apple" and one other term of the same IDF, and every
    // sentence has three terms: the graph is symmetric, so PageRank is uniform, 1/3 each.
    @Test(arguments: scorers)
    func symmetricGraphGivesEqualScores(name: String, scorer: Scorer) {
        let scores = scorer(Articles.analyzed("Apple banana cherry. Apple banana date. Apple cherry date."))
        #expect(close(scores, [1.0 / 3, 1.0 / 3, 1.0 / 3], 1e-6), "\(name)")
    }

    // Center "Farmers grow wheat, corn and rice." = {farmer, grow, wheat, corn, rice} shares one
    // term (df 2) with each leaf ({wheat, make, bread}, {corn, feed, cattl}, {rice, need, water});
    // the leaves share nothing. Each leaf gives all its rank to the center, the center splits
    // its rank evenly between the leaves (equal weights by symmetry):
    //   c = (1 − d)/4 + d·3ℓ,  ℓ = (1 − d)/4 + d·c/3   ⇒   c = (1 + 3d) / (4(1 + d)), ℓ = (1 − c)/3.
    @Test(arguments: scorers)
    func starGraphRanksTheCenterHighest(name: String, scorer: Scorer) {
        let analyzer = TermAnalyzer(language: .english)
        let document = AnalyzedDocument(text: Self.star, title: nil, language: .english, analyzer: analyzer, model: nil)
        #expect(Articles.terms(of: document, analyzer: analyzer)[1...] == [["wheat", "make", "bread"], ["corn", "feed", "cattl"], ["rice", "need", "water"]])
        let scores = scorer(document)
        let center = (1 + 3 * Self.d) / (4 * (1 + Self.d))
        let leaf = (1 - center) / 3
        #expect(close(center, 0.4797297297297297, 1e-12))
        #expect(close(scores, [center, leaf, leaf, leaf], 1e-5), "\(name): \(scores)")
        #expect(scores[0] > scores[1] && close(scores[1], scores[2]) && close(scores[2], scores[3]))
    }

    // "Cats chase mice. Dogs chase cats. Birds sing songs.": s0 and s1 linked, s2 isolated.
    // The isolated (dangling) sentence spreads its rank evenly:
    //   y = (1 − d)/3 + d·y/3 ⇒ y = (1 − d)/(3 − d);   x = (1 − d)/3 + d·y/3 + d·x ⇒ x = 1/(3 − d).
    @Test(arguments: scorers)
    func isolatedSentenceGetsOnlyTheTeleportShare(name: String, scorer: Scorer) {
        let scores = scorer(Articles.analyzed(SentenceScorerTests.animals))
        let x = 1 / (3 - Self.d), y = (1 - Self.d) / (3 - Self.d)
        #expect(close(scores, [x, x, y], 1e-6), "\(name): \(scores)")
        #expect(close(scores.reduce(0, +), 1))
    }

    @Test(arguments: scorers)
    func oneOrNoSentenceNeedsNoGraph(name: String, scorer: Scorer) {
        #expect(scorer(Articles.analyzed("Only one sentence here.")) == [1])
        #expect(scorer(Articles.analyzed("")) == [])
    }

    @Test func lexrankThresholdDropsWeakEdges() {
        // In the star, each leaf's cosine to the center is a²/(√(a² + 2b²)·√(3a² + 2b²)) ≈ 0.195
        // (a = ln(5/3) + 1, b = ln(5/2) + 1): with a 0.5 threshold no edge is left, every
        // sentence dangles and the scores are uniform.
        var options = GraphScorers.GraphOptions()
        options.threshold = 0.5
        #expect(close(GraphScorers.lexrank(Articles.analyzed(Self.star), options: options), [0.25, 0.25, 0.25, 0.25]))
    }
}

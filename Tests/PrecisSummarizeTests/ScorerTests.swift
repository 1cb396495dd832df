import Testing
import PrecisText
@testable import PrecisSummarize

/// Scorer math on tiny documents whose figures can be computed by hand.
struct ScorerTests {
    /// Three English sentences. Terms (stemmed, stopwords out):
    ///   s0: cat, sat            s1: cat, ran          s2: dog, bark
    /// In-document IDF with N = 3 sentences: idf = ln(4 / (1 + df)) + 1
    ///   cat (df 2): ln(4/3) + 1 = 1.287682    sat, ran, dog, bark (df 1): ln 2 + 1 = 1.693147
    static let text = "The cat sat. The cat ran. Dogs bark."

    static func analyzed(_ text: String = text, title: String? = nil) -> AnalyzedDocument {
        AnalyzedDocument(text: text, title: title, language: .english, analyzer: TermAnalyzer(language: .english),
                         model: nil, minimumSentenceWords: 1)
    }

    @Test func termsAreStemmedWithoutStopwords() {
        let analyzer = TermAnalyzer(language: .english)
        #expect(analyzer.terms(of: "The cats were running to the dogs") == ["cat", "run", "dog"])
        let french = TermAnalyzer(language: .french)
        #expect(french.terms(of: "Les réseaux sociaux de l’entreprise") == ["réseau", "social", "entrepris"])
        #expect(french.terms(of: "e\u{301}cole école") == ["écol", "écol"])  // NFD and NFC: one term
        #expect(french.terms(of: "En 2020, 3,6 % ...") == [])
    }

    @Test func inDocumentIDF() {
        let document = Self.analyzed()
        #expect(document.sentences.count == 3)
        // Local ids follow first occurrence: cat, sat, ran, dog, bark.
        #expect(document.idf.count == 5)
        #expect(abs(document.idf[0] - 1.287682) < 1e-6)
        for local in 1...4 { #expect(abs(document.idf[local] - 1.693147) < 1e-6) }
    }

    @Test func tfidfScores() {
        // Document weight w(t) = occurrences × idf: cat 2 × 1.287682 = 2.575364, others 1.693147.
        // s0 = (2.575364 + 1.693147) / √2 = 3.018293; s1 the same; s2 = 2 × 1.693147 / √2 = 2.394472.
        let scores = SentenceScorers.tfidf(Self.analyzed())
        #expect(abs(scores[0] - 3.018293) < 1e-5)
        #expect(abs(scores[1] - 3.018293) < 1e-5)
        #expect(abs(scores[2] - 2.394472) < 1e-5)
    }

    @Test func centroidScores() {
        // Centroid c = (cat 2.575364, sat 1.693147, ran 1.693147, dog 1.693147, bark 1.693147),
        // |c| = √(6.632500 + 4 × 2.866747) = 4.254155.
        // s0 = (cat 1.287682, sat 1.693147), |s0| = 2.127198, s0·c = 3.316250 + 2.866747 = 6.182997,
        //   cos = 6.182997 / (2.127198 × 4.254155) = 0.683223.
        // s2 = (dog, bark), |s2| = 2.394472, s2·c = 5.733494, cos = 0.562829.
        let scores = SentenceScorers.centroid(Self.analyzed())
        #expect(abs(scores[0] - 0.683223) < 1e-5)
        #expect(abs(scores[1] - scores[0]) < 1e-12)
        #expect(abs(scores[2] - 0.562829) < 1e-5)
    }

    @Test func positionCountsFullSentencesOnly() {
        let document = AnalyzedDocument(
            text: "Par Jean Dupont\nLe gouvernement a présenté son plan de relance ce matin. Les syndicats ont répondu dans la soirée.",
            title: nil, language: .french, analyzer: TermAnalyzer(language: .french), model: nil)
        let scores = SentenceScorers.position(document)
        #expect(scores == [0, 1, 1 / 2.0.squareRoot()])
    }

    @Test func titleSimilarity() {
        let scores = SentenceScorers.title(Self.analyzed(title: "Dogs bark"))
        #expect(scores[0] == 0 && scores[1] == 0)
        #expect(abs(scores[2] - 1) < 1e-12)
        #expect(SentenceScorers.title(Self.analyzed()) == [0, 0, 0])
    }

    @Test func lexrankOnATinyGraph() {
        // s0 and s1 share "cat"; s2 is isolated (dangling): it keeps the teleport share and
        // spreads its score evenly. By symmetry s0 and s1 score the same, and more than s2.
        let scores = GraphScorers.lexrank(Self.analyzed())
        #expect(abs(scores.reduce(0, +) - 1) < 1e-6)
        #expect(abs(scores[0] - scores[1]) < 1e-9)
        #expect(scores[0] > scores[2])
    }

    @Test func pageRankOfAStarFavorsTheCenter() {
        // Center 0 linked both ways to 1, 2, 3.
        let edges: [[(Int, Double)]] = [[(1, 1), (2, 1), (3, 1)], [(0, 1)], [(0, 1)], [(0, 1)]]
        let scores = GraphScorers.pageRank(edges, options: .init())
        #expect(scores[0] > scores[1])
        #expect(abs(scores[1] - scores[2]) < 1e-12 && abs(scores[2] - scores[3]) < 1e-12)
        // Fixed point: c = 0.15/4 + 0.85 × 3l, l = 0.15/4 + 0.85 × c/3  →  c = 0.479730, l = 0.173423.
        #expect(abs(scores[0] - 0.479730) < 1e-5)
        #expect(abs(scores[1] - 0.173423) < 1e-5)
    }

    @Test func textrankSymmetry() {
        // Three sentences with the same number of terms, each pair sharing two: a symmetric graph.
        let scores = GraphScorers.textrank(Self.analyzed("Cats sleep soundly. Cats sleep deeply. Cats sleep quietly."))
        #expect(abs(scores[0] - scores[1]) < 1e-9 && abs(scores[1] - scores[2]) < 1e-9)
    }

    @Test(arguments: [([3.0, 1.5, 0.0], [1.0, 0.5, 0.0]), ([0.0, 0.0], [0.0, 0.0]), ([], [])])
    func normalize(_ input: [Double], _ expected: [Double]) {
        #expect(ScoreCombiner.normalize(input) == expected)
    }
}

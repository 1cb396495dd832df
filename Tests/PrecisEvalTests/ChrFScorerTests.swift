import Foundation
import Testing
import PrecisEval

struct ChrFScorerTests {
    struct ParityCase: Sendable, CustomTestStringConvertible {
        var hypothesis: String
        var reference: String
        var statistics: [Int]  // sacrebleu's flat [hyp, ref, match] per order
        var score: Double
        var testDescription: String { "\(hypothesis.prefix(30)) | \(reference.prefix(30))" }
    }

    /// The objects of `Fixtures/chrf-parity.jsonl` (written by Scripts/make-chrf-fixtures.py).
    static func fixtureLines() -> [[String: Any]] {
        guard let url = Bundle.module.url(forResource: "Fixtures/chrf-parity", withExtension: "jsonl"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    static let parityCases: [ParityCase] = fixtureLines().compactMap { object in
        guard let hypothesis = object["hypothesis"] as? String, let reference = object["reference"] as? String
        else { return nil }
        return ParityCase(hypothesis: hypothesis, reference: reference,
                          statistics: object["statistics"] as? [Int] ?? [], score: object["score"] as? Double ?? -1)
    }

    /// sacrebleu's corpus score of all the pairs (the fixture's last line).
    static let corpusScore: Double? = fixtureLines().last?["corpus"] as? Double

    @Test func parityFixturesAreThere() {
        #expect(Self.parityCases.count == 64)
    }

    @Test(arguments: parityCases)
    func matchesSacrebleuSentenceScore(_ testCase: ParityCase) {
        let scorer = ChrFScorer()
        let statistics = scorer.statistics(hypothesis: testCase.hypothesis, reference: testCase.reference)
        #expect(statistics.flattened == testCase.statistics)
        let score = scorer.sentenceScore(hypothesis: testCase.hypothesis, reference: testCase.reference)
        #expect(abs(score - testCase.score) <= 0.01)
        #expect(abs(score - testCase.score) < 1e-9, "same operations as sacrebleu, so the same double")
    }

    @Test func matchesSacrebleuCorpusScore() throws {
        let corpus = try #require(Self.corpusScore)
        let result = ChrFScorer().corpusScore(hypotheses: Self.parityCases.map(\.hypothesis),
                                              references: Self.parityCases.map(\.reference))
        #expect(result.segments == 64)
        #expect(abs(result.score - corpus) <= 0.01)
        #expect(abs(result.score - corpus) < 1e-9)
        let mean = Self.parityCases.map(\.score).reduce(0, +) / 64
        #expect(abs(result.score - mean) > 1, "the corpus score sums statistics; it is not the mean of sentence scores")
    }

    static let handCases: [(String, String, Double)] = [
        // identical: every order matches fully
        ("ab", "ab", 100.0),
        // order 1: P 2/2, R 2/3; order 2: P 1/1, R 1/2; order 3: the hypothesis has none (not effective)
        // P = 1, R = (2/3 + 1/2) / 2 = 7/12; F = 5 · 7/12 / (4 + 7/12) = 7/11
        ("ab", "abc", 700.0 / 11),
        // order 1: P 2/3, R 1; order 2: P 1/2, R 1; order 3: the reference has none
        // P = 7/12, R = 1; F = 5 · 7/12 / (4 · 7/12 + 1) = 35/40
        ("abc", "ab", 87.5),
        ("a b", "ab", 100.0),            // whitespace is removed first
        ("a\u{A0}b\u{3000}", "ab", 100.0),  // Python's whitespace includes NBSP and U+3000
        // U+200B is not whitespace: order 1 P 2/3, R 1; order 2 P 0/2, R 0/1.
        // P = 1/3, R = 1/2; F = 5 · 1/6 / (4/3 + 1/2) = 5/11
        ("a\u{200B}b", "ab", 500.0 / 11),
        ("", "ab", 0.0), ("ab", "", 0.0), ("", "", 0.0),
        ("a", "b", 0.0),
        ("A", "a", 0.0),                 // case matters
        // "aaa" vs "a": order 1 P 1/3, R 1; orders 2–3 the reference has none. F = 5 · 1/3 / (4/3 + 1) = 5/7
        ("aaa", "a", 500.0 / 7),
    ]

    @Test(arguments: handCases)
    func handComputed(_ hypothesis: String, _ reference: String, _ expected: Double) {
        #expect(abs(ChrFScorer().sentenceScore(hypothesis: hypothesis, reference: reference) - expected) < 1e-9)
    }

    @Test func statisticsFollowSacrebleu() {
        // "abc" vs "ab": no hypothesis trigram is counted, because the reference has none.
        let statistics = ChrFScorer().statistics(hypothesis: "abc", reference: "ab")
        #expect(statistics.hypothesis == [3, 2, 0, 0, 0, 0])
        #expect(statistics.reference == [2, 1, 0, 0, 0, 0])
        #expect(statistics.matches == [2, 1, 0, 0, 0, 0])
        // Code points, as Python counts them: the family emoji is 5 scalars, é decomposed 2.
        let emoji = ChrFScorer().statistics(hypothesis: "👨‍👩‍👧", reference: "e\u{301}")
        #expect(emoji.hypothesis[0] == 5)
        #expect(emoji.reference[0] == 2)
        // Clipped counts: "aaaa" against "aa" matches 2 unigrams and 1 bigram.
        let clipped = ChrFScorer().statistics(hypothesis: "aaaa", reference: "aa")
        #expect(clipped.matches == [2, 1, 0, 0, 0, 0])
    }

    @Test func corpusSumsStatistics() {
        // order 1: P 4/5, R 1; order 2: P 2/3, R 1; order 3: no reference trigram.
        // P = 11/15, R = 1; F = 5 · 11/15 / (44/15 + 1) = 55/59
        let result = ChrFScorer().corpusScore(hypotheses: ["ab", "abc"], references: ["ab", "ab"])
        #expect(abs(result.score - 5500.0 / 59) < 1e-9)
        #expect(result.statistics.flattened.prefix(6) == [5, 4, 4, 3, 2, 2])
        #expect(result.line == "chrF2 = 93.22")
        let empty = ChrFScorer().corpusScore(hypotheses: [], references: [])
        #expect(empty.score == 0 && empty.segments == 0)
    }

    @Test func otherOrdersAndBeta() {
        let scorer = ChrFScorer(characterOrder: 1, beta: 1)
        #expect(scorer.name == "chrF1")
        // order 1 only: P 2/3, R 1; F1 = 2 · 2/3 / (2/3 + 1) = 4/5
        #expect(abs(scorer.sentenceScore(hypothesis: "abc", reference: "ab") - 80) < 1e-9)
        // Long n-grams on long texts stay exact.
        let long = String(repeating: "abcdefghij", count: 50)
        #expect(ChrFScorer(characterOrder: 12).sentenceScore(hypothesis: long, reference: long) == 100)
    }

    static let roundingCases: [(Double, String)] = [
        (45.675, "chrF2 = 45.67"),   // 45.67499999… in binary: Python prints 45.67
        (0.125, "chrF2 = 0.12"),     // an exact tie rounds to even
        (0.375, "chrF2 = 0.38"),
        (100, "chrF2 = 100.00"),
        (0, "chrF2 = 0.00"),
        (27.304999999999999, "chrF2 = 27.30"),
        (9.995, "chrF2 = 9.99"),     // 9.99499999…
        (1e-300, "chrF2 = 0.00"),
    ]

    @Test(arguments: roundingCases)
    func lineRoundsAsPython(_ score: Double, _ expected: String) {
        let result = ChrFCorpusResult(name: "chrF2", score: score, statistics: ChrFStatistics(order: 6), segments: 1)
        #expect(result.line == expected)
    }
}

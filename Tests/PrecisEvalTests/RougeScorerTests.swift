import Foundation
import Testing
import PrecisEval

struct RougeScorerTests {
    struct ParityCase: Sendable, CustomTestStringConvertible {
        var reference: String
        var candidate: String
        var expected: [[Double]]  // rouge1, rouge2, rougeL: [precision, recall, f1]
        var testDescription: String { "\(reference.prefix(30)) | \(candidate.prefix(30))" }
    }

    static let parityCases: [ParityCase] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/rouge-parity", withExtension: "jsonl"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return ParityCase(
                reference: object["reference"] as? String ?? "", candidate: object["candidate"] as? String ?? "",
                expected: ["rouge1", "rouge2", "rougeL"].map { object[$0] as? [Double] ?? [] })
        }
    }()

    @Test func parityFixturesAreThere() {
        #expect(Self.parityCases.count == 60)
    }

    @Test(arguments: parityCases)
    func matchesRougeScore(_ testCase: ParityCase) {
        let scores = RougeScorer().score(reference: testCase.reference, candidate: testCase.candidate)
        for (measure, expected) in zip([scores.rouge1, scores.rouge2, scores.rougeL], testCase.expected) {
            #expect(abs(measure.precision - expected[0]) < 1e-9)
            #expect(abs(measure.recall - expected[1]) < 1e-9)
            #expect(abs(measure.f1 - expected[2]) < 1e-9)
        }
    }

    @Test func handComputed() {
        // reference: the cat sat on the mat (6), candidate: the cat lay on the mat (6)
        // unigrams: overlap 5 (the×2, cat, on, mat) → P = R = 5/6
        // bigrams: the cat, on the, the mat overlap 3 of 5 → P = R = 3/5
        // LCS: the cat on the mat = 5 → 5/6
        let scores = RougeScorer().score(reference: "the cat sat on the mat", candidate: "the cat lay on the mat")
        #expect(abs(scores.rouge1.f1 - 5.0 / 6) < 1e-12)
        #expect(abs(scores.rouge2.f1 - 3.0 / 5) < 1e-12)
        #expect(abs(scores.rougeL.f1 - 5.0 / 6) < 1e-12)
    }

    @Test(arguments: [
        (RougeScorer.Tokenization.rougeScore, "L’été 2020, à Besançon !", ["l", "t", "2020", "besan", "on"]),
        (.unicode, "L’été 2020, à Besançon !", ["l", "été", "2020", "à", "besançon"]),
        (.rougeScore, "", []),
        (.unicode, "ÉTÉ e\u{301}te\u{301}", ["été", "e\u{301}te\u{301}"]),
    ])
    func tokenizers(_ tokenization: RougeScorer.Tokenization, _ text: String, _ expected: [String]) {
        #expect(RougeScorer(tokenization: tokenization).tokens(text) == expected)
    }

    @Test func unicodeTokenizerCreditsAccentedWords() {
        let reference = "élève brillant"
        let candidate = "élu brillant"
        let ascii = RougeScorer().score(reference: reference, candidate: candidate)
        let unicode = RougeScorer(tokenization: .unicode).score(reference: reference, candidate: candidate)
        #expect(abs(ascii.rouge1.recall - 1.0 / 3) < 1e-12)   // l, ve, brillant vs lu, brillant
        #expect(abs(unicode.rouge1.recall - 1.0 / 2) < 1e-12) // élève, brillant vs élu, brillant
    }

    @Test func corpusAveragesOverReferencesAndCountsMissing() {
        let scorer = RougeScorer()
        let result = scorer.scoreCorpus(
            references: [("1", "the cat sat"), ("2", "a dog barked"), ("3", "birds fly")],
            system: ["1": "the cat sat", "2": "a dog", "9": "extra line ignored"]
        )
        #expect(result.documents == 3)
        #expect(result.missing == 1)
        let dog = scorer.score(reference: "a dog barked", candidate: "a dog").rouge1.f1
        #expect(abs(result.rouge1 - (1 + dog + 0) / 3) < 1e-12)
        #expect(abs(result.averageWords - 8.0 / 3) < 1e-12)
        #expect(result.line.hasPrefix("R1 "))
    }

    @Test func lineFormatMatchesRougePy() {
        let result = RougeCorpusResult(rouge1: 0.29204999, rouge2: 0.1, rougeL: 0.18625, documents: 1500, missing: 0,
                                       averageWords: 50.44)
        #expect(result.line == "R1 29.20 R2 10.00 RL 18.62 docs 1500 missing 0 avg_words 50.4")
    }
}

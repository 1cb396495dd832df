import Testing
import PrecisText
@testable import PrecisSummarize

/// The selector drops the candidates that no longer fit the budget as soon as a sentence is
/// chosen; it must choose what the plain MMR loop (every candidate kept until it is picked and
/// found too long) chooses.
struct SelectionTests {
    /// The plain loop, as the selector ran before candidates were dropped early.
    static func reference(_ document: AnalyzedDocument, options: SummaryOptions, scores: [Double]) -> [Int] {
        let n = document.sentences.count
        guard n > 0 else { return [] }
        let normalized = ScoreCombiner.normalize(scores)
        let (sentenceLimit, amount): (Int, Int)
        switch options.budget {
        case .sentences(let count): (sentenceLimit, amount) = (max(count, 1), Int.max)
        case .words(let words): (sentenceLimit, amount) = (Int.max, max(words, 1))
        case .characters(let characters): (sentenceLimit, amount) = (Int.max, max(characters, 1))
        case .ratio: Issue.record("not used here"); return []
        }
        func cost(_ i: Int, after chosen: Int) -> Int {
            switch options.budget {
            case .characters:
                document.sentences[i].text(in: document.text).unicodeScalars.count + (chosen > 0 ? 1 : 0)
            case .sentences: 1
            default: document.wordCounts[i]
            }
        }
        var candidates = (0..<n).filter { document.isFullSentence[$0] }
        if candidates.isEmpty { candidates = Array(0..<n) }
        var chosen: [Int] = []
        var used = 0
        var maxSimilarity = [Double](repeating: 0, count: n)
        let relevance = min(max(options.relevance, 0), 1)
        while !candidates.isEmpty {
            var best = -1
            var bestValue = -Double.infinity
            for i in candidates {
                let value = relevance * normalized[i] - (1 - relevance) * maxSimilarity[i]
                if value > bestValue || (value == bestValue && i < best) {
                    best = i
                    bestValue = value
                }
            }
            candidates.removeAll { $0 == best }
            let c = cost(best, after: chosen.count)
            if chosen.isEmpty || used + c <= amount {
                chosen.append(best)
                used += c
                if chosen.count >= sentenceLimit || used >= amount { break }
                for i in candidates {
                    maxSimilarity[i] = max(maxSimilarity[i], document.vectors[i].cosine(document.vectors[best]))
                }
            }
        }
        return chosen.sorted()
    }

    @Test(arguments: [SummaryBudget.words(60), .words(25), .characters(300), .characters(120), .sentences(3)])
    func sameChoicesAsThePlainLoop(budget: SummaryBudget) {
        let analyzer = TermAnalyzer(language: .french)
        var options = SummaryOptions()
        options.budget = budget
        var compared = 0
        for (k, article) in FusedAnalysisTests.corpus.prefix(300).enumerated() {
            let document = AnalyzedDocument(text: article.text, title: article.title, language: .french, analyzer: analyzer, model: nil)
            for relevance in [0.75, 0.3] {
                options.relevance = relevance
                let scores = ScoreCombiner.scores(document, options: options)
                let chosen = SentenceSelector(document: document, options: options).select(scores: scores)
                #expect(chosen == Self.reference(document, options: options, scores: scores), "article \(k)")
                compared += 1
            }
        }
        #expect(compared == 600)
    }
}

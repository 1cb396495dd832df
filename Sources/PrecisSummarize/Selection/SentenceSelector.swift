/// Chooses sentences under a budget by maximal marginal relevance (MMR).
///
/// Candidates are taken best first, each time the one maximizing
/// `relevance · score − (1 − relevance) · max similarity to the sentences already chosen`,
/// skipping any that would overflow the budget. Ties go to the earlier sentence, so the result
/// is deterministic. The chosen sentences come back in document order.
///
/// - Complexity: O(k · n) similarity look-ups for k chosen sentences among n.
struct SentenceSelector {
    let document: AnalyzedDocument
    let options: SummaryOptions

    func select(scores: [Double]) -> [Int] {
        let n = document.sentences.count
        guard n > 0 else { return [] }
        let normalized = ScoreCombiner.normalize(scores)
        let limit = self.limit()
        // Fragments (short lines, headings without final punctuation, the headline repeated in
        // the body) compete only when no full sentence exists.
        var candidates = (0..<n).filter { document.isFullSentence[$0] }
        if candidates.isEmpty { candidates = Array(0..<n) }

        var chosen: [Int] = []
        var used = 0
        var maxSimilarity = [Double](repeating: 0, count: n)
        var dense = [Double](repeating: 0, count: document.termCount)  // the chosen sentence's weights
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
            let cost = self.cost(of: best, after: chosen.count)
            if chosen.isEmpty || used + cost <= limit.amount {
                chosen.append(best)
                used += cost
                if chosen.count >= limit.sentences || used >= limit.amount { break }
                // A candidate over what is left of the budget never fits (the budget only
                // shrinks): dropped now, it is neither compared nor picked and discarded later.
                candidates.removeAll { used + self.cost(of: $0, after: chosen.count) > limit.amount }
                let chosenVector = document.vectors[best]
                chosenVector.spread(into: &dense)
                for i in candidates {
                    maxSimilarity[i] = max(maxSimilarity[i], document.vectors[i].cosine(dense: dense, norm: chosenVector.norm))
                }
                chosenVector.clear(from: &dense)
            }
        }
        return chosen.sorted()
    }

    /// The budget as a sentence count and an amount in the budget's unit.
    private func limit() -> (sentences: Int, amount: Int) {
        switch options.budget {
        case .sentences(let count): return (max(count, 1), Int.max)
        case .words(let words): return (Int.max, max(words, 1))
        case .characters(let characters): return (Int.max, max(characters, 1))
        case .ratio(let ratio):
            let total = document.wordCounts.reduce(0, +)
            let fraction = ratio.isNaN ? 0 : min(max(ratio, 0), 1)
            return (Int.max, max(Int((Double(total) * fraction).rounded()), 1))
        }
    }

    /// What a sentence costs in the budget's unit; characters count the joining space.
    private func cost(of sentence: Int, after chosenCount: Int) -> Int {
        switch options.budget {
        case .sentences: return 1
        case .words, .ratio: return document.wordCounts[sentence]
        case .characters:
            let range = document.sentences[sentence].range
            let characters = document.text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes[range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            } ?? document.sentences[sentence].text(in: document.text).count
            return characters + (chosenCount > 0 ? 1 : 0)
        }
    }
}

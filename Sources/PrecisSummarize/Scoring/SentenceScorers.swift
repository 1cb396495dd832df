/// Sentence scores from term statistics and position. Each returns one raw score per sentence;
/// ``ScoreCombiner`` normalizes them before mixing.
enum SentenceScorers {
    /// `tfidf`: the document-level TF-IDF weight of the sentence's distinct terms, summed and
    /// divided by the square root of the sentence's term count (long sentences gain, but less
    /// than linearly).
    static func tfidf(_ document: AnalyzedDocument) -> [Double] {
        let weight = (0..<document.termCount).map { Double(document.documentFrequency[$0]) * document.idf[$0] }
        return document.vectors.map { vector in
            guard !vector.entries.isEmpty else { return 0 }
            let sum = vector.entries.reduce(0) { $0 + weight[Int($1.term)] }
            return sum / Double(vector.entries.count).squareRoot()
        }
    }

    /// `centroid`: cosine similarity of the sentence to the document centroid (the sum of all
    /// sentence vectors).
    ///
    /// The centroid holds every term of the document, so it is kept dense: each sentence's dot
    /// product takes its own entries only (the same products, summed in the same order, as a
    /// sparse merge would).
    ///
    /// - Complexity: O(terms + Σ sentence entries).
    static func centroid(_ document: AnalyzedDocument) -> [Double] {
        let weights = (0..<document.termCount).map { Double(document.documentFrequency[$0]) * document.idf[$0] }
        let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return document.vectors.map { vector in
            let denominator = vector.norm * norm
            guard denominator > 0 else { return 0 }
            var dot = 0.0
            for entry in vector.entries { dot += entry.weight * weights[Int(entry.term)] }
            return dot / denominator
        }
    }

    /// `position`: the lead prior, `1 / sqrt(1 + k)` for the k-th full sentence (fragments
    /// such as bylines and headings do not count, and score 0); by index when there are none.
    static func position(_ document: AnalyzedDocument) -> [Double] {
        let anyFull = document.isFullSentence.contains(true)
        return (0..<document.sentences.count).map { index in
            let k = anyFull ? document.fullSentenceOrdinal[index] : index
            return k < 0 ? 0 : 1 / Double(1 + k).squareRoot()
        }
    }

    /// `title`: cosine similarity of the sentence to the headline; all zero without one.
    static func title(_ document: AnalyzedDocument) -> [Double] {
        document.titleSimilarity
    }
}

/// Computes the scores of a method, and mixes normalized scores for the `default` method.
enum ScoreCombiner {
    static func scores(_ document: AnalyzedDocument, options: SummaryOptions) -> [Double] {
        let graph = GraphScorers.GraphOptions(threshold: options.lexrankThreshold)
        switch options.method {
        case .tfidf: return SentenceScorers.tfidf(document)
        case .centroid: return SentenceScorers.centroid(document)
        case .lexrank: return GraphScorers.lexrank(document, options: graph)
        case .textrank: return GraphScorers.textrank(document, options: graph)
        case .position: return SentenceScorers.position(document)
        case .title:
            return document.titleVector == nil ? SentenceScorers.centroid(document) : SentenceScorers.title(document)
        case .default:
            let w = options.weights
            var total = [Double](repeating: 0, count: document.sentences.count)
            // Each scorer's scores divided by their maximum (``normalize(_:)``), added in place.
            func add(_ weight: Double, _ scores: @autoclosure () -> [Double]) {
                guard weight != 0 else { return }
                let scores = scores()
                guard let maximum = scores.max(), maximum > 0 else { return }
                for i in total.indices { total[i] += weight * (scores[i] / maximum) }
            }
            add(w.tfidf, SentenceScorers.tfidf(document))
            add(w.centroid, SentenceScorers.centroid(document))
            if w.lexrank != 0 && w.textrank != 0 {
                let ranks = GraphScorers.lexrankAndTextrank(document, options: graph)
                add(w.lexrank, ranks.lexrank)
                add(w.textrank, ranks.textrank)
            } else {
                add(w.lexrank, GraphScorers.lexrank(document, options: graph))
                add(w.textrank, GraphScorers.textrank(document, options: graph))
            }
            add(w.position, SentenceScorers.position(document))
            add(document.titleVector == nil ? 0 : w.title, SentenceScorers.title(document))
            return total
        }
    }

    /// Scores divided by their maximum (all zero stays zero).
    static func normalize(_ scores: [Double]) -> [Double] {
        guard let maximum = scores.max(), maximum > 0 else { return scores.map { _ in 0 } }
        return scores.map { $0 / maximum }
    }
}

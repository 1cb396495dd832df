/// Graph centrality scorers: LexRank and TextRank over a sparse sentence-similarity graph.
///
/// Similarities are accumulated through an inverted index (term → sentences), so only pairs
/// of sentences that share a term are ever compared. On very long documents a term that
/// appears in many sentences would make that quadratic; such terms (in more than
/// ``GraphOptions/maximumPostings`` sentences) are left out of the graph. They have the lowest
/// IDF of all, so they move similarities least: that is the trade-off, stated.
enum GraphScorers {
    struct GraphOptions {
        /// LexRank edges below this cosine similarity are dropped (0: continuous LexRank).
        var threshold: Double = 0
        /// PageRank damping factor.
        var damping: Double = 0.85
        /// Iterations at most; stops earlier when scores change by less than `tolerance`.
        var iterations: Int = 100
        var tolerance: Double = 1e-6
        /// Terms in more sentences than this are not used to link sentences.
        var maximumPostings: Int = 200
    }

    /// Continuous LexRank (Erkan & Radev 2004): PageRank over cosine similarities of TF-IDF
    /// sentence vectors.
    static func lexrank(_ document: AnalyzedDocument, options: GraphOptions = GraphOptions()) -> [Double] {
        let n = document.sentences.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let dots = sparseProducts(document, options: options) { a, b in a.weight * b.weight }
        var edges = [[(Int, Double)]](repeating: [], count: n)
        for (i, row) in dots.enumerated() {
            for (j, dot) in row {
                let denominator = document.vectors[i].norm * document.vectors[j].norm
                guard denominator > 0 else { continue }
                let similarity = dot / denominator
                if similarity > options.threshold { edges[i].append((j, similarity)) }
            }
        }
        return pageRank(edges, options: options)
    }

    /// TextRank (Mihalcea & Tarau 2004): PageRank over word-overlap similarities,
    /// `|common terms| / (ln |Si| + ln |Sj|)`.
    static func textrank(_ document: AnalyzedDocument, options: GraphOptions = GraphOptions()) -> [Double] {
        let n = document.sentences.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let overlaps = sparseProducts(document, options: options) { _, _ in 1 }
        let lengths = document.sentenceTerms.map { Double($0.count) }
        var edges = [[(Int, Double)]](repeating: [], count: n)
        for (i, row) in overlaps.enumerated() {
            for (j, common) in row {
                let denominator = lengths[i].logarithm + lengths[j].logarithm
                guard denominator > 0 else { continue }
                edges[i].append((j, common / denominator))
            }
        }
        return pageRank(edges, options: options)
    }

    /// For each sentence, the sum of `product` over the terms it shares with each other sentence.
    ///
    /// - Complexity: O(Σ postings²) over the terms kept, at most O(n · maximumPostings · terms
    ///   per sentence).
    private static func sparseProducts(
        _ document: AnalyzedDocument, options: GraphOptions,
        _ product: (WeightedTerm, WeightedTerm) -> Double
    ) -> [[(Int, Double)]] {
        let n = document.sentences.count
        var postings = [[(sentence: Int32, entry: WeightedTerm)]](repeating: [], count: document.termCount)
        for (s, vector) in document.vectors.enumerated() {
            for entry in vector.entries { postings[Int(entry.term)].append((Int32(s), entry)) }
        }
        var rows = [[(Int, Double)]](repeating: [], count: n)
        var accumulator = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for i in 0..<n {
            touched.removeAll(keepingCapacity: true)
            for entry in document.vectors[i].entries {
                let list = postings[Int(entry.term)]
                guard list.count <= options.maximumPostings else { continue }
                for (other, otherEntry) in list where Int(other) != i {
                    let j = Int(other)
                    if accumulator[j] == 0 { touched.append(j) }
                    accumulator[j] += product(entry, otherEntry)
                }
            }
            for j in touched {
                rows[i].append((j, accumulator[j]))
                accumulator[j] = 0
            }
        }
        return rows
    }

    /// Weighted PageRank by power iteration; dangling sentences spread their score evenly.
    static func pageRank(_ edges: [[(Int, Double)]], options: GraphOptions) -> [Double] {
        let n = edges.count
        let outWeight = edges.map { $0.reduce(0) { $0 + $1.1 } }
        var score = [Double](repeating: 1 / Double(n), count: n)
        var next = score
        for _ in 0..<options.iterations {
            var dangling = 0.0
            for i in 0..<n where outWeight[i] == 0 { dangling += score[i] }
            let base = (1 - options.damping) / Double(n) + options.damping * dangling / Double(n)
            for i in 0..<n { next[i] = base }
            for i in 0..<n where outWeight[i] > 0 {
                let share = options.damping * score[i] / outWeight[i]
                for (j, w) in edges[i] { next[j] += share * w }
            }
            var change = 0.0
            for i in 0..<n { change += abs(next[i] - score[i]) }
            swap(&score, &next)
            if change < options.tolerance { break }
        }
        return score
    }
}

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
        return lexrank(document, dots: sparseProducts(document, options: options, overlaps: false).dots, options: options)
    }

    /// LexRank and TextRank together, from one pass over the inverted index (the `default`
    /// method uses both).
    static func lexrankAndTextrank(_ document: AnalyzedDocument, options: GraphOptions = GraphOptions())
        -> (lexrank: [Double], textrank: [Double]) {
        let n = document.sentences.count
        guard n > 1 else { return ([Double](repeating: 1, count: n), [Double](repeating: 1, count: n)) }
        let products = sparseProducts(document, options: options, dots: true, overlaps: true)
        return (lexrank(document, dots: products.dots, options: options),
                textrank(document, overlaps: products.overlaps, options: options))
    }

    private static func lexrank(_ document: AnalyzedDocument, dots: SentenceGraph, options: GraphOptions) -> [Double] {
        let n = document.sentences.count
        var edges = SentenceGraph(count: n, edgeCapacity: dots.targets.count)
        for i in 0..<n {
            for e in dots.offsets[i]..<dots.offsets[i + 1] {
                let j = Int(dots.targets[e])
                let denominator = document.vectors[i].norm * document.vectors[j].norm
                guard denominator > 0 else { continue }
                let similarity = dots.weights[e] / denominator
                if similarity > options.threshold { edges.append(j, similarity) }
            }
            edges.endRow()
        }
        return pageRank(edges, options: options)
    }

    /// TextRank (Mihalcea & Tarau 2004): PageRank over word-overlap similarities,
    /// `|common terms| / (ln |Si| + ln |Sj|)`.
    ///
    /// A short document (at most ``denseSentenceLimit`` sentences, and no more than
    /// `maximumPostings`, so that no term is left out) counts its overlaps on a set of sentences
    /// per term (``overlapsOnBitsets(_:)``): a news article has a dozen sentences, for which an
    /// inverted index of arrays costs more than the counting.
    static func textrank(_ document: AnalyzedDocument, options: GraphOptions = GraphOptions()) -> [Double] {
        let n = document.sentences.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let overlaps = n <= min(denseSentenceLimit, options.maximumPostings)
            ? overlapsOnBitsets(document) : sparseProducts(document, options: options, dots: false).overlaps
        return textrank(document, overlaps: overlaps, options: options)
    }

    /// The most sentences for which TextRank counts overlaps on bitsets (one 64-bit word).
    static let denseSentenceLimit = 64

    /// The number of terms each sentence shares with each other one, as a graph whose rows list
    /// the other sentences in index order (those sharing no term left out): what
    /// ``sparseProducts(_:options:dots:overlaps:)`` counts, with the inverted index as one
    /// 64-bit set of sentences per term (so at most 64 sentences).
    ///
    /// - Complexity: O(terms + Σ postings²), in bit operations.
    static func overlapsOnBitsets(_ document: AnalyzedDocument) -> SentenceGraph {
        let n = document.sentences.count
        precondition(n <= 64, "a set of sentences is one 64-bit word")
        var sentencesOf = [UInt64](repeating: 0, count: document.termCount)
        var shared = [Int32](repeating: 0, count: n * n)
        sentencesOf.withUnsafeMutableBufferPointer { sentencesOf in
            for (s, vector) in document.vectors.enumerated() {
                for entry in vector.entries { sentencesOf[Int(entry.term)] |= 1 << UInt64(s) }
            }
            shared.withUnsafeMutableBufferPointer { shared in
                // Each pair counted once, from its first sentence, and written to both rows.
                for (i, vector) in document.vectors.enumerated() {
                    let later: UInt64 = i == 63 ? 0 : ~0 << UInt64(i + 1)
                    for entry in vector.entries {
                        var others = sentencesOf[Int(entry.term)] & later
                        while others != 0 {
                            let j = others.trailingZeroBitCount
                            shared[i * n + j] += 1
                            shared[j * n + i] += 1
                            others &= others - 1
                        }
                    }
                }
            }
        }
        // The rows, counted first so that the arrays are made at their size, then filled without
        // a branch per pair (whether two sentences share a term is a coin toss to the processor):
        // every pair is written, and the next one overwrites it when they share no term.
        var offsets = [Int](repeating: 0, count: n + 1)
        for i in 0..<n {
            var count = 0
            for j in 0..<n { count += shared[i * n + j] > 0 ? 1 : 0 }
            offsets[i + 1] = offsets[i] + count
        }
        let edgeCount = offsets[n]
        var targets: [Int32] = []
        var weights: [Double] = []
        shared.withUnsafeBufferPointer { shared in
            // One more slot than edges, for the pairs written after the last edge.
            targets = [Int32](unsafeUninitializedCapacity: edgeCount + 1) { targets, initialized in
                weights = [Double](unsafeUninitializedCapacity: edgeCount + 1) { weights, initialized in
                    var e = 0
                    for i in 0..<n {
                        for j in 0..<n {
                            let count = shared[i * n + j]
                            targets[e] = Int32(j)
                            weights[e] = Double(count)
                            e += count > 0 ? 1 : 0
                        }
                    }
                    initialized = edgeCount
                }
                initialized = edgeCount
            }
        }
        return SentenceGraph(offsets: offsets, targets: targets, weights: weights)
    }

    private static func textrank(_ document: AnalyzedDocument, overlaps: SentenceGraph, options: GraphOptions) -> [Double] {
        let n = document.sentences.count
        let logLengths = document.sentenceTerms.map { Double($0.count).logarithm }
        // The overlap graph reweighted in place. Two one-term sentences (ln 1 + ln 1 = 0) keep
        // an edge of weight 0, which moves no score: PageRank gives what it gives without it.
        var edges = overlaps
        edges.weights.withUnsafeMutableBufferPointer { weights in
            for i in 0..<n {
                for e in edges.offsets[i]..<edges.offsets[i + 1] {
                    let denominator = logLengths[i] + logLengths[Int(edges.targets[e])]
                    weights[e] = denominator > 0 ? weights[e] / denominator : 0
                }
            }
        }
        return pageRank(edges, options: options)
    }

    /// For each sentence, over the terms it shares with each other sentence, the sum of the
    /// products of their weights (`dots`) and the number of those terms (`overlaps`), as two
    /// graphs whose rows list the other sentences in the order they were first reached. A graph
    /// not asked for (`dots` or `overlaps` false) stays empty.
    ///
    /// - Complexity: O(Σ postings²) over the terms kept, at most O(n · maximumPostings · terms
    ///   per sentence).
    static func sparseProducts(_ document: AnalyzedDocument, options: GraphOptions, dots wantsDots: Bool = true,
                               overlaps wantsOverlaps: Bool = true) -> (dots: SentenceGraph, overlaps: SentenceGraph) {
        let n = document.sentences.count
        // The inverted index, term → (sentence, weight) in sentence order, in compressed rows.
        var start = [Int](repeating: 0, count: document.termCount + 1)
        for vector in document.vectors {
            for entry in vector.entries { start[Int(entry.term) + 1] += 1 }
        }
        for t in 0..<document.termCount { start[t + 1] += start[t] }
        var fill = start
        var postingSentence = [Int32](repeating: 0, count: start[document.termCount])
        var postingWeight = [Double](repeating: 0, count: start[document.termCount])
        for (s, vector) in document.vectors.enumerated() {
            for entry in vector.entries {
                let k = fill[Int(entry.term)]
                postingSentence[k] = Int32(s)
                postingWeight[k] = entry.weight
                fill[Int(entry.term)] = k + 1
            }
        }
        // Room for every edge at once (no regrowth): each kept term links its sentences pairwise.
        // The bound counts a pair once per shared term, so it is capped: at every pair, and at
        // a million edges (12 MB a graph), past which the arrays grow as edges come.
        var edgeBound = 0
        for t in 0..<document.termCount {
            let postings = start[t + 1] - start[t]
            if postings > 1, postings <= options.maximumPostings { edgeBound += postings * (postings - 1) }
        }
        edgeBound = min(edgeBound, n * (n - 1), 1 << 20)
        var dots = SentenceGraph(count: n, edgeCapacity: wantsDots ? edgeBound : 0)
        var overlaps = SentenceGraph(count: n, edgeCapacity: wantsOverlaps ? edgeBound : 0)
        var dot = [Double](repeating: 0, count: n)
        var shared = [Int32](repeating: 0, count: n)
        var touched: [Int32] = []
        touched.reserveCapacity(n)
        // The accumulation reads the index through buffer pointers: no bounds checks in the
        // innermost loop (posting sentences are below n, term ids below termCount).
        start.withUnsafeBufferPointer { start in
            postingSentence.withUnsafeBufferPointer { postingSentence in
                postingWeight.withUnsafeBufferPointer { postingWeight in
                    dot.withUnsafeMutableBufferPointer { dot in
                        shared.withUnsafeMutableBufferPointer { shared in
                            for i in 0..<n {
                                touched.removeAll(keepingCapacity: true)
                                let me = Int32(i)
                                for entry in document.vectors[i].entries {
                                    let t = Int(entry.term)
                                    let first = start[t], end = start[t + 1]
                                    guard end - first <= options.maximumPostings else { continue }
                                    for k in first..<end {
                                        let j32 = postingSentence[k]
                                        guard j32 != me else { continue }
                                        let j = Int(j32)
                                        if shared[j] == 0 { touched.append(j32) }
                                        shared[j] += 1
                                        dot[j] += entry.weight * postingWeight[k]
                                    }
                                }
                                for j32 in touched {
                                    let j = Int(j32)
                                    if wantsDots, dot[j] != 0 { dots.append(j, dot[j]) }
                                    if wantsOverlaps { overlaps.append(j, Double(shared[j])) }
                                    dot[j] = 0
                                    shared[j] = 0
                                }
                                if wantsDots { dots.endRow() }
                                if wantsOverlaps { overlaps.endRow() }
                            }
                        }
                    }
                }
            }
        }
        return (dots, overlaps)
    }

    /// Weighted PageRank by power iteration; dangling sentences spread their score evenly.
    static func pageRank(_ edges: [[(Int, Double)]], options: GraphOptions) -> [Double] {
        pageRank(SentenceGraph(edges), options: options)
    }

    /// Weighted PageRank by power iteration over a graph in compressed rows.
    ///
    /// - Complexity: O(iterations · (n + edges)).
    static func pageRank(_ graph: SentenceGraph, options: GraphOptions) -> [Double] {
        let n = graph.count
        var outWeight = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0
            for e in graph.offsets[i]..<graph.offsets[i + 1] { sum += graph.weights[e] }
            outWeight[i] = sum
        }
        // Two score vectors in one buffer, read through pointers (no bounds checks: targets are
        // sentence indices below n by construction); each iteration writes the other half.
        var scores = [Double](repeating: 1 / Double(n), count: 2 * n)
        var current = 0
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                graph.weights.withUnsafeBufferPointer { weights in
                    outWeight.withUnsafeBufferPointer { outWeight in
                        scores.withUnsafeMutableBufferPointer { scores in
                            for _ in 0..<options.iterations {
                                let score = scores.baseAddress! + current * n
                                let next = scores.baseAddress! + (1 - current) * n
                                var dangling = 0.0
                                for i in 0..<n where outWeight[i] == 0 { dangling += score[i] }
                                let base = (1 - options.damping) / Double(n) + options.damping * dangling / Double(n)
                                for i in 0..<n { next[i] = base }
                                for i in 0..<n where outWeight[i] > 0 {
                                    let share = options.damping * score[i] / outWeight[i]
                                    for e in offsets[i]..<offsets[i + 1] { next[Int(targets[e])] += share * weights[e] }
                                }
                                var change = 0.0
                                for i in 0..<n { change += abs(next[i] - score[i]) }
                                current = 1 - current
                                if change < options.tolerance { break }
                            }
                        }
                    }
                }
            }
        }
        return Array(scores[(current * n)..<(current * n + n)])
    }
}

import Testing
@testable import PrecisSummarize

/// TextRank's bitset overlaps (short documents) against the inverted index (long ones).
struct BitsetOverlapTests {
    @Test func bitsetOverlapsCountWhatTheInvertedIndexCounts() {
        // Every corpus article short enough for the bitsets (titles as extra sentences now and
        // then, to vary the lengths), compared edge by edge: the same pairs, the same counts.
        let analyzer = TermAnalyzer(language: .french)
        var compared = 0
        for (k, article) in FusedAnalysisTests.corpus.enumerated() {
            let text = k % 3 == 0 ? article.title + "\n" + article.text : article.text
            let document = AnalyzedDocument(text: text, title: nil, language: .french, analyzer: analyzer, model: nil)
            let n = document.sentences.count
            guard n > 1, n <= GraphScorers.denseSentenceLimit else { continue }
            func edges(_ graph: SentenceGraph) -> [[Int32: Double]] {
                (0..<n).map { i in
                    Dictionary(uniqueKeysWithValues: (graph.offsets[i]..<graph.offsets[i + 1]).map { (graph.targets[$0], graph.weights[$0]) })
                }
            }
            let sparse = GraphScorers.sparseProducts(document, options: .init(), dots: false).overlaps
            let dense = GraphScorers.overlapsOnBitsets(document)
            #expect(edges(dense) == edges(sparse), "article \(k)")
            #expect(dense.targets.count == sparse.targets.count, "article \(k)")
            compared += 1
        }
        #expect(compared > 400)
    }
}

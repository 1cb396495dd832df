import PrecisText

/// Keywords and keyphrases: runs of one to three consecutive content words (no stopword,
/// number or punctuation between them), ranked by TF-IDF.
///
/// A phrase scores `occurrences × Σ idf(term)`; phrases of two or three words must occur at
/// least twice. A phrase is dropped when a better one already contains all its terms, and each
/// is reported in the surface form it most often has in the text.
struct KeywordExtractor {
    let document: AnalyzedDocument
    let analyzer: TermAnalyzer

    func keywords(count: Int) -> [Summary.Keyword] {
        guard count > 0 else { return [] }
        struct Candidate {
            var terms: [Int32]
            var occurrences = 0
            var surfaces: [String: Int] = [:]
        }
        var candidates: [[Int32]: Candidate] = [:]
        let text = document.text
        for sentence in document.sentences {
            // Runs of adjacent terms: a non-term token in between breaks the run.
            var run: [(term: Int32, range: Range<Int>)] = []
            func flush() {
                for length in 1...3 where run.count >= length {
                    for start in 0...(run.count - length) {
                        let slice = run[start..<start + length]
                        let key = slice.map(\.term)
                        let surface = String(text.slice(slice.first!.range.lowerBound..<slice.last!.range.upperBound))
                        candidates[key, default: Candidate(terms: key)].occurrences += 1
                        candidates[key]!.surfaces[surface, default: 0] += 1
                    }
                }
                run.removeAll()
            }
            analyzer.forEachToken(in: text, range: sentence.range) { token, global in
                guard token.kind == .word, global >= 0, let local = analyzer.localID(of: global) else {
                    flush()  // a stopword, number or punctuation mark ends the run
                    return
                }
                run.append((local, token.range))
            }
            flush()
        }
        var scored: [(candidate: Candidate, score: Double)] = []
        for candidate in candidates.values where candidate.terms.count == 1 || candidate.occurrences >= 2 {
            guard Set(candidate.terms).count == candidate.terms.count else { continue }
            let idf = candidate.terms.reduce(0) { $0 + document.idf[Int($1)] }
            scored.append((candidate, Double(candidate.occurrences) * idf))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.candidate.terms.lexicographicallyPrecedes($1.candidate.terms) }
        var result: [Summary.Keyword] = []
        var chosenTerms: [Set<Int32>] = []
        for (candidate, score) in scored {
            let terms = Set(candidate.terms)
            if chosenTerms.contains(where: { terms.isSubset(of: $0) || $0.isSubset(of: terms) }) { continue }
            let surface = candidate.surfaces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            result.append(Summary.Keyword(text: surface, score: score))
            chosenTerms.append(terms)
            if result.count == count { break }
        }
        return result
    }
}

import PrecisText

/// Keywords and keyphrases: runs of one to three consecutive content words (no stopword,
/// number or punctuation between them), ranked by TF-IDF.
///
/// A phrase scores `occurrences × Σ idf(term)`; phrases of two or three words must occur at
/// least twice. A phrase is dropped when a better one already contains all its terms, and each
/// is reported in the surface form it most often has in the text (ties: the form that sorts
/// first).
///
/// Phrases are counted under a fixed-size key of their local term ids, and each occurrence is
/// kept as a byte range: strings are made only for the surface forms of the phrases reported.
///
/// - Complexity: O(*n*) in the tokens of the document for counting, plus a sort of the
///   candidate phrases.
struct KeywordExtractor {
    let document: AnalyzedDocument
    let analyzer: TermAnalyzer

    /// Up to three local term ids, in order; unused places hold -1.
    struct Phrase: Equatable {
        var terms: (Int32, Int32, Int32)
        var count: Int

        static func == (a: Phrase, b: Phrase) -> Bool {
            a.count == b.count && a.terms.0 == b.terms.0 && a.terms.1 == b.terms.1 && a.terms.2 == b.terms.2
        }

        /// The term ids, in order.
        var array: [Int32] { Array([terms.0, terms.1, terms.2].prefix(count)) }

        /// Whether the terms are all different ("la la" is no phrase).
        var hasDistinctTerms: Bool {
            count < 2 || (terms.0 != terms.1 && (count < 3 || (terms.0 != terms.2 && terms.1 != terms.2)))
        }

        /// The term at `k` (below `count`).
        func term(_ k: Int) -> Int32 { k == 0 ? terms.0 : k == 1 ? terms.1 : terms.2 }

        /// `[Int32]`'s `lexicographicallyPrecedes` on the term ids: the first differing term
        /// decides, else the shorter phrase comes first.
        func precedes(_ other: Phrase) -> Bool {
            for k in 0..<min(count, other.count) where term(k) != other.term(k) { return term(k) < other.term(k) }
            return count < other.count
        }
    }

    /// Phrase → candidate number: open addressing (linear probing, at most half full) over
    /// slots holding candidate numbers, sized once from the document's term count, so counting
    /// neither hashes with SipHash nor grows.
    struct PhraseIndex {
        private var slots: [Int32]
        private let mask: Int

        init(expectedCount: Int) {
            var capacity = 16
            while capacity < 2 * expectedCount { capacity *= 2 }
            slots = [Int32](repeating: -1, count: capacity)
            mask = capacity - 1
        }

        /// The number of `phrase` among `candidates`, or `candidates.count` after reserving it
        /// for a new candidate (the caller appends it).
        mutating func number(of phrase: Phrase, in candidates: [Candidate]) -> Int {
            var key = UInt64(UInt32(bitPattern: phrase.terms.0)) | UInt64(UInt32(bitPattern: phrase.terms.1)) << 32
            key = (key ^ UInt64(UInt32(bitPattern: phrase.terms.2)) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
            var i = Int(truncatingIfNeeded: key >> 32) & mask
            while true {
                let k = Int(slots[i])
                if k < 0 {
                    slots[i] = Int32(candidates.count)
                    return candidates.count
                }
                if candidates[k].phrase == phrase { return k }
                i = (i + 1) & mask
            }
        }
    }

    /// A candidate phrase: its count and the chain of its occurrences in `occurrences`.
    struct Candidate {
        var phrase: Phrase
        var occurrences = 0
        /// The first and last of its occurrences (indices into the occurrence list).
        var first = -1
        var last = -1
    }

    /// One occurrence of a candidate: its bytes in the text and the next occurrence (-1: none).
    struct Occurrence {
        var range: Range<Int>
        var next: Int
    }

    func keywords(count: Int) -> [Summary.Keyword] {
        guard count > 0 else { return [] }
        var index = PhraseIndex(expectedCount: 3 * document.sentenceTerms.reduce(0) { $0 + $1.count })
        var candidates: [Candidate] = []
        var occurrences: [Occurrence] = []
        let text = document.text
        var run: [(term: Int32, range: Range<Int>)] = []

        func record(_ phrase: Phrase, range: Range<Int>) {
            let k = index.number(of: phrase, in: candidates)
            if k == candidates.count { candidates.append(Candidate(phrase: phrase)) }
            occurrences.append(Occurrence(range: range, next: -1))
            let o = occurrences.count - 1
            if candidates[k].last >= 0 { occurrences[candidates[k].last].next = o } else { candidates[k].first = o }
            candidates[k].last = o
            candidates[k].occurrences += 1
        }

        // Runs of adjacent terms: a non-term token in between breaks the run. Phrases are
        // counted as the run grows, each ending at the newest term.
        for sentence in document.sentences {
            run.removeAll(keepingCapacity: true)
            analyzer.forEachLocalTerm(in: text, range: sentence.range) { token, local in
                guard local >= 0 else {
                    run.removeAll(keepingCapacity: true)  // a stopword, number or punctuation mark ends the run
                    return
                }
                run.append((local, token.range))
                let n = run.count
                record(Phrase(terms: (local, -1, -1), count: 1), range: token.range)
                if n >= 2 {
                    record(Phrase(terms: (run[n - 2].term, local, -1), count: 2), range: run[n - 2].range.lowerBound..<token.range.upperBound)
                }
                if n >= 3 {
                    record(Phrase(terms: (run[n - 3].term, run[n - 2].term, local), count: 3),
                          range: run[n - 3].range.lowerBound..<token.range.upperBound)
                }
            }
        }

        var scored: [(candidate: Int, score: Double)] = []
        for (k, candidate) in candidates.enumerated() where candidate.phrase.count == 1 || candidate.occurrences >= 2 {
            guard candidate.phrase.hasDistinctTerms else { continue }
            let idf = candidate.phrase.array.reduce(0) { $0 + document.idf[Int($1)] }
            scored.append((k, Double(candidate.occurrences) * idf))
        }
        scored.sort {
            $0.score != $1.score ? $0.score > $1.score : candidates[$0.candidate].phrase.precedes(candidates[$1.candidate].phrase)
        }
        var result: [Summary.Keyword] = []
        var chosenTerms: [Set<Int32>] = []
        for (k, score) in scored {
            let terms = Set(candidates[k].phrase.array)
            if chosenTerms.contains(where: { terms.isSubset(of: $0) || $0.isSubset(of: terms) }) { continue }
            result.append(Summary.Keyword(text: surface(of: candidates[k], occurrences: occurrences, in: text), score: score))
            chosenTerms.append(terms)
            if result.count == count { break }
        }
        return result
    }

    /// The form a candidate most often has in the text (as `String`s count them: canonically
    /// equivalent forms are one); ties go to the form that sorts first.
    private func surface(of candidate: Candidate, occurrences: [Occurrence], in text: String) -> String {
        var forms: [String: Int] = [:]
        var o = candidate.first
        while o >= 0 {
            forms[String(text.slice(occurrences[o].range)), default: 0] += 1
            o = occurrences[o].next
        }
        return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }
}

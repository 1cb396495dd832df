#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PrecisText

/// Keywords and keyphrases: runs of one to three consecutive content words (no stopword,
/// number or punctuation between them), ranked by TF-IDF.
///
/// A phrase scores `occurrences × Σ idf(term)`; phrases of two or three words must occur at
/// least twice. A phrase is dropped when a better one already contains all its terms, and each
/// is reported in the surface form it most often has in the text (ties: the form that sorts
/// first).
///
/// The words come from the document's analysis (``AnalyzedDocument/words``, kept when keywords
/// are asked for): the text is not tokenized again. Phrases are counted under a fixed-size key
/// of their local term ids, and each occurrence is kept as a byte range: strings are made only
/// for the surface forms of the phrases reported.
///
/// - Complexity: O(*n*) in the tokens of the document for counting, plus a sort of the
///   candidate phrases.
struct KeywordExtractor {
    let document: AnalyzedDocument

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
        guard count > 0, let words = document.words else { return [] }
        let text = document.text
        // At most three phrases end at each term.
        var counts = PhraseCounts(expectedCount: 3 * words.terms.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) })
        text.withUTF8Buffer { bytes in counts.countRuns(of: words, in: bytes) }
        let candidates = counts.candidates
        var scored: [(candidate: Int, score: Double)] = []
        for (k, candidate) in candidates.enumerated() where candidate.phrase.count == 1 || candidate.occurrences >= 2 {
            guard candidate.phrase.hasDistinctTerms else { continue }
            // Summed in order from 0, as `reduce` over the terms would.
            var idf = 0.0
            for t in 0..<candidate.phrase.count { idf += document.idf[Int(candidate.phrase.term(t))] }
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
            result.append(Summary.Keyword(text: surface(of: candidates[k], occurrences: counts.occurrences, in: text), score: score))
            chosenTerms.append(terms)
            if result.count == count { break }
        }
        return result
    }

    /// The phrases of a document and their occurrences, counted in one pass over its words.
    struct PhraseCounts {
        var index: PhraseIndex
        var candidates: [Candidate] = []
        var occurrences: [Occurrence] = []

        /// Room for `expectedCount` occurrences (and as many phrases): counting never grows.
        init(expectedCount: Int) {
            index = PhraseIndex(expectedCount: expectedCount)
            candidates.reserveCapacity(expectedCount)
            occurrences.reserveCapacity(expectedCount)
        }

        /// Counts the runs of adjacent terms of each sentence: a word that is not a term, or
        /// any other token between two words (punctuation, a number, a symbol), breaks the run.
        /// Phrases are counted as the run grows, each ending at the newest term.
        mutating func countRuns(of words: DocumentWords, in bytes: UnsafeBufferPointer<UInt8>) {
            var run: [(term: Int32, range: Range<Int>)] = []
            var start = 0
            for end in words.sentenceEnds {
                run.removeAll(keepingCapacity: true)
                for k in start..<end {
                    let range = words.ranges[k], local = words.terms[k]
                    if k > start, Tokenizer.stretchHoldsToken(bytes, words.ranges[k - 1].upperBound..<range.lowerBound) {
                        run.removeAll(keepingCapacity: true)
                    }
                    guard local >= 0 else {
                        run.removeAll(keepingCapacity: true)  // a stopword or a number-like word
                        continue
                    }
                    run.append((local, range))
                    let n = run.count
                    record(Phrase(terms: (local, -1, -1), count: 1), range: range)
                    if n >= 2 {
                        record(Phrase(terms: (run[n - 2].term, local, -1), count: 2), range: run[n - 2].range.lowerBound..<range.upperBound)
                    }
                    if n >= 3 {
                        record(Phrase(terms: (run[n - 3].term, run[n - 2].term, local), count: 3),
                               range: run[n - 3].range.lowerBound..<range.upperBound)
                    }
                }
                start = end
            }
        }

        /// Counts one occurrence of `phrase` at `range`.
        mutating func record(_ phrase: Phrase, range: Range<Int>) {
            let k = index.number(of: phrase, in: candidates)
            if k == candidates.count { candidates.append(Candidate(phrase: phrase)) }
            occurrences.append(Occurrence(range: range, next: -1))
            let o = occurrences.count - 1
            if candidates[k].last >= 0 { occurrences[candidates[k].last].next = o } else { candidates[k].first = o }
            candidates[k].last = o
            candidates[k].occurrences += 1
        }
    }

    /// The form a candidate most often has in the text (as `String`s count them: canonically
    /// equivalent forms are one); ties go to the form that sorts first.
    private func surface(of candidate: Candidate, occurrences: [Occurrence], in text: String) -> String {
        // Usually every occurrence has the same bytes: that form, without counting.
        let first = occurrences[candidate.first].range
        let allSame = text.withUTF8Buffer { bytes -> Bool in
            var o = occurrences[candidate.first].next
            while o >= 0 {
                let range = occurrences[o].range
                guard range.count == first.count,
                      memcmp(bytes.baseAddress! + range.lowerBound, bytes.baseAddress! + first.lowerBound, first.count) == 0
                else { return false }
                o = occurrences[o].next
            }
            return true
        }
        if allSame { return String(text.slice(first)) }
        var forms: [String: Int] = [:]
        var o = candidate.first
        while o >= 0 {
            forms[String(text.slice(occurrences[o].range)), default: 0] += 1
            o = occurrences[o].next
        }
        return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }
}

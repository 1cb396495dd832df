import PrecisText

/// A term and its weight in a sparse vector; `term` is a document-local id.
struct WeightedTerm: Sendable {
    var term: Int32
    var weight: Double
}

/// A sparse vector over document-local term ids, sorted by id, with its Euclidean norm.
///
/// The entries are a slice: a document's sentence vectors share one array.
struct SparseVector: Sendable {
    var entries: ArraySlice<WeightedTerm> = []
    var norm: Double = 0

    init(_ entries: ArraySlice<WeightedTerm>) {
        self.entries = entries
        norm = entries.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
    }

    init(_ entries: [WeightedTerm]) {
        self.init(entries[...])
    }

    /// The dot product of two vectors (a merge of sorted lists).
    func dot(_ other: SparseVector) -> Double {
        let a = entries, b = other.entries
        var i = a.startIndex, j = b.startIndex, sum = 0.0
        while i < a.endIndex, j < b.endIndex {
            if a[i].term == b[j].term {
                sum += a[i].weight * b[j].weight
                i += 1
                j += 1
            } else if a[i].term < b[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Cosine similarity; 0 when either vector is empty.
    func cosine(_ other: SparseVector) -> Double {
        let denominator = norm * other.norm
        return denominator > 0 ? dot(other) / denominator : 0
    }

    /// ``cosine(_:)`` with a vector whose weights are spread over `dense` (indexed by term,
    /// zero elsewhere) and whose norm is `otherNorm`: the same products added in the same
    /// order, so the same result bit for bit, in one pass over this vector.
    func cosine(dense: [Double], norm otherNorm: Double) -> Double {
        let denominator = norm * otherNorm
        guard denominator > 0 else { return 0 }
        var sum = 0.0
        for entry in entries {
            let weight = dense[Int(entry.term)]
            if weight != 0 { sum += entry.weight * weight }
        }
        return sum / denominator
    }

    /// Writes this vector's weights into `dense` at their terms.
    func spread(into dense: inout [Double]) {
        for entry in entries { dense[Int(entry.term)] = entry.weight }
    }

    /// Sets this vector's terms back to zero in `dense`.
    func clear(from dense: inout [Double]) {
        for entry in entries { dense[Int(entry.term)] = 0 }
    }
}

/// A document ready for scoring: its sentences, their terms as TF-IDF vectors over
/// document-local term ids, and the document-level statistics the scorers share.
///
/// Terms are interned to integers once; everything after analysis works on arrays.
struct AnalyzedDocument {
    let text: String
    let sentences: [Sentence]
    /// Whitespace-separated words per sentence (the unit of word budgets, as ROUGE counts them).
    let wordCounts: [Int]
    /// Term ids per sentence, in order, document-local (slices of one array).
    let sentenceTerms: [ArraySlice<Int32>]
    /// TF-IDF vector of each sentence (term frequency in the sentence × IDF).
    let vectors: [SparseVector]
    /// IDF of each document-local term.
    let idf: [Double]
    /// Occurrences of each document-local term in the whole document.
    let documentFrequency: [Int]
    /// Global (analyzer) id of each local term.
    let globalIDs: [Int32]
    /// TF-IDF vector of the title, if one was given.
    let titleVector: SparseVector?
    /// Cosine similarity of each sentence to the title (all zero without one).
    let titleSimilarity: [Double]
    /// Whether each sentence is a full sentence: long enough, ending as sentences do, and not
    /// the headline repeated. Other lines (bylines, headings, captions) are fragments.
    let isFullSentence: [Bool]
    /// Each full sentence's rank among full sentences (fragments: -1), for the lead prior.
    let fullSentenceOrdinal: [Int]
    /// Every word with its local term id, when asked for (keyword extraction reads it).
    let words: DocumentWords?

    /// Number of distinct terms in the document.
    var termCount: Int { idf.count }

    init(text: String, title: String?, language: Language, analyzer: TermAnalyzer, model: IDFModel?,
         minimumSentenceWords: Int = 5, keepingWords: Bool = false) {
        self.text = text
        let sentences = SentenceSegmenter(language: language).sentences(in: text)
        self.sentences = sentences
        let analysis = analyzer.analyzeSentences(sentences, in: text, keepingWords: keepingWords)
        words = analysis.words
        let wordCounts = analysis.wordCounts
        let sentenceTerms = analysis.terms
        let globalIDs = analysis.globalIDs
        self.wordCounts = wordCounts
        self.sentenceTerms = sentenceTerms
        self.globalIDs = globalIDs

        // Each sentence's distinct terms with their counts, and per term its occurrences in the
        // document and its sentence frequency (for the fallback IDF when no corpus model fits).
        var counted = Self.termCounts(of: sentenceTerms, termCount: globalIDs.count)
        self.documentFrequency = counted.occurrences
        if let model, model.language == language {
            idf = globalIDs.map { model.idf(analyzer.term($0)) }
        } else {
            // One logarithm per possible frequency (0…n), not one per term.
            let n = sentences.count
            let byFrequency = (0...n).map { IDFModel.idf(documentFrequency: $0, documentCount: n) }
            idf = counted.sentenceFrequency.map { byFrequency[$0] }
        }
        let idf = self.idf
        vectors = Self.vectors(weighting: &counted.entries, ends: counted.ends, idf: idf)

        if let title, !title.isEmpty {
            var terms: [Int32] = []
            analyzer.forEachTerm(in: title, range: 0..<title.utf8.count) { id in
                if let local = analyzer.localID(of: id) { terms.append(local) }
            }
            titleVector = Self.vector(of: terms[...], idf: idf)
        } else {
            titleVector = nil
        }
        let vectors = self.vectors, titleVector = self.titleVector
        let titleSimilarity = titleVector.map { Self.similarities(of: vectors, to: $0, termCount: idf.count) }
            ?? [Double](repeating: 0, count: sentences.count)
        self.titleSimilarity = titleSimilarity
        let hasTitle = titleVector != nil
        let full = sentences.indices.map {
            Self.looksLikeFullSentence($0, in: text, sentences: sentences, wordCounts: wordCounts,
                                       titleSimilarity: hasTitle ? titleSimilarity[$0] : nil, minimumWords: minimumSentenceWords)
        }
        isFullSentence = full
        var ordinal = 0
        fullSentenceOrdinal = full.map { isFull in
            guard isFull else { return -1 }
            defer { ordinal += 1 }
            return ordinal
        }
    }

    /// Whether a sentence is long enough, ends as a sentence does, and is neither the headline
    /// nor a heading (a short line of its own).
    static func looksLikeFullSentence(_ index: Int, in text: String, sentences: [Sentence], wordCounts: [Int],
                                      titleSimilarity: Double?, minimumWords: Int) -> Bool {
        guard wordCounts[index] >= minimumWords else { return false }
        if let titleSimilarity, titleSimilarity > 0.9 { return false }
        let range = sentences[index].range
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var end = range.upperBound
            // Skip closing quotes and brackets: « … ! » ends a sentence too.
            while end > range.lowerBound {
                let b = bytes[end - 1]
                if b == 0x22 || b == 0x29 || b == 0x27 { end -= 1; continue }
                if end - 2 >= range.lowerBound, bytes[end - 2] == 0xC2, b == 0xBB { end -= 2; continue }  // »
                if end - 3 >= range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, b == 0x9D { end -= 3; continue }  // ”
                if b == 0x20 { end -= 1; continue }
                if end - 2 >= range.lowerBound, bytes[end - 2] == 0xC2, b == 0xA0 { end -= 2; continue }  // NBSP
                break
            }
            guard end > range.lowerBound else { return false }
            let last = bytes[end - 1]
            if last == 0x2E { return true }  // .
            if last == 0x21 || last == 0x3F {  // ! ?
                // A short line of its own ending in ? or ! is a heading ("Qui dominera l'IA ?").
                let ownLine = (range.lowerBound == 0 || bytes[range.lowerBound - 1] == 0x0A)
                    && (range.upperBound == bytes.count || bytes[range.upperBound] == 0x0A || bytes[range.upperBound] == 0x0D)
                return !(ownLine && wordCounts[index] < 15)
            }
            return end - 3 >= range.lowerBound && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && last == 0xA6  // …
        } ?? true
    }

    /// The cosine similarity of each vector to `title`, exactly as ``SparseVector/cosine(_:)``
    /// computes it, with the title's weights spread over an array indexed by term
    /// (``SparseVector/cosine(dense:norm:)``) instead of a merge of sorted lists.
    static func similarities(of vectors: [SparseVector], to title: SparseVector, termCount: Int) -> [Double] {
        var dense = [Double](repeating: 0, count: termCount)
        title.spread(into: &dense)
        return vectors.map { $0.cosine(dense: dense, norm: title.norm) }
    }

    /// The distinct terms of each list of local term ids, sorted, with their counts as weights
    /// (one array for all the lists, each ending at its `ends` element); and per term, its
    /// occurrences in all the lists and the number of lists holding it. Counts go through one
    /// scratch array instead of a sorted copy of every list.
    static func termCounts(of lists: [ArraySlice<Int32>], termCount: Int)
        -> (entries: [WeightedTerm], ends: [Int], occurrences: [Int], sentenceFrequency: [Int]) {
        var counts = [Int32](repeating: 0, count: termCount)
        var occurrences = [Int](repeating: 0, count: termCount)
        var sentenceFrequency = [Int](repeating: 0, count: termCount)
        var distinct: [Int32] = []
        var entries: [WeightedTerm] = []
        entries.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var ends: [Int] = []
        ends.reserveCapacity(lists.count)
        for terms in lists {
            distinct.removeAll(keepingCapacity: true)
            for t in terms {
                if counts[Int(t)] == 0 { distinct.append(t) }
                counts[Int(t)] += 1
            }
            distinct.sort()
            for t in distinct {
                let count = Int(counts[Int(t)])
                entries.append(WeightedTerm(term: t, weight: Double(count)))
                occurrences[Int(t)] += count
                sentenceFrequency[Int(t)] += 1
                counts[Int(t)] = 0
            }
            ends.append(entries.count)
        }
        return (entries, ends, occurrences, sentenceFrequency)
    }

    /// The TF-IDF vectors of ``termCounts(of:termCount:)``'s entries: each count times its
    /// term's IDF (weighted in place, no copy), what ``vector(of:idf:)`` gives for each list,
    /// sharing one array.
    static func vectors(weighting entries: inout [WeightedTerm], ends: [Int], idf: [Double]) -> [SparseVector] {
        for k in entries.indices { entries[k].weight *= idf[Int(entries[k].term)] }
        var start = 0
        return ends.map { end in
            defer { start = end }
            return SparseVector(entries[start..<end])
        }
    }

    /// The TF-IDF vector of a list of local term ids.
    static func vector(of terms: ArraySlice<Int32>, idf: [Double]) -> SparseVector {
        guard !terms.isEmpty else { return SparseVector([]) }
        let sorted = terms.sorted()
        var entries: [WeightedTerm] = []
        entries.reserveCapacity(sorted.count)
        var k = 0
        while k < sorted.count {
            var j = k
            while j < sorted.count, sorted[j] == sorted[k] { j += 1 }
            entries.append(WeightedTerm(term: sorted[k], weight: Double(j - k) * idf[Int(sorted[k])]))
            k = j
        }
        return SparseVector(entries)
    }
}

import PrecisText

/// A ``TermAnalyzer``'s hot state: the term id of every surface form seen, and the current
/// document's numbering of terms.
///
/// The surface table maps the bytes of a word as written to its term id (-1: not a term), so a
/// word is lower-cased and stemmed once per analyzer. The local numbering maps term ids to
/// document-local ids through a stamp per entry: an entry is valid when its stamp is the
/// current document's, so documents reuse the array without clearing it.
struct SurfaceCache {
    /// Surface form (bytes as written) → term id, or -1 for a word that is not a term.
    var surfaces = ByteStringTable()
    /// A term id's document-local id, valid when its stamp is the current document's: both in
    /// one entry, so that a look-up reads one cache line.
    struct LocalEntry {
        var stamp: UInt32
        var local: Int32
    }
    /// Indexed by term id.
    var locals: [LocalEntry] = []
    var documentStamp: UInt32 = 0

    /// Starts a new document's local numbering of terms.
    mutating func beginDocument() {
        documentStamp &+= 1
        if documentStamp == 0 {  // wrapped around: clear the stamps once
            for k in locals.indices { locals[k].stamp = 0 }
            documentStamp = 1
        }
    }

    /// The document-local id of a term id, if the current document has it.
    @inline(__always)
    func localID(of id: Int32) -> Int32? {
        let k = Int(id)
        guard k < locals.count else { return nil }
        let entry = locals[k]
        return entry.stamp == documentStamp ? entry.local : nil
    }

    /// Gives a term id the document-local id `local`.
    @inline(__always)
    mutating func setLocalID(_ local: Int32, for id: Int32) {
        reserveLocals(through: Int(id))
        locals[Int(id)] = LocalEntry(stamp: documentStamp, local: local)
    }

    /// Grows the local entries (at least doubling) so that term id `id` has one.
    private mutating func reserveLocals(through id: Int) {
        guard id >= locals.count else { return }
        let size = max(id + 1, locals.count * 2, 1024)
        locals += repeatElement(LocalEntry(stamp: 0, local: 0), count: size - locals.count)
    }

    /// Scratch for ``appendLocalTerms(_:sentences:tokenizer:to:globalIDs:words:analyze:)``,
    /// reused between documents: the document's words (byte ranges and hashes) and their term
    /// ids.
    private let wordScratch = WordBuffer()
    private var idScratch: [Int32] = []

    /// How many words ahead the look-up loop prefetches their index slots.
    private static let prefetchDistance = 16

    /// A word of the document being analysed: its bytes and their hash.
    fileprivate struct Word {
        var range: Range<Int>
        var hash: UInt32
    }

    /// Room for a document's words that the tokenizing loop fills without `Array.append`'s
    /// uniqueness test on every word, reused between documents.
    fileprivate final class WordBuffer {
        private(set) var start: UnsafeMutablePointer<Word>
        private(set) var capacity = 1024

        init() { start = .allocate(capacity: capacity) }
        deinit { start.deallocate() }

        /// Room for at least `count` words (the previous contents are dropped).
        func room(for count: Int) -> UnsafeMutablePointer<Word> {
            if count > capacity { regrow(keeping: 0, to: count) }
            return start
        }

        /// Doubles the room, keeping the first `count` words.
        func grow(keeping count: Int) -> UnsafeMutablePointer<Word> {
            regrow(keeping: count, to: 2 * capacity)
            return start
        }

        private func regrow(keeping count: Int, to newCapacity: Int) {
            let larger = UnsafeMutablePointer<Word>.allocate(capacity: newCapacity)
            larger.moveInitialize(from: start, count: count)
            start.deallocate()
            start = larger
            capacity = newCapacity
        }
    }

    /// Appends the document-local term ids of the words of each sentence to `terms` (one list
    /// per sentence, in order: slices of one array, not an array each), and when `kept` is not
    /// `nil`, fills it with every word.
    ///
    /// Three passes: tokenize every sentence, recording each word's range and hash; look every
    /// word up in the surface table; then number the terms. Looking words up in a loop of their
    /// own lets the processor overlap the cache misses of independent look-ups (the surface
    /// table outgrows the caches after some thousand articles), which the interleaved
    /// tokenize-then-look-up loop could not; the loop also prefetches the slots of the words a
    /// few places ahead. Only a surface form never seen before calls
    /// `analyze` (lower-casing, stopwords, stemming).
    ///
    /// - Complexity: O(*n*) in the length of the text, plus `analyze` once per new surface.
    mutating func appendLocalTerms(
        _ bytes: UnsafeBufferPointer<UInt8>, sentences: [Sentence], tokenizer: Tokenizer,
        to terms: inout [ArraySlice<Int32>], globalIDs: inout [Int32], words kept: inout DocumentWords?,
        analyze: (Range<Int>) -> Int32
    ) {
        // A local array (the scratch storage swapped in and out): the look-ups below do not go
        // through `self`.
        var ids = idScratch
        idScratch = []
        defer {
            ids.removeAll(keepingCapacity: true)
            idScratch = ids
        }
        var sentenceEnds: [Int] = []
        sentenceEnds.reserveCapacity(sentences.count)
        // Room for a word every four bytes (news averages one every six or seven), doubled
        // when a text has more.
        var capacity = sentences.reduce(0) { $0 + $1.range.count } / 4 + 16
        var storage = wordScratch.room(for: capacity)
        capacity = wordScratch.capacity
        var count = 0
        for sentence in sentences {
            tokenizer.forEachWord(inUTF8: bytes, range: sentence.range) { word in
                if count == capacity {
                    storage = wordScratch.grow(keeping: count)
                    capacity = wordScratch.capacity
                }
                (storage + count).initialize(to: Word(range: word, hash: ByteStringTable.hash(bytes, word)))
                count += 1
            }
            sentenceEnds.append(count)
        }
        let words = UnsafeBufferPointer(start: storage, count: count)
        let missing: Int32 = .min
        ids.append(contentsOf: repeatElement(missing, count: words.count))
        do {
            // A constant copy: no retain and release of the table's arrays per look-up. It ends
            // with this block, before the inserts below (which would otherwise copy the table).
            let table = surfaces
            ids.withUnsafeMutableBufferPointer { ids in
                for k in words.indices {
                    if k + Self.prefetchDistance < words.count { table.prefetch(hash: words[k + Self.prefetchDistance].hash) }
                    let word = words[k]
                    ids[k] = table.value(bytes, word.range, hash: word.hash) ?? missing
                }
            }
        }
        for k in ids.indices where ids[k] == missing {
            // Seen earlier in this document (analysed then), or never: analyse and cache it.
            let word = words[k]
            ids[k] = surfaces.value(bytes, word.range, hash: word.hash) { analyze(word.range) }
        }
        // Every word with its local id (-1: not a term), for keyword extraction, when kept.
        let keeping = kept != nil
        var wordTerms = [Int32](repeating: -1, count: keeping ? ids.count : 0)
        var termEnds: [Int] = []
        termEnds.reserveCapacity(sentenceEnds.count)
        globalIDs.reserveCapacity(globalIDs.count + ids.count)  // at most one new term per word
        // The local entries are grown to the largest id first, so that the numbering reads them
        // through a pointer, as it does the ids and the lists it fills.
        if let largest = ids.max() { reserveLocals(through: Int(largest)) }
        let stamp = documentStamp
        let allTerms = [Int32](unsafeUninitializedCapacity: ids.count) { allTerms, initialized in
            var n = 0
            locals.withUnsafeMutableBufferPointer { locals in
                ids.withUnsafeBufferPointer { ids in
                    wordTerms.withUnsafeMutableBufferPointer { wordTerms in
                        var k = 0
                        for end in sentenceEnds {
                            while k < end {
                                let id = Int(ids[k])
                                if id >= 0 {
                                    var local = locals[id].local
                                    if locals[id].stamp != stamp {  // the term's first occurrence here
                                        local = Int32(globalIDs.count)
                                        locals[id] = LocalEntry(stamp: stamp, local: local)
                                        globalIDs.append(Int32(id))
                                    }
                                    allTerms[n] = local
                                    n += 1
                                    if keeping { wordTerms[k] = local }
                                }
                                k += 1
                            }
                            termEnds.append(n)
                        }
                    }
                }
            }
            initialized = n
        }
        var start = 0
        for end in termEnds {
            terms.append(allTerms[start..<end])
            start = end
        }
        if keeping {
            kept = DocumentWords(ranges: words.map(\.range), terms: wordTerms, sentenceEnds: sentenceEnds)
        }
    }
}

import PrecisText

/// A ``TermAnalyzer``'s hot state: the term id of every surface form seen, and the current
/// document's numbering of terms.
///
/// The surface table maps the bytes of a word as written to its term id (-1: not a term), so a
/// word is lower-cased and stemmed once per analyzer. The local numbering maps term ids to
/// document-local ids through a stamp per entry: an entry is valid when its stamp is the
/// current document's, so documents reuse the arrays without clearing them.
struct SurfaceCache {
    /// Surface form (bytes as written) → term id, or -1 for a word that is not a term.
    var surfaces = ByteStringTable()
    /// Term id → document-local id, valid where `localStamp` equals `documentStamp`.
    var localIndex: [Int32] = []
    var localStamp: [UInt32] = []
    var documentStamp: UInt32 = 0

    /// Starts a new document's local numbering of terms.
    mutating func beginDocument() {
        documentStamp &+= 1
        if documentStamp == 0 {  // wrapped around: clear the stamps once
            for k in localStamp.indices { localStamp[k] = 0 }
            documentStamp = 1
        }
    }

    /// The document-local id of a term id, if the current document has it.
    @inline(__always)
    func localID(of id: Int32) -> Int32? {
        let k = Int(id)
        return k < localStamp.count && localStamp[k] == documentStamp ? localIndex[k] : nil
    }

    /// Gives a term id the document-local id `local`.
    @inline(__always)
    mutating func setLocalID(_ local: Int32, for id: Int32) {
        let k = Int(id)
        if k >= localStamp.count {
            let size = max(k + 1, localStamp.count * 2, 1024)
            localStamp += [UInt32](repeating: 0, count: size - localStamp.count)
            localIndex += [Int32](repeating: 0, count: size - localIndex.count)
        }
        localStamp[k] = documentStamp
        localIndex[k] = local
    }

    /// The document-local id of a term id, numbering it (and recording it in `globalIDs`) on its
    /// first occurrence in the document.
    @inline(__always)
    mutating func localNumber(of id: Int32, globalIDs: inout [Int32]) -> Int32 {
        if let local = localID(of: id) { return local }
        let local = Int32(globalIDs.count)
        setLocalID(local, for: id)
        globalIDs.append(id)
        return local
    }

    /// The cached term id of a surface form. A mutating method, so that the look-up reads the
    /// table in place (through the closure's capture it would copy, and retain, its arrays).
    @inline(__always)
    mutating func cachedID(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, hash: UInt32) -> Int32? {
        surfaces.value(bytes, word, hash: hash)
    }

    /// Appends the document-local term ids of the words in `bytes[range]` to `terms`, in order.
    ///
    /// The per-token work is a hash of the word's bytes and a table probe; only a surface form
    /// never seen before calls `analyze` (lower-casing, stopwords, stemming).
    ///
    /// - Complexity: O(*n*) in the length of the range, plus `analyze` once per new surface.
    mutating func appendLocalTerms(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, tokenizer: Tokenizer,
        to terms: inout [Int32], globalIDs: inout [Int32], analyze: (Range<Int>) -> Int32
    ) {
        tokenizer.forEachToken(inUTF8: bytes, range: range) { token in
            guard token.kind == .word else { return }
            let word = token.range
            let hash = ByteStringTable.hash(bytes, word)
            let id: Int32
            if let cached = cachedID(bytes, word, hash: hash) {
                id = cached
            } else {
                id = analyze(word)
                surfaces.insert(bytes, word, hash: hash, value: id)
            }
            guard id >= 0 else { return }
            terms.append(localNumber(of: id, globalIDs: &globalIDs))
        }
    }
}

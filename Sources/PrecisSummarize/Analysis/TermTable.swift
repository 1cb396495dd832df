import PrecisText

/// Interned terms: each distinct term string gets the next integer id.
///
/// Keys are looked up by their UTF-8 bytes in a ``ByteStringTable`` (one FNV-1a hash, no
/// `String` hashing); the strings are kept only to name the ids.
struct TermTable {
    /// The string of each term id.
    private(set) var strings: [String] = []
    private var ids = ByteStringTable()

    /// The id of `term`, assigning the next one if it has none.
    mutating func intern(_ term: String) -> Int32 {
        var bytes = term
        return bytes.withUTF8 { intern(utf8: $0) }
    }

    /// The id of the term written in `utf8` (well-formed UTF-8), assigning the next one if it
    /// has none; a `String` is made only for a new term.
    mutating func intern(utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        let range = 0..<utf8.count
        let next = Int32(strings.count)
        let id = ids.value(utf8, range, hash: ByteStringTable.hash(utf8, range)) { next }
        if id == next { strings.append(String(decoding: utf8, as: UTF8.self)) }
        return id
    }

    /// The id of `term` if it has one.
    func id(of term: String) -> Int32? {
        var bytes = term
        return bytes.withUTF8 { utf8 in ids.value(utf8, 0..<utf8.count, hash: ByteStringTable.hash(utf8, 0..<utf8.count)) }
    }
}

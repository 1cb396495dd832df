extension Folding {
    /// ``key(_:)`` of the UTF-8 bytes `bytes[range]`, appended to `out` without making a `String`.
    ///
    /// Takes the same table-driven path as ``key(_:)`` for ASCII, Latin-1 and Latin Extended-A
    /// letters, spaces and apostrophes, and gives the same bytes; returns `false` (with `out` left
    /// partly written) for text that needs ICU, which callers then fold with ``key(_:)``.
    ///
    /// ```swift
    /// var out: [UInt8] = []
    /// Array("L’État  ".utf8).withUnsafeBufferPointer { Folding.appendKey($0, 0..<$0.count, to: &out) }   // true
    /// String(decoding: out, as: UTF8.self)   // "l'etat"
    /// ```
    ///
    /// - Precondition: the bytes are valid UTF-8 and `range` falls on scalar boundaries.
    /// - Complexity: O(`range.count`).
    package static func appendKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) -> Bool {
        let start = out.count
        var pendingSpace = false
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = out.count > start
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                continue
            }
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            let cls = ScalarClass.of(v)
            if cls.isWhitespace {
                pendingSpace = out.count > start
                i += length
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if cls == .apostrophe {
                out.append(0x27)
                i += length
                continue
            }
            guard v < 0x180 else { return false }
            let folded = latinFoldBytes[Int(v - 0x80)]
            if folded.isEmpty {
                if cls == .mark { return false }
                for k in i..<(i + length) { out.append(bytes[k]) }
            } else {
                out.append(contentsOf: folded)
            }
            i += length
        }
        return true
    }
}

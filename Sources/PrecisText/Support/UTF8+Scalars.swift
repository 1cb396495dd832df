/// Small, allocation-free helpers for walking UTF-8 bytes.
///
/// The text layer works on the UTF-8 bytes of the caller's `String` and reports every range as
/// byte offsets into them, so nothing is copied on the hot path.
enum UTF8Scalars {
    /// Decodes the scalar starting at `i` in well-formed UTF-8.
    ///
    /// - Returns: the scalar value and its length in bytes.
    /// - Precondition: `i < bytes.count` and the bytes are valid UTF-8 (Swift strings always are).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 < 0xE0, i + 1 < n {
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if i + 3 < n {
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Writes scalar `c` as UTF-8 at `o` and returns the number of bytes written (1 to 4).
    ///
    /// - Precondition: `out` has room for four bytes at `o`.
    @inline(__always)
    static func encode(_ c: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at o: Int) -> Int {
        if c < 0x80 {
            out[o] = UInt8(truncatingIfNeeded: c)
            return 1
        }
        if c < 0x800 {
            out[o] = UInt8(truncatingIfNeeded: 0xC0 | (c >> 6))
            out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F))
            return 2
        }
        if c < 0x1_0000 {
            out[o] = UInt8(truncatingIfNeeded: 0xE0 | (c >> 12))
            out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 6) & 0x3F))
            out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F))
            return 3
        }
        out[o] = UInt8(truncatingIfNeeded: 0xF0 | (c >> 18))
        out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 12) & 0x3F))
        out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 6) & 0x3F))
        out[o + 3] = UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F))
        return 4
    }

    /// The start of the scalar that ends just before `i` (`i > 0`).
    @inline(__always)
    static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Decodes the scalar that ends just before `i`, or `nil` at the start.
    @inline(__always)
    static func decodeBackward(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> (value: UInt32, start: Int)? {
        guard i > 0 else { return nil }
        let start = previousStart(bytes, before: i)
        return (decode(bytes, at: start).value, start)
    }
}

extension String {
    /// Runs `body` over this string's contiguous UTF-8 bytes, making them contiguous first if needed.
    ///
    /// The byte offsets of sentences and tokens index this buffer.
    @inline(__always)
    public func withUTF8Buffer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        copy.makeContiguousUTF8()
        return try copy.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// The text of a UTF-8 byte range of this string.
    ///
    /// Ranges produced by the text layer always fall on scalar boundaries.
    ///
    /// ```swift
    /// let text = "Le métavers"
    /// text.slice(3..<11)   // "métavers"
    /// ```
    public func slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return self[start..<end]
    }
}

import PrecisText

/// Counts words as ROUGE's scripts and the summary budgets do: runs of characters between
/// Unicode white space (Python's `str.split()`, `Character.isWhitespace`).
///
/// French puts no-break spaces before « : ; ! ? » and in "6 %", and the words they separate
/// count against the budget.
enum WordCounter {
    /// The number of whitespace-separated words in `bytes[range]` (valid UTF-8).
    ///
    /// Eight bytes at a time: a word starts at each non-space byte that follows a space. A
    /// block holding a control character or the lead byte of a possible non-ASCII space (C2,
    /// E1, E2, E3; E0 too) is read scalar by scalar.
    ///
    /// - Complexity: O(*n*) in the length of the range.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            if end - k >= 8, let nonSpace = nonSpaceFlags(bytes, at: k) {
                let starts = nonSpace & ~(nonSpace << 8 | (inWord ? 0x80 : 0))
                // One bit per byte at most: the multiply sums the eight bytes into the top one.
                words += Int(truncatingIfNeeded: ((starts >> 7) &* ByteBlock.ones) >> 56)
                inWord = nonSpace >> 63 != 0
                k += 8
                continue
            }
            // One scalar (or a continuation byte, when the previous block ended inside one).
            let blockEnd = min(k + 8, end)
            repeat {
                let (space, length) = scalar(bytes, at: k, end: end)
                if !space && !inWord { words += 1 }
                inWord = !space
                k += length
            } while k < blockEnd
        }
        return words
    }


    /// The high bit of each byte of the eight at `k` set where the byte is not white space, or
    /// `nil` when the block needs the scalar path.
    @inline(__always)
    private static func nonSpaceFlags(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> UInt64? {
        let w = ByteBlock.load(bytes, k)
        let high = w & ByteBlock.highs
        let low = w & ~ByteBlock.highs
        // Above 0x20 (or not ASCII): not a space.
        let above = ((low &+ 0x5F &* ByteBlock.ones) & ByteBlock.highs) | high
        // Exactly 0x20.
        let x = w ^ (0x20 &* ByteBlock.ones)
        let isSpace = ~(((x & ~ByteBlock.highs) &+ 0x7F &* ByteBlock.ones) | x) & ByteBlock.highs
        // Any other byte at or below 0x20 is a control character (tabs and newlines among them).
        guard ~above & ByteBlock.highs == isSpace else { return nil }
        // C2, or E0–E3 (E0 has no space but costs nothing to send to the scalar path).
        if high != 0 && (ByteBlock.contains(w, 0xC2) || ByteBlock.contains(w & ~(0x03 &* ByteBlock.ones), 0xE0)) { return nil }
        return above
    }

    /// Whether the scalar at `k` is white space, and the bytes to step over.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> (space: Bool, length: Int) {
        let b = bytes[k]
        if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D), 1) }
        if b & 0xC0 == 0x80 { return (false, 1) }  // a continuation byte
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        // Only U+0085, U+00A0 (lead C2), U+1680 (E1), U+2000–U+200A, U+2028, U+2029,
        // U+202F, U+205F (E2) and U+3000 (E3) are white space above ASCII.
        guard b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 else { return (false, length) }
        var v = UInt32(b) & (length == 2 ? 0x1F : 0x0F)
        for j in 1..<length where k + j < end { v = v << 6 | UInt32(bytes[k + j] & 0x3F) }
        return (isWhitespace(v), length)
    }

    /// Whether a scalar above ASCII has the Unicode `White_Space` property.
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

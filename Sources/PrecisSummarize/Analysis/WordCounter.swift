/// Counts words as ROUGE's scripts and the summary budgets do: runs of characters between
/// Unicode white space (Python's `str.split()`, `Character.isWhitespace`).
///
/// French puts no-break spaces before « : ; ! ? » and in "6 %", and the words they separate
/// count against the budget.
enum WordCounter {
    /// The number of whitespace-separated words in `bytes[range]` (valid UTF-8).
    ///
    /// - Complexity: O(*n*) in the length of the range; ASCII inside words takes a tight loop.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            if inWord {
                // Inside a word: skip ASCII bytes that are not white space in a tight loop.
                while k < end, bytes[k] > 0x20 && bytes[k] < 0x80 { k += 1 }
                guard k < end else { break }
            }
            let b = bytes[k]
            let space: Bool
            if b < 0x80 {
                space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                k += 1
            } else {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                // Only U+0085, U+00A0 (lead C2), U+1680 (E1), U+2000–U+200A, U+2028, U+2029,
                // U+202F, U+205F (E2) and U+3000 (E3) are white space above ASCII.
                if b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 {
                    var v = UInt32(b) & (length == 2 ? 0x1F : 0x0F)
                    for j in 1..<length where k + j < bytes.count { v = v << 6 | UInt32(bytes[k + j] & 0x3F) }
                    space = isWhitespace(v)
                } else {
                    space = false
                }
                k += length
            }
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return words
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

import PrecisText

extension Summarizer {
    /// The text of a sentence on one line: each run of line breaks made one space, line breaks
    /// at either end dropped — what `split(whereSeparator: \.isNewline).joined(separator: " ")`
    /// gives, computed on UTF-8 bytes.
    ///
    /// Line breaks are the scalars `Character.isNewline` accepts: LF, VT, FF, CR (and CR LF),
    /// NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). Each is a
    /// grapheme cluster of its own (CR LF is one), so cutting at scalars cuts where
    /// `Character`s would. A sentence without line breaks (nearly all) is copied as is.
    ///
    /// - Complexity: O(*n*) in the length of the sentence.
    static func oneLineText(_ text: String, range: Range<Int>) -> String {
        text.withUTF8Buffer { bytes in
            let sentence = UnsafeBufferPointer(rebasing: bytes[range])
            var first = 0
            while first < sentence.count, newlineLength(sentence, at: first) == 0 { first += 1 }
            guard first < sentence.count else { return String(decoding: sentence, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(sentence.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: sentence[..<first]))
            var pendingSpace = false
            var k = first
            while k < sentence.count {
                let length = newlineLength(sentence, at: k)
                if length > 0 {
                    pendingSpace = !out.isEmpty
                    k += length
                    continue
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(sentence[k])
                k += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The length in bytes of the line-break scalar at `k`, or 0.
    @inline(__always)
    private static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
        let b = bytes[k]
        if b >= 0x0A && b <= 0x0D { return 1 }
        if b == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0x85 { return 2 }
        if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9 { return 3 }
        return 0
    }
}

/// Candidate sentence boundaries in one paragraph by Unicode's sentence-break rules (UAX #29,
/// SB3–SB11), read straight from UTF-8 bytes: the ``SentenceSegmenter/Engine/rules`` engine's
/// replacement for ICU's iterator.
///
/// The candidates are what ICU's rule-based iterator gives before its abbreviation
/// suppressions: a break after every line break, and after `.`, `!`, `?` (and the other
/// sentence terminals) once closing quotes, brackets and spaces are passed, except
/// - before a digit right after a period ("3.5", SB6),
/// - between a letter, a period and a capital ("U.S", "www.Lemonde", SB7),
/// - when a period is followed, past spaces, digits and punctuation, by a lower-case letter
///   ("etc. et", "p. 12 et", SB8),
/// - before a comma, colon, dash or another terminal ("?!", "...", "? »,", SB8a).
///
/// ``SentenceRepairer`` then applies the same repairs to these candidates as to ICU's.
///
/// - Complexity: O(*n*) in the length of the paragraph; bytes that cannot start a terminal or a
///   line break are skipped sixteen at a time (``bytesBeforeMayStart(_:at:)``).
struct SentenceBreakRules {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The paragraph: no cut is reported at its end or past it.
    let paragraph: Range<Int>

    /// Appends the candidate cuts (sentence starts) inside the paragraph to `cuts`, and the
    /// positions of every `.` and `…` to `marks` (for ``SentenceRepairer``), both in order.
    func appendCuts(to cuts: inout [Int], marks: inout [Int]) {
        let end = paragraph.upperBound
        let mayStart = Self.mayStartBoundary
        var i = paragraph.lowerBound
        while i < end {
            // Sixteen bytes at a time to the first one that may start a boundary, then the table
            // decides (the block test flags a superset of its bytes, so it never skips one).
            while i + 16 <= end {
                let skipped = Self.bytesBeforeMayStart(bytes, at: i)
                i += skipped
                if skipped < 16 { break }
            }
            while i < end, !mayStart[Int(bytes[i])] { i += 1 }
            guard i < end else { break }
            let b = bytes[i]
            switch b {
            case 0x0A:  // LF: SB4
                if i + 1 < end { cuts.append(i + 1) }
                i += 1
            case 0x0D:  // CR, or CR LF as one separator (SB3)
                let next = i + 1 < end && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                if next < end { cuts.append(next) }
                i = next
            case 0x2E:
                marks.append(i)
                i = afterTerminal(start: i, end: i + 1, isPeriod: true, cuts: &cuts)
            case 0x21, 0x3F:
                i = afterTerminal(start: i, end: i + 1, isPeriod: false, cuts: &cuts)
            default:
                // A multi-byte scalar: a paragraph separator (U+0085, U+2028, U+2029) or a
                // terminal of another script (U+2024 ․, ‼, ⁇, 。, ！, ？, …).
                let (v, length) = UTF8Scalars.decode(bytes, at: i)
                if Self.isParagraphSeparator(v) {
                    if i + length < end { cuts.append(i + length) }
                    i += length
                } else if let isPeriod = Self.terminal(v) {
                    i = afterTerminal(start: i, end: i + length, isPeriod: isPeriod, cuts: &cuts)
                } else {
                    if v == 0x2026 { marks.append(i) }  // …
                    i += length
                }
            }
        }
    }

    /// Decides the boundary after the terminal at `start..<end`; appends the cut if there is
    /// one and returns where scanning resumes.
    private func afterTerminal(start: Int, end: Int, isPeriod: Bool, cuts: inout [Int]) -> Int {
        let limit = paragraph.upperBound
        var j = skipIgnorable(from: end)
        guard j < limit else { return j }
        var (v, length) = UTF8Scalars.decode(bytes, at: j)
        if isPeriod {
            // SB6: "3.5". SB7: "U.S", "tendue.Consternant" (the repairer splits the latter).
            if ScalarClass.of(v) == .digit { return j }
            if ScalarCase.isUppercaseInline(v), let before = scalar(before: start), ScalarClass.of(before) == .letter {
                return j
            }
        }
        // SB9–SB11: closing punctuation, then spaces, belong to the sentence that ends.
        while Self.isClose(v) {
            j = skipIgnorable(from: j + length)
            guard j < limit else { return j }
            (v, length) = UTF8Scalars.decode(bytes, at: j)
        }
        while Self.isSpace(v) {
            j = skipIgnorable(from: j + length)
            guard j < limit else { return j }
            (v, length) = UTF8Scalars.decode(bytes, at: j)
        }
        if isPeriod && lowercaseFollows(from: j) { return j }  // SB8
        if Self.isContinuation(v) || Self.terminal(v) != nil { return j }  // SB8a
        if Self.isParagraphSeparator(v) || v == 0x0A || v == 0x0D {
            // The break comes after the separator (SB11 with ParaSep?).
            var k = j + length
            if v == 0x0D, k < limit, bytes[k] == 0x0A { k += 1 }
            if k < limit { cuts.append(k) }
            return k
        }
        cuts.append(j)
        return j
    }

    /// SB8: past anything but letters, separators and terminals, a lower-case letter comes.
    private func lowercaseFollows(from i: Int) -> Bool {
        let limit = paragraph.upperBound
        var k = i
        while k < limit {
            let (v, length) = UTF8Scalars.decode(bytes, at: k)
            if ScalarClass.of(v) == .letter { return ScalarCase.isLowercaseInline(v) }
            if v == 0x0A || v == 0x0D || Self.isParagraphSeparator(v) || Self.terminal(v) != nil { return false }
            k += length
        }
        return false
    }

    /// The scalar before `i` in the paragraph, past combining marks and format characters.
    private func scalar(before i: Int) -> UInt32? {
        var k = i
        while k > paragraph.lowerBound, let (v, s) = UTF8Scalars.decodeBackward(bytes, before: k) {
            if ScalarClass.of(v) != .mark { return v }
            k = s
        }
        return nil
    }

    /// Skips combining marks and format characters (SB5: they take their base's class).
    @inline(__always)
    private func skipIgnorable(from i: Int) -> Int {
        var j = i
        while j < paragraph.upperBound, bytes[j] >= 0xC2 {
            let (v, length) = UTF8Scalars.decode(bytes, at: j)
            guard ScalarClass.of(v) == .mark else { break }
            j += length
        }
        return j
    }

    // MARK: classes

    /// Bytes that may start a line break or a terminal: LF, CR, `.`, `!`, `?`, the lead byte of
    /// U+0085, and lead bytes of scalars from U+0540 on (other scripts' terminals, U+2028…).
    private static let mayStartBoundary: [Bool] = (0..<256).map { b in
        b == 0x0A || b == 0x0D || b == 0x2E || b == 0x21 || b == 0x3F || b == 0xC2 || (b >= 0xD5 && b < 0xF8)
    }

    /// The number of bytes of `bytes[i..<i + 16]` before the first one that may start a
    /// boundary, 16 if none may: the bytes ``mayStartBoundary`` flags, and 0xF8–0xFF (never
    /// in UTF-8), compared all at once in the lanes of a vector.
    ///
    /// The comparisons take vector operands (a scalar operand makes the compiler compare lane
    /// by lane); a true lane of the mask is all ones, so the first true lane is the first
    /// non-zero byte of the mask read as two little-endian words.
    ///
    /// - Precondition: `i + 16 <= bytes.count`.
    @inline(__always)
    static func bytesBeforeMayStart(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        typealias Lanes = SIMD16<UInt8>
        let v = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: Lanes.self)
        let mask = (v .== Lanes(repeating: 0x2E)) .| (v .== Lanes(repeating: 0x21)) .| (v .== Lanes(repeating: 0x3F))
            .| (v .== Lanes(repeating: 0x0A)) .| (v .== Lanes(repeating: 0x0D)) .| (v .== Lanes(repeating: 0xC2))
            .| (v .>= Lanes(repeating: 0xD5))
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: halves[0])
        if low != 0 { return low.trailingZeroBitCount / 8 }
        let high = UInt64(littleEndian: halves[1])
        return high != 0 ? 8 + high.trailingZeroBitCount / 8 : 16
    }

    /// Whether ``appendCuts(to:marks:)`` stops at byte `b` (for tests).
    static func mayStartBoundary(_ b: UInt8) -> Bool { mayStartBoundary[Int(b)] }

    @inline(__always)
    static func isParagraphSeparator(_ v: UInt32) -> Bool { v == 0x85 || v == 0x2028 || v == 0x2029 }

    /// Whether `v` is a sentence terminal: `true` for a period-like one (ATerm), `false` for
    /// the others (STerm), `nil` when it is no terminal.
    @inline(__always)
    static func terminal(_ v: UInt32) -> Bool? {
        if v < 0x80 { return v == 0x2E ? true : (v == 0x21 || v == 0x3F) ? false : nil }
        if v < 0x370 { return nil }
        switch v {
        case 0x2024, 0xFE52, 0xFF0E: return true
        case 0x2000...0x203B, 0x203E...0x2046: return nil  // spaces, dashes, quotes, …
        default:
            return isSentenceTerminalByProperty(v) ? false : nil
        }
    }

    /// Unicode's Sentence_Terminal property, out of line: its types' set-up stays out of the
    /// callers' hot paths.
    @inline(never)
    private static func isSentenceTerminalByProperty(_ v: UInt32) -> Bool {
        Unicode.Scalar(v)?.properties.isSentenceTerminal ?? false
    }

    /// Spaces that are not line breaks (SB's Sp).
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Quotation marks and brackets (SB's Close).
    @inline(__always)
    static func isClose(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return v == 0x22 || v == 0x27 || v == 0x28 || v == 0x29 || v == 0x5B || v == 0x5D || v == 0x7B || v == 0x7D
        }
        if v < 0x100 { return v == 0xAB || v == 0xBB }
        if v >= 0x2018 && v <= 0x201F { return true }
        return isCloseByProperty(v)
    }

    /// ``isClose(_:)`` from Unicode's properties, out of line like
    /// ``isSentenceTerminalByProperty(_:)``.
    @inline(never)
    private static func isCloseByProperty(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation: return true
        default: return scalar.properties.isQuotationMark
        }
    }

    /// Marks that continue a sentence after a terminal (SB's SContinue).
    @inline(__always)
    static func isContinuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0x2D, 0x3A, 0x55D, 0x60C, 0x60D, 0x7F8, 0x1802, 0x1808, 0x2013, 0x2014, 0x3001,
             0xFE10, 0xFE11, 0xFE13, 0xFE31, 0xFE32, 0xFE50, 0xFE51, 0xFE55, 0xFE58, 0xFE63,
             0xFF0C, 0xFF0D, 0xFF1A, 0xFF64: true
        default: false
        }
    }
}

extension ScalarCase {
    /// ``isUppercase(_:)``, Latin-1 answered inline and other scalars out of line, so that the
    /// segmenter's hot functions do not set up the Unicode property types on every call.
    @inline(__always)
    static func isUppercaseInline(_ v: UInt32) -> Bool {
        v < 0x100 ? isUppercase(v) : isUppercaseOutOfLine(v)
    }

    /// ``isLowercase(_:)``, ASCII and U+00DF–U+00FF (the ranges it answers without Unicode's
    /// properties) inline, other scalars out of line.
    @inline(__always)
    static func isLowercaseInline(_ v: UInt32) -> Bool {
        v < 0x80 || (v >= 0xDF && v <= 0xFF) ? isLowercase(v) : isLowercaseOutOfLine(v)
    }

    @inline(never)
    static func isUppercaseOutOfLine(_ v: UInt32) -> Bool { isUppercase(v) }

    @inline(never)
    static func isLowercaseOutOfLine(_ v: UInt32) -> Bool { isLowercase(v) }
}

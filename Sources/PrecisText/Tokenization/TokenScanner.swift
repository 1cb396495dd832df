/// The hand-written UTF-8 scanner behind ``Tokenizer`` (the fast path), and the rules both
/// engines share: elision prefixes, number groups, URLs, e-mail addresses and initialisms.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// One past the last byte the scanner may read.
    let end: Int
    let splitsElisions: Bool
    /// Word boundaries from ICU, when the ICU engine runs: letter runs never cross them.
    var wordBoundaries: [Int] = []

    // MARK: reading

    /// The scalar at `i` and its length, or `(0, 0)` at or past the end.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        guard i < end else { return (0, 0) }
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let decoded = UTF8Scalars.decode(bytes, at: i)
        return i + decoded.length <= end ? decoded : (0, 0)
    }

    /// The class of the scalar at `i` and its length; `.newline` with length 0 at the end.
    @inline(__always)
    func classify(at i: Int) -> (ScalarClass, Int) {
        guard i < end else { return (.newline, 0) }
        let b = bytes[i]
        if b < 0x80 { return (ScalarClass.of(UInt32(b)), 1) }
        let (v, length) = scalar(at: i)
        return length == 0 ? (.newline, 0) : (ScalarClass.of(v), length)
    }

    @inline(__always)
    func byte(at i: Int) -> UInt8 { i < end ? bytes[i] : 0 }

    // MARK: the scan

    /// Calls `body` with every token from `start` to the end.
    mutating func scan(from start: Int, _ body: (Token) -> Void) {
        var i = start
        while i < end {
            let (cls, length) = classify(at: i)
            guard length > 0 else { return }  // a scalar cut by the range's end: nothing more to read
            switch cls {
            case .space, .newline, .other, .mark:
                i += length
            case .letter, .digit:
                let token = wordLikeToken(at: i, startingWith: cls)
                assert(token.range.upperBound > i, "empty token at \(i)")
                body(token)
                i = max(token.range.upperBound, i + length)
            case .symbol:
                body(Token(range: i..<i + length, kind: .symbol))
                i += length
            case .period:
                let j = ellipsisEnd(at: i)
                body(Token(range: i..<j, kind: .punctuation))
                i = j
            case .apostrophe, .hyphen, .comma, .punctuation:
                body(Token(range: i..<i + length, kind: .punctuation))
                i += length
            }
        }
    }

    /// The end of "..." (three or more periods) at `i`, or `i + 1` for a lone period.
    @inline(__always)
    func ellipsisEnd(at i: Int) -> Int {
        var j = i
        while byte(at: j) == UInt8(ascii: ".") { j += 1 }
        return j - i >= 3 ? j : i + 1
    }

    /// The token that starts with a letter or digit at `i`.
    func wordLikeToken(at i: Int, startingWith first: ScalarClass) -> Token {
        let core = coreEnd(at: i)
        // URLs, e-mail addresses, domains and initialisms continue past the first run with one
        // of these; only then is the slower check worth making.
        switch byte(at: core) {
        case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "+"):
            if let special = specialToken(at: i) { return special }
        default:
            break
        }
        if first == .digit, bytes[i] < 0x80 {  // other scripts' digits read as word characters
            let numberEnd = self.numberEnd(at: i)
            let (next, _) = classify(at: numberEnd)
            if next != .letter && next != .mark { return Token(range: i..<numberEnd, kind: .number) }
        }
        return wordToken(at: i, coreEnd: core)
    }

    /// End of the run of letters, digits and marks at `i`.
    @inline(__always)
    func coreEnd(at i: Int) -> Int {
        let limit = wordBoundaries.isEmpty ? end : nextBoundary(after: i)
        var j = i
        while j < limit {
            let b = bytes[j]
            if b < 0x80 {
                // ASCII fast path: letters and digits continue the word. One shift of a bit mask
                // (digits in the low 64 code points, letters in the high 64) tests the byte.
                let mask: UInt64 = b < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
                if (mask >> UInt64(b & 63)) & 1 != 0 { j += 1; continue }
                return j
            }
            let (cls, length) = classify(at: j)
            guard cls.isWordCharacter, length > 0 else { return j }
            j += length
        }
        return min(j, limit)
    }

    /// The first ICU word boundary after `i` (or the end).
    func nextBoundary(after i: Int) -> Int {
        var low = 0
        var high = wordBoundaries.count
        while low < high {
            let mid = (low + high) / 2
            if wordBoundaries[mid] <= i { low = mid + 1 } else { high = mid }
        }
        return low < wordBoundaries.count ? wordBoundaries[low] : end
    }

    /// A word from `i`: letter runs joined by inner hyphens and apostrophes, with a French
    /// elision split off at its start. `coreEnd` gives the end of the first run when the caller
    /// (the ICU engine) already knows it.
    func wordToken(at i: Int, coreEnd firstCoreEnd: Int?) -> Token {
        var j = firstCoreEnd ?? coreEnd(at: i)
        var hyphenated = false
        var isFirstRun = true
        while j < end {
            let (cls, length) = classify(at: j)
            if cls == .hyphen {
                let (after, _) = classify(at: j + length)
                guard after.isWordCharacter else { break }
                hyphenated = true
                j = coreEnd(at: j + length)
            } else if cls == .apostrophe {
                let (after, _) = classify(at: j + length)
                guard after == .letter else { break }
                if isFirstRun, !hyphenated, splitsElisions, isElisionPrefix(i..<j) {
                    return Token(range: i..<j + length, kind: .word, isElision: true)
                }
                j = coreEnd(at: j + length)
            } else {
                break
            }
            isFirstRun = false
        }
        return Token(range: i..<j, kind: .word, isHyphenated: hyphenated)
    }

    // MARK: shared rules

    /// Whether the letters in `range` are a French elided word: l d j m t s n c qu jusqu
    /// lorsqu puisqu quoiqu (any case).
    func isElisionPrefix(_ range: Range<Int>) -> Bool {
        let n = range.count
        guard n >= 1, n <= 7 else { return false }
        var lower: UInt64 = 0
        for k in range {
            let b = bytes[k]
            guard b < 0x80 else { return false }
            lower = lower << 8 | UInt64(b | 0x20)
        }
        switch n {
        case 1:
            switch UInt8(truncatingIfNeeded: lower) {
            case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "j"), UInt8(ascii: "m"),
                 UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "n"), UInt8(ascii: "c"):
                return true
            default: return false
            }
        case 2: return lower == Self.pack("qu")
        case 5: return lower == Self.pack("jusqu")
        case 6: return lower == Self.pack("lorsqu") || lower == Self.pack("puisqu") || lower == Self.pack("quoiqu")
        default: return false
        }
    }

    private static func pack(_ s: StaticString) -> UInt64 {
        var value: UInt64 = 0
        s.withUTF8Buffer { for b in $0 { value = value << 8 | UInt64(b) } }
        return value
    }

    /// The end of the number at `i`: digits with inner `.` or `,` separators ("2.846", "3,6",
    /// "1,234.5") and French space groups ("1 234,5": a first group of one to three digits, then
    /// groups of exactly three after a space, NBSP, U+202F or U+2009).
    func numberEnd(at i: Int) -> Int {
        var j = digitsEnd(at: i)
        var groupable = j - i <= 3
        while j < end {
            let b = bytes[j]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") {
                let k = digitsEnd(at: j + 1)
                guard k > j + 1 else { break }
                groupable = false
                j = k
                continue
            }
            guard groupable else { break }
            let (cls, length) = classify(at: j)
            guard cls == .space, length > 0 else { break }
            let k = digitsEnd(at: j + length)
            guard k - (j + length) == 3 else { break }
            let (after, _) = classify(at: k)
            guard !after.isWordCharacter else { break }
            j = k
        }
        return j
    }

    @inline(__always)
    func digitsEnd(at i: Int) -> Int {
        var j = i
        while j < end, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
        return j
    }

    /// A URL, e-mail address, domain name or initialism starting at `i`, if one does.
    func specialToken(at i: Int) -> Token? {
        let (_, firstLength) = classify(at: i)
        if byte(at: i + firstLength) == UInt8(ascii: "."), let initialism = initialismEnd(at: i) {
            return Token(range: i..<initialism, kind: .word)
        }
        // Cheap gate: a special token needs `:`, `.`, `@`, `_` or `+` right after a short
        // alphanumeric run, followed by something that is not a space.
        var j = i
        while j < end, j - i < 64 {
            let b = bytes[j]
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") {
                j += 1
            } else {
                break
            }
        }
        let stop = byte(at: j)
        guard stop == UInt8(ascii: ".") || stop == UInt8(ascii: ":") || stop == UInt8(ascii: "@")
                || stop == UInt8(ascii: "_") || stop == UInt8(ascii: "+") else { return nil }
        let (after, _) = classify(at: j + 1)
        guard after == .letter || after == .digit || after == .punctuation && stop == UInt8(ascii: ":")
                || after == .hyphen && j - i == 1 else { return nil }
        let runEnd = self.runEnd(at: i)
        let run = i..<runEnd
        if let url = urlEnd(in: run) { return Token(range: i..<url, kind: .url) }
        if let email = emailEnd(in: run) { return Token(range: i..<email, kind: .email) }
        if let domain = domainEnd(in: run) { return Token(range: i..<domain, kind: .url) }
        return nil
    }

    /// End of the maximal run without spaces, quotes or brackets at `i` (at most 2,048 bytes).
    func runEnd(at i: Int) -> Int {
        var j = i
        while j < end, j - i < 2048 {
            let (cls, length) = classify(at: j)
            if cls.isWhitespace || length == 0 { break }
            let b = bytes[j]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") { break }
            if cls == .punctuation, b >= 0x80 { break }  // « » “ ” and other non-ASCII punctuation
            j += length
        }
        return j
    }

    /// "U.S.", "J.-C.", "É.-U.", "e.g.", "a.m.": single letters each followed by a period, at
    /// least two of them, optionally joined by hyphens.
    func initialismEnd(at i: Int) -> Int? {
        var j = i
        var letters = 0
        while true {
            let (cls, length) = classify(at: j)
            guard cls == .letter, byte(at: j + length) == UInt8(ascii: ".") else { break }
            j += length + 1
            letters += 1
            if byte(at: j) == UInt8(ascii: "-") {
                let (next, nextLength) = classify(at: j + 1)
                if next == .letter, byte(at: j + 1 + nextLength) == UInt8(ascii: ".") { j += 1 }
            }
        }
        return letters >= 2 ? j : nil
    }

    /// A URL with a scheme ("https://…") or starting with "www.", trimmed of trailing punctuation.
    func urlEnd(in run: Range<Int>) -> Int? {
        let start = run.lowerBound
        let hasScheme = hasPrefix("https://", at: start) || hasPrefix("http://", at: start)
            || hasPrefix("ftp://", at: start)
        guard hasScheme || hasPrefix("www.", at: start) else { return nil }
        let trimmed = trimTrailingPunctuation(run)
        return trimmed > start + 4 ? trimmed : nil
    }

    /// An e-mail address: local part, `@`, a domain with a dot.
    func emailEnd(in run: Range<Int>) -> Int? {
        var at = -1
        for k in run where bytes[k] == UInt8(ascii: "@") { at = k; break }
        guard at > run.lowerBound else { return nil }
        for k in run.lowerBound..<at {
            let b = bytes[k]
            let ok = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "+")
            guard ok else { return nil }
        }
        let domainEnd = labelsEnd(at: at + 1, limit: run.upperBound)
        guard domainEnd.labels >= 2 else { return nil }
        return domainEnd.end
    }

    /// A bare domain name whose last label is a common top-level domain ("lemonde.fr",
    /// "Booking.com"), with an optional path.
    func domainEnd(in run: Range<Int>) -> Int? {
        let labels = labelsEnd(at: run.lowerBound, limit: run.upperBound)
        guard labels.labels >= 2, let tld = labels.lastLabel, Self.isTopLevelDomain(tld, in: bytes) else { return nil }
        var j = labels.end
        if byte(at: j) == UInt8(ascii: "/") && j < run.upperBound {
            j = trimTrailingPunctuation(j..<run.upperBound)
        }
        return j
    }

    /// Dot-separated labels of ASCII letters, digits and hyphens from `i`.
    func labelsEnd(at i: Int, limit: Int) -> (end: Int, labels: Int, lastLabel: Range<Int>?) {
        var j = i
        var labels = 0
        var last: Range<Int>?
        while j < limit {
            let labelStart = j
            while j < limit {
                let b = bytes[j]
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") {
                    j += 1
                } else {
                    break
                }
            }
            guard j > labelStart else { j = labelStart; break }
            labels += 1
            last = labelStart..<j
            guard j + 1 < limit, bytes[j] == UInt8(ascii: "."), Self.isLabelByte(bytes[j + 1]) else { break }
            j += 1
        }
        if let l = last, j > l.upperBound { j = l.upperBound }
        return (j, labels, last)
    }

    @inline(__always)
    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
    }

    private static let topLevelDomains: Set<String> = [
        "com", "org", "net", "fr", "eu", "io", "ai", "be", "ch", "ca", "uk", "de", "es", "it", "info",
        "tv", "co", "us", "me", "app", "dev", "news", "edu", "gov", "int", "lu", "mc", "ma", "tn", "dz",
        "sn", "ci", "re", "nc", "pf", "qc", "biz", "ly", "gouv",
    ]

    /// Whether the label is a common top-level domain written in lower case.
    static func isTopLevelDomain(_ label: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard label.count >= 2, label.count <= 4 else { return false }
        var s = ""
        for k in label {
            let b = bytes[k]
            guard b >= 0x61, b <= 0x7A else { return false }
            s.unicodeScalars.append(Unicode.Scalar(b))
        }
        return topLevelDomains.contains(s)
    }

    /// Drops trailing punctuation that ends a sentence or closes a quote, keeping a `)` that
    /// closes a `(` inside the run.
    func trimTrailingPunctuation(_ run: Range<Int>) -> Int {
        var j = run.upperBound
        var open = 0
        for k in run where bytes[k] == UInt8(ascii: "(") { open += 1 }
        for k in run where bytes[k] == UInt8(ascii: ")") { open -= 1 }
        while j > run.lowerBound {
            let b = bytes[j - 1]
            if b == UInt8(ascii: ")") && open < 0 { open += 1; j -= 1; continue }
            if b >= 0x80 {
                let start = UTF8Scalars.previousStart(bytes, before: j)
                if ScalarClass.of(UTF8Scalars.decode(bytes, at: start).value) == .punctuation
                    || ScalarClass.of(UTF8Scalars.decode(bytes, at: start).value) == .apostrophe {
                    j = start
                    continue
                }
                break
            }
            switch b {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "]"):
                j -= 1
            default:
                return j
            }
        }
        return j
    }

    func hasPrefix(_ prefix: StaticString, at i: Int) -> Bool {
        prefix.withUTF8Buffer { p in
            guard i + p.count <= end else { return false }
            for k in 0..<p.count where bytes[i + k] | 0x20 != p[k] | 0x20 { return false }
            return true
        }
    }
}

/// The repairs ``SentenceSegmenter`` applies to the candidate sentence boundaries of one
/// paragraph, from either engine (``SentenceBreakRules`` or ICU's iterator).
struct SentenceRepairer {
    let bytes: UnsafeBufferPointer<UInt8>
    let abbreviations: Set<String>
    /// The same words by their UTF-8 bytes, for look-ups without a `String`.
    let abbreviationTable: ByteStringTable
    /// The length in bytes of the longest of the words (or more).
    let longestAbbreviation: Int
    var paragraph: Range<Int> = 0..<0 {
        didSet { quoteCursor = paragraph.lowerBound; quoteCount = 0 }
    }
    /// Straight double quotes counted in `paragraph` up to `quoteCursor` (cuts come in order).
    private var quoteCursor = 0
    private var quoteCount = 0

    init(bytes: UnsafeBufferPointer<UInt8>, abbreviations: Set<String>, abbreviationTable: ByteStringTable,
         longestAbbreviation: Int) {
        self.bytes = bytes
        self.abbreviations = abbreviations
        self.abbreviationTable = abbreviationTable
        self.longestAbbreviation = longestAbbreviation
    }

    // MARK: reading

    @inline(__always)
    private func scalar(at i: Int) -> UInt32? {
        guard i < paragraph.upperBound else { return nil }
        return UTF8Scalars.decode(bytes, at: i).value
    }

    @inline(__always)
    private func scalarLength(at i: Int) -> Int { UTF8Scalars.decode(bytes, at: i).length }

    @inline(__always)
    private func scalar(before i: Int) -> (value: UInt32, start: Int)? {
        guard i > paragraph.lowerBound else { return nil }
        return UTF8Scalars.decodeBackward(bytes, before: i)
    }

    /// Skips white space forward from `i`.
    private func skipSpace(from i: Int) -> Int {
        var j = i
        while let v = scalar(at: j), Self.isWhitespace(v) { j += scalarLength(at: j) }
        return j
    }

    /// Skips white space backward from `i`.
    private func skipSpace(before i: Int) -> Int {
        var j = i
        while let (v, start) = scalar(before: j), Self.isWhitespace(v) { j = start }
        return j
    }

    // MARK: repairs

    /// Applies every repair to the candidate cuts (sentence starts) inside the paragraph.
    ///
    /// `marks`, when given, lists the positions of every `.` and `…` in the paragraph, in
    /// order (the rules engine records them as it scans); without it the paragraph is scanned
    /// for the marks ICU may have missed.
    mutating func repair(_ cuts: [Int], marks: [Int]? = nil) -> [Int] {
        var repaired: [Int] = []
        repaired.reserveCapacity(cuts.count + 8)
        for cut in cuts {
            if let kept = adjust(cut: cut) {
                if kept > (repaired.last ?? paragraph.lowerBound) && kept < paragraph.upperBound { repaired.append(kept) }
            }
        }
        // Breaks the rules miss: glued sentences and ellipses.
        let added = marks.map(missedCuts(atMarks:)) ?? missedCuts()
        guard !added.isEmpty else { return repaired }
        Self.merge(added, into: &repaired)
        return repaired
    }

    /// Merges `added` into `cuts`, which is sorted and stays so, without repeats: the union of
    /// both, as a set, in order. `added` need not be sorted.
    static func merge(_ added: [Int], into cuts: inout [Int]) {
        let added = isSorted(added) ? added : added.sorted()
        var a = cuts.count - 1
        var b = added.count - 1
        cuts.append(contentsOf: added)
        // From the back: the larger of the two last ones takes the last free place.
        var w = cuts.count - 1
        while b >= 0 {
            if a >= 0, cuts[a] > added[b] {
                cuts[w] = cuts[a]
                a -= 1
            } else {
                cuts[w] = added[b]
                b -= 1
            }
            w -= 1
        }
        // Repeats are now neighbours: keep the first of each run.
        var kept = 0
        for k in cuts.indices where kept == 0 || cuts[k] != cuts[kept - 1] {
            cuts[kept] = cuts[k]
            kept += 1
        }
        cuts.removeSubrange(kept...)
    }

    private static func isSorted(_ values: [Int]) -> Bool {
        for k in values.indices.dropFirst() where values[k - 1] > values[k] { return false }
        return true
    }

    /// Where a candidate cut should stand, or `nil` if it is no sentence boundary.
    mutating func adjust(cut: Int) -> Int? {
        let previousEnd = skipSpace(before: cut)
        guard previousEnd > paragraph.lowerBound else { return nil }
        var start = skipSpace(from: cut)
        guard let first = scalar(at: start) else { return nil }
        let brokeAtLine = containsLineBreak(previousEnd..<start)
        guard let (last, lastStart) = scalar(before: previousEnd) else { return nil }

        if brokeAtLine {
            // A line break ends a sentence unless the line runs on into a lower-case word.
            if !Self.isTerminal(last), isLowercaseWordStart(at: start) { return nil }
            return cut
        }
        // Closing quotes and brackets belong to the sentence they close.
        if isCloser(first, at: start) {
            var j = start
            while let v = scalar(at: j), isCloser(v, at: j) || Self.isWhitespace(v) {
                j += scalarLength(at: j)
            }
            guard let next = scalar(at: j) else { return nil }
            if Self.isContinuation(next) || isLowercaseWordStart(at: j) { return nil }
            start = j
            return start
        }
        if Self.isContinuation(first) || isLowercaseWordStart(at: start) { return nil }
        if last == 0x2E /* . */ && isAbbreviation(endingAt: lastStart) { return nil }
        return cut
    }

    /// Cuts for glued sentences ("tendue.Consternant") and for ellipses before a capital.
    func missedCuts() -> [Int] {
        var cuts: [Int] = []
        var i = paragraph.lowerBound
        let end = paragraph.upperBound
        let mayStartMark = Self.mayStartMark
        while i < end {
            // Skip to the next byte that may start a mark: . ! ? or the lead byte of …
            while i < end, !mayStartMark[Int(bytes[i])] { i += 1 }
            guard i < end else { break }
            let b = bytes[i]
            if b == 0x2E || b == 0x21 || b == 0x3F {  // . ! ?
                if let cut = gluedCut(at: i) { cuts.append(cut) }
                if b == 0x2E, let cut = overSuppressedCut(at: i) { cuts.append(cut) }
                i += 1
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {  // …
                let after = skipSpace(from: i + 3)
                if isSentenceStart(at: after), !isLowercaseWordStart(at: after) { cuts.append(after) }
                i += 3
            } else {
                i += 1
            }
        }
        return cuts
    }

    /// The cuts of ``missedCuts()`` that the rules engine's candidates lack, from the marks it
    /// recorded: glued sentences after a period ("tendue.Consternant": UAX #29 keeps a letter,
    /// a period and a capital together) and ellipses before a capital ("…" is no terminal
    /// there). After `!` and `?`, and for ICU's suppressed breaks, the rules already cut.
    func missedCuts(atMarks marks: [Int]) -> [Int] {
        var cuts: [Int] = []
        for i in marks {
            if bytes[i] == 0x2E {
                if mayPrecedeGluedSentence(i), let cut = gluedCut(at: i) { cuts.append(cut) }
            } else {
                let after = skipSpace(from: i + 3)
                if isSentenceStart(at: after), !isLowercaseWordStart(at: after) { cuts.append(after) }
            }
        }
        return cuts
    }

    /// The bytes ``missedCuts()`` stops at.
    private static let mayStartMark: [Bool] = (0..<256).map { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0xE2 }

    /// A cut ICU's suppression list wrongly removed: `fr@ss=standard` keeps "locaux. Le" together
    /// (it takes "aux." for an abbreviation). A lower-case word that is not one of our
    /// abbreviations, a period, spaces, then a capitalized word: that is a sentence end.
    private func overSuppressedCut(at i: Int) -> Int? {
        let next = i + 1
        guard let space = scalar(at: next), ScalarClass.of(space) == .space else { return nil }
        let start = skipSpace(from: next)
        guard let upper = scalar(at: start), ScalarCase.isUppercaseInline(upper),
              let lower = scalar(at: start + scalarLength(at: start)), ScalarCase.isLowercaseInline(lower) else { return nil }
        // The word before the period: lower-case letters only, at least two.
        var k = i
        var letters = 0
        while letters < 32, let (v, s) = scalar(before: k), ScalarClass.of(v) == .letter {
            guard ScalarCase.isLowercaseInline(v) else { return nil }
            letters += 1
            k = s
        }
        guard letters >= 2, !isAbbreviation(endingAt: i) else { return nil }
        if let (v, _) = scalar(before: k), v == 0x2E || v == 0x2D || v == 0x27 || v == 0x2019 { return nil }  // "U.S.", "J.-C.", "l'ex."
        if isInsideAddress(at: i) { return nil }
        return start
    }

    /// Whether ``gluedCut(at:)`` may find a cut after the mark at `i`: its first test, inline,
    /// which most periods fail (a space or a lower-case letter follows them).
    @inline(__always)
    private func mayPrecedeGluedSentence(_ i: Int) -> Bool {
        let next = i + 1
        guard next < paragraph.upperBound else { return false }
        let b = bytes[next]
        return b >= 0x80 || (b >= 0x41 && b <= 0x5A)
    }

    /// A cut right after the terminal mark at `i` when a sentence is glued to it.
    private func gluedCut(at i: Int) -> Int? {
        let next = i + 1
        guard let upper = scalar(at: next), ScalarCase.isUppercaseInline(upper) else { return nil }
        let afterUpper = next + scalarLength(at: next)
        guard let lower = scalar(at: afterUpper) else { return nil }
        guard let (previous, previousStart) = scalar(before: i) else { return nil }
        if !ScalarCase.isLowercaseInline(lower) {
            // A title glued to the end of a sentence: "riverains.M. Wahl", "l'AFP.M. Casanova"
            // (two letters or digits before the period: not an initial, "J.M. Dupont").
            guard bytes[i] == 0x2E, startsGluedTitle(at: next),
                  let (beforePrevious, _) = scalar(before: previousStart),
                  ScalarClass.of(previous).isWordCharacter, ScalarClass.of(beforePrevious).isWordCharacter,
                  !isInsideAddress(at: i) else { return nil }
            return next
        }
        if bytes[i] == 0x2E {
            // "tendue.Consternant", "2019.Le": a lower-case letter or digit before the period,
            // and not the end of an abbreviation.
            guard ScalarCase.isLowercaseInline(previous) || (previous >= 0x30 && previous <= 0x39) else { return nil }
            if isAbbreviation(endingAt: i) { return nil }
        } else {
            guard !Self.isWhitespace(previous) else { return nil }
        }
        if isInsideAddress(at: i) { return nil }
        return next
    }

    /// Whether a listed abbreviation written in capitals ("M", "MM"), its period and a space
    /// start at `i`.
    private func startsGluedTitle(at i: Int) -> Bool {
        var k = i
        while k < paragraph.upperBound, k - i < 8, bytes[k] >= 0x41 && bytes[k] <= 0x5A { k += 1 }
        guard k > i, k + 1 < paragraph.upperBound, bytes[k] == 0x2E, bytes[k + 1] == 0x20 else { return false }
        return isListedAbbreviation(i..<k)
    }

    /// Whether `bytes[range]` is one of the language's abbreviations.
    private func isListedAbbreviation(_ range: Range<Int>) -> Bool {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        if word.allSatisfy({ $0 < 0xCC }) {
            return abbreviationTable.value(bytes, range, hash: ByteStringTable.hash(bytes, range)) != nil
        }
        return abbreviations.contains(String(decoding: word, as: UTF8.self))
    }

    /// Whether the non-space run around `i` is a URL, e-mail address or domain name.
    private func isInsideAddress(at i: Int) -> Bool {
        // Addresses are short: look at most 256 bytes each way, so long runs stay linear.
        var start = i
        while i - start < 256, let (v, s) = scalar(before: start), !Self.isWhitespace(v) { start = s }
        var end = i
        while end - i < 256, let v = scalar(at: end), !Self.isWhitespace(v) { end += scalarLength(at: end) }
        var sawAt = false
        var k = start
        while k < end {
            let b = bytes[k]
            if b == 0x40 { sawAt = true }
            if b == 0x3A, k + 2 < end, bytes[k + 1] == 0x2F, bytes[k + 2] == 0x2F { return true }  // ://
            k += 1
        }
        if sawAt { return true }
        if end - start >= 4, bytes[start] | 0x20 == 0x77, bytes[start + 1] | 0x20 == 0x77,
           bytes[start + 2] | 0x20 == 0x77, bytes[start + 3] == 0x2E {
            return true
        }
        return false
    }

    /// Whether the word that ends just before the period at `period` is an abbreviation, an
    /// initial ("J.", "W.") or an initialism ("U.S", "J.-C", "É.-U").
    func isAbbreviation(endingAt period: Int) -> Bool {
        var start = period
        var letters = 0
        var hasInnerPeriod = false
        // Whether a scalar from U+0300 on is in the word (a byte from 0xCC on).
        var hasCombiningRange = false
        while period - start < 64, start > paragraph.lowerBound {
            let b = bytes[start - 1]
            if b < 0x80 {
                // ASCII, the usual case, without decoding: the same classes as below.
                if Self.isASCIILetter(b) {
                    letters += 1
                } else if b == 0x2E || b == 0x2D {
                    hasInnerPeriod = hasInnerPeriod || b == 0x2E
                } else {
                    break
                }
                start -= 1
                continue
            }
            guard let (v, s) = scalar(before: start) else { break }
            let cls = ScalarClass.of(v)
            if cls == .letter || cls == .mark || v == 0xB0 /* ° */ {
                letters += 1
            } else if v == 0x2E || v == 0x2D {
                hasInnerPeriod = hasInnerPeriod || v == 0x2E
            } else {
                break
            }
            hasCombiningRange = hasCombiningRange || v >= 0x300
            start = s
        }
        guard letters > 0 else { return false }
        // Trim leading punctuation the loop may have taken ("-M").
        while start < period, bytes[start] == 0x2E || bytes[start] == 0x2D { start += 1 }
        let wordBytes = UnsafeBufferPointer(rebasing: bytes[start..<period])
        if !hasCombiningRange {
            // Scalars below U+0300 only: such a word is canonically equal to a listed one (all
            // of them are made of such scalars, hence NFC) exactly when their bytes are equal,
            // so a word longer than every listed one is none of them.
            if wordBytes.count <= longestAbbreviation {
                let hash = ByteStringTable.hash(bytes, start..<period)
                if abbreviationTable.value(bytes, start..<period, hash: hash) != nil { return true }
            }
        } else if abbreviations.contains(String(decoding: wordBytes, as: UTF8.self)) {
            return true
        }
        if hasInnerPeriod {
            // A title glued to the sentence before it ("riverains.M. Wahl"): the last part is
            // an abbreviation and the part before it a word of two letters or more.
            if let offset = wordBytes.lastIndex(of: 0x2E), offset >= 2, offset + 1 < wordBytes.count,
               ScalarClass.of(UTF8Scalars.decodeBackward(bytes, before: start + offset)?.value ?? 0) == .letter,
               !wordBytes[..<offset].contains(0x2E),
               isListedAbbreviation(start + offset + 1..<period) {
                return true
            }
            // Initialisms: every part is one letter ("U.S", "J.-C", "a.m").
            let word = String(decoding: wordBytes, as: UTF8.self)
            let parts = word.split(whereSeparator: { $0 == "." || $0 == "-" })
            return parts.allSatisfy { $0.count == 1 }
        }
        // A single capital is an initial ("George W. Bush", "J. Dupont"); a scalar takes at most
        // four bytes, so longer words are not counted.
        guard wordBytes.count <= 4 else { return false }
        let scalarCount = wordBytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        if scalarCount == 1, ScalarCase.isUppercaseInline(UTF8Scalars.decode(bytes, at: start).value) {
            return true
        }
        return false
    }

    // MARK: character tests

    /// Whether `v` is white space (`ScalarClass.of(v).isWhitespace`), ASCII without the table:
    /// tab to carriage return, and the space.
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return ScalarClass.of(v).isWhitespace
    }

    /// Whether ASCII byte `b` is a letter (`ScalarClass.of(b) == .letter`, fast).
    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    private func containsLineBreak(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            if v < 0x80 ? (v >= 0x0A && v <= 0x0D) : ScalarClass.of(v) == .newline { return true }
            i += length
        }
        return false
    }

    /// Marks that end a line as a sentence or heading would.
    private static func isTerminal(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2026, 0xBB, 0x22, 0x201D, 0x29: true
        default: false
        }
    }

    /// Marks that continue a sentence when they start what ICU took for a new one.
    private static func isContinuation(_ v: UInt32) -> Bool {
        v == 0x2C || v == 0x3B || v == 0x3A || v == 0x2D || v == 0x2013 || v == 0x2014  // , ; : - – —
    }

    /// Closing quotes and brackets; a straight double quote closes when the sentence before it
    /// holds an odd number of them, unless it stands between a space and a word.
    private mutating func isCloser(_ v: UInt32, at i: Int) -> Bool {
        switch v {
        case 0xBB, 0x201D, 0x29, 0x5D, 0x203A: return true  // » ” ) ] ›
        case 0x22:
            // After a space and before a word, a quote opens, whatever the count says
            // (a paragraph may hold an unpaired one).
            if let (before, _) = scalar(before: i), Self.isWhitespace(before),
               let after = scalar(at: i + 1), ScalarClass.of(after).isWordCharacter {
                return false
            }
            if i < quoteCursor { quoteCursor = paragraph.lowerBound; quoteCount = 0 }
            while quoteCursor < i {
                if bytes[quoteCursor] == 0x22 { quoteCount += 1 }
                quoteCursor += 1
            }
            return quoteCount % 2 == 1
        default: return false
        }
    }

    /// Whether a word starting with a lower-case letter starts at `i` ("etc. et", but not
    /// "iPhone" or "eBay", which are names).
    private func isLowercaseWordStart(at i: Int) -> Bool {
        guard let v = scalar(at: i), ScalarCase.isLowercaseInline(v) else { return false }
        let next = i + scalarLength(at: i)
        if let w = scalar(at: next), ScalarCase.isUppercaseInline(w) { return false }
        return true
    }

    /// Whether a sentence could start at `i`: a capital, digit, or opening quote.
    private func isSentenceStart(at i: Int) -> Bool {
        guard let v = scalar(at: i) else { return false }
        return ScalarCase.isUppercaseInline(v) || v == 0xAB || v == 0x201C || v == 0x22 || (v >= 0x30 && v <= 0x39)
    }

    /// `range` without leading and trailing white space, controls and zero-width spaces, or
    /// `nil` if nothing is left.
    func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let (v, length) = UTF8Scalars.decode(bytes, at: start)
            guard Self.isTrimmed(v) else { break }
            start += length
        }
        while end > start {
            guard let (v, s) = UTF8Scalars.decodeBackward(bytes, before: end) else { break }
            guard Self.isTrimmed(v) else { break }
            end = s
        }
        return end > start ? start..<end : nil
    }

    @inline(__always)
    static func isTrimmed(_ v: UInt32) -> Bool {
        // ASCII: controls but NUL, and the space (white space or `.other`).
        if v < 0x80 { return (v >= 0x01 && v <= 0x20) || v == 0x7F }
        let cls = ScalarClass.of(v)
        return cls.isWhitespace || (cls == .other && v != 0) || v == 0x200B || v == 0x2060 || v == 0xFEFF
    }
}

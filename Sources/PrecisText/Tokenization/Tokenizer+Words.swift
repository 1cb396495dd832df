extension Tokenizer {
    /// Calls `body` with the byte range of each word token (``Token/Kind/word``) of a range of
    /// UTF-8 bytes: exactly the words ``forEachToken(inUTF8:range:_:)`` finds, faster.
    ///
    /// Term analysis needs only the words. A run of ASCII letters and digits (and the Latin-1
    /// letters of French, "é", "ç", "œ"), starting with a letter and ending before a space or a
    /// punctuation mark that cannot continue a token, is a word whatever the rules say, so it is
    /// taken in one tight loop. Anything else (a digit first, a hyphen, an apostrophe, a period,
    /// `:`, `@`, `_`, `+` or another script after the run) goes through the full rules, from the
    /// same position. Bytes that cannot start a word are skipped without building tokens.
    ///
    /// ```swift
    /// let text = "L'IA de Meta, à 3,6 %."
    /// var words: [String] = []
    /// text.withUTF8Buffer { bytes in
    ///     Tokenizer(language: .french).forEachWord(inUTF8: bytes, range: 0..<bytes.count) { range in
    ///         words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    ///     }
    /// }
    /// // ["L'", "IA", "de", "Meta", "à"]
    /// ```
    ///
    /// - Complexity: O(*n*) in the length of the range.
    public func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Range<Int>) -> Void) {
        guard engine == .scanner else {
            forEachToken(inUTF8: bytes, range: range) { token in
                if token.kind == .word { body(token.range) }
            }
            return
        }
        let scanner = TokenScanner(bytes: bytes, end: range.upperBound, splitsElisions: language == .french)
        let end = range.upperBound
        var i = range.lowerBound
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if Self.isASCIILetter(b) {
                    if let wordEnd = Self.simpleWordEnd(bytes, from: i, end: end) {
                        body(i..<wordEnd)
                        i = wordEnd
                        continue
                    }
                } else if !Self.isASCIIDigit(b) {
                    i += 1  // space, punctuation, symbol, control: no word starts here
                    continue
                }
            }
            // The full rules, as `TokenScanner.scan` applies them.
            let (cls, length) = scanner.classify(at: i)
            guard length > 0 else { return }
            switch cls {
            case .letter, .digit:
                let token = scanner.wordLikeToken(at: i, startingWith: cls)
                if token.kind == .word { body(token.range) }
                i = max(token.range.upperBound, i + length)
            case .period:
                i = scanner.ellipsisEnd(at: i)
            default:
                i += length
            }
        }
    }

    /// The end of the word starting with an ASCII letter at `i` when it is a plain run of
    /// letters and digits that no rule can extend, else `nil`.
    @inline(__always)
    private static func simpleWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int? {
        var j = i + 1
        while j < end {
            let b = bytes[j]
            if b < 0x80 {
                if isASCIILetter(b) || isASCIIDigit(b) { j += 1; continue }
                // These may join, split or extend a token: hyphen, apostrophe, and the marks of
                // URLs, e-mail addresses and initialisms.
                switch b {
                case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: ":"),
                     UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "+"):
                    return nil
                default:
                    return j
                }
            }
            // Latin-1 letters (U+00C0–U+00FF but × ÷) and œ Œ continue the run; anything else
            // (marks, other scripts, typographic apostrophes, no-break spaces) takes the rules.
            guard j + 1 < end else { return nil }
            let next = bytes[j + 1]
            if b == 0xC3, next != 0x97, next != 0xB7 { j += 2; continue }
            if b == 0xC5, next == 0x92 || next == 0x93 { j += 2; continue }
            return nil
        }
        return j
    }

    @inline(__always)
    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always)
    private static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}

extension Tokenizer {
    /// Whether the scanner engine finds a token in `bytes[range]`, a stretch between two word
    /// tokens (so it holds no word): whether any scalar there starts a token, that is, is not
    /// white space, a line break, a combining mark or an unassigned/format character (what
    /// `forEachToken` steps over).
    ///
    /// Lets a caller that has the words alone (``forEachWord(inUTF8:range:_:)``) tell adjacent
    /// words from words separated by punctuation, a number or a symbol, as the full token stream
    /// would.
    ///
    /// - Complexity: O(*n*) in the length of the range; a single space is one comparison.
    package static func stretchHoldsToken(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x20 { i += 1; continue }
            let (value, length) = b < 0x80 ? (UInt32(b), 1) : UTF8Scalars.decode(bytes, at: i)
            switch ScalarClass.of(value) {
            case .space, .newline, .other, .mark: i += max(length, 1)
            default: return true
            }
        }
        return false
    }
}

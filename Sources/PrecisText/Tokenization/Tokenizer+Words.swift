extension Tokenizer {
    /// Calls `body` with the byte range of each word token (``Token/Kind/word``) of a range of
    /// UTF-8 bytes: exactly the words ``forEachToken(inUTF8:range:_:)`` finds, faster.
    ///
    /// Term analysis needs only the words. A run of ASCII letters and digits (and the Latin-1
    /// letters of French, "é", "ç", "œ"), starting with a letter and ending before a space or a
    /// punctuation mark that cannot continue a token, is a word whatever the rules say, so it is
    /// taken in one tight loop; so is a run ending a sentence ("France.") and an elided word
    /// ("l'", "qu’"). Anything else (a digit first, a hyphen, another apostrophe or period, `:`,
    /// `@`, `_`, `+` or another script after the run) goes through the full rules, from the
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
                    if let word = Self.simpleWord(scanner, from: i, firstLength: 1) {
                        body(i..<word)
                        i = word
                        continue
                    }
                } else if !Self.isASCIIDigit(b) {
                    i += 1  // space, punctuation, symbol, control: no word starts here
                    continue
                }
            } else if Self.isLatin1Letter(bytes, at: i, end: end), let word = Self.simpleWord(scanner, from: i, firstLength: 2) {
                body(i..<word)
                i = word
                continue
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

    /// The end of the word that starts at `i` with a letter of `firstLength` bytes (ASCII or
    /// Latin-1) when no rule can make it anything but a plain run of letters and digits, else
    /// `nil` (the full rules decide).
    ///
    /// The run ends at a space or a punctuation mark that cannot continue a token; before a
    /// period that ends a sentence ("France." — a run of two letters or more, so not an
    /// initialism, and no letter or digit after the period, so not a domain or a URL); or, in
    /// French, just after the apostrophe of an elision before a letter ("l'", "qu’").
    @inline(__always)
    private static func simpleWord(_ scanner: TokenScanner, from i: Int, firstLength: Int) -> Int? {
        let bytes = scanner.bytes, end = scanner.end
        var j = i + firstLength
        while true {
            // ASCII letters and digits eight at a time: one branch per block, not one per byte
            // (the last block may read past `end`, within the buffer; the run is cut there).
            while j < end, j + 8 <= bytes.count {
                let run = (~ByteBlock.alphanumericFlags(ByteBlock.load(bytes, j)) & ByteBlock.highs).trailingZeroBitCount >> 3
                j += run
                if run < 8 { break }
            }
            guard j < end else { return end }
            let b = bytes[j]
            if b < 0x80 {
                if isASCIILetter(b) || isASCIIDigit(b) { j += 1; continue }
                // These may join, split or extend a token: hyphen, apostrophe, and the marks of
                // URLs, e-mail addresses and initialisms.
                switch b {
                case UInt8(ascii: "."):
                    guard j > i + firstLength else { return nil }
                    let next = scanner.byte(at: j + 1)
                    return next < 0x80 && !isASCIILetter(next) && !isASCIIDigit(next) ? j : nil
                case UInt8(ascii: "'"):
                    return elisionEnd(scanner, word: i..<j, apostropheLength: 1)
                case UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "+"):
                    return nil
                default:
                    return j
                }
            }
            // Latin-1 letters (U+00C0–U+00FF but × ÷) and œ Œ continue the run; ’ may end an
            // elision; anything else (marks, other scripts, no-break spaces) takes the rules.
            if isLatin1Letter(bytes, at: j, end: end) { j += 2; continue }
            if b == 0xE2, scanner.byte(at: j + 1) == 0x80, scanner.byte(at: j + 2) == 0x99 {
                return elisionEnd(scanner, word: i..<j, apostropheLength: 3)
            }
            return nil
        }
    }

    /// The end of an elided word and its apostrophe ("l'" in "l'IA"), as the rules split it off:
    /// a French elision prefix, then the apostrophe, then a letter. `nil` otherwise.
    @inline(__always)
    private static func elisionEnd(_ scanner: TokenScanner, word: Range<Int>, apostropheLength: Int) -> Int? {
        guard scanner.splitsElisions, scanner.isElisionPrefix(word) else { return nil }
        let end = word.upperBound + apostropheLength
        return scanner.classify(at: end).0 == .letter ? end : nil
    }

    /// Whether the two bytes at `i` are a Latin-1 letter (U+00C0–U+00FF but × ÷) or œ Œ.
    @inline(__always)
    private static func isLatin1Letter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let b = bytes[i], next = bytes[i + 1]
        return b == 0xC3 ? next != 0x97 && next != 0xB7 : b == 0xC5 && (next == 0x92 || next == 0x93)
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

import PrecisText

extension GlossaryMatcher {
    /// The matches in `text`, in order.
    ///
    /// - Complexity: O(text length + word tokens × longest term), in one pass over the UTF-8 of
    ///   `text`: each word's key is computed on its bytes and looked up without making a `String`,
    ///   and only the words of a term being followed are kept.
    public func matches(in text: String) -> [GlossaryMatch] {
        var scan = Scan(matcher: self, text: text)
        let tokenizer = tokenizer
        text.withUTF8Buffer { bytes in
            tokenizer.forEachToken(inUTF8: bytes, range: 0..<bytes.count) { token in
                if token.isWordLike {
                    scan.push(token.range, in: bytes)
                } else if token.kind == .punctuation, Self.breaksTerms(bytes, token.range) {
                    scan.finish()   // "Maintenant, qu'est-ce que …" holds no "maintenant que"
                }
            }
        }
        scan.finish()
        return matches(scan.found)
    }

    /// Whether the punctuation mark `bytes[range]` ends any term before it: all but apostrophes
    /// and hyphens (' ’ ‘ - ‐ ‑), which may sit inside a term.
    @inline(__always)
    static func breaksTerms(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let b = bytes[range.lowerBound]
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "-") { return false }
        if b == 0xE2, range.count == 3, bytes[range.lowerBound + 1] == 0x80 {
            return ![0x90, 0x91, 0x98, 0x99].contains(bytes[range.lowerBound + 2])
        }
        return true
    }

    /// The matches for terms found, each with a copy of its entry (decoded, from a cache), written
    /// straight into an array of the right size.
    private func matches(_ found: [Scan.Found]) -> [GlossaryMatch] {
        // An empty array is the shared empty storage: filling one "in place" would write to it
        // from every thread at once (ThreadSanitizer reports it).
        guard !found.isEmpty else { return [] }
        return [GlossaryMatch](unsafeUninitializedCapacity: found.count) { buffer, initialized in
            switch entries {
            case .decoded(let entries):
                // Each field is initialized in place, the entry copied straight from the store:
                // building a whole GlossaryMatch first would copy its 136-byte entry twice more.
                let rangeOffset = MemoryLayout<GlossaryMatch>.offset(of: \.range)!
                let entryOffset = MemoryLayout<GlossaryMatch>.offset(of: \.entry)!
                let pluralOffset = MemoryLayout<GlossaryMatch>.offset(of: \.isPlural)!
                entries.withUnsafeBufferPointer { entries in
                    for (k, term) in found.enumerated() {
                        // Memory bound to a struct is bound to its stored properties' types too.
                        let match = UnsafeMutableRawPointer(buffer.baseAddress! + k)
                        (match + rangeOffset).assumingMemoryBound(to: Range<Int>.self).initialize(to: term.range)
                        (match + entryOffset).assumingMemoryBound(to: GlossaryEntry.self)
                            .initialize(from: entries.baseAddress! + Int(term.entry), count: 1)
                        (match + pluralOffset).assumingMemoryBound(to: Bool.self)
                            .initialize(to: Self.isPlural(textPluralWords: term.pluralWords, flags: flags[Int(term.entry)]))
                    }
                }
            case .encoded(let entries):
                for (k, term) in found.enumerated() {
                    let flags = flags[Int(term.entry)]
                    (buffer.baseAddress! + k).initialize(to: GlossaryMatch(
                        range: term.range, entry: entries.entry(Int(term.entry), isCaseSensitive: flags & Self.caseSensitiveFlag != 0),
                        isPlural: Self.isPlural(textPluralWords: term.pluralWords, flags: flags)))
                }
            }
            initialized = found.count
        }
    }

    /// Leftmost-longest matching over a stream of words.
    ///
    /// From the first pending word, the trie is followed word by word; `best` remembers the
    /// longest term found so far. When the path dies (or the text ends), the best term is reported
    /// and matching resumes after it, or one word later if there was none, over the words already
    /// seen. Pending words live in a ring that grows to the longest path followed, so memory does
    /// not grow with the text.
    fileprivate struct Scan {
        struct Word {
            var range: Range<Int>
            var key: Int32
            var isPlural: Bool
        }

        let matcher: GlossaryMatcher
        let text: String
        /// A term found: its byte range, entry and whether one of its words was plural.
        struct Found {
            var range: Range<Int>
            var entry: Int32
            /// How many of the matched words look plural (at most 255).
            var pluralWords: UInt8
        }

        private(set) var found: [Found] = []
        private var scratch: [UInt8] = []
        private var ring: [Word]
        private var mask: Int
        /// Words `first..<count` (numbered from the last time none was pending) are pending; the
        /// path from word `first` has followed words `first..<next` to `at` (`nil`: the root).
        private var first = 0
        private var next = 0
        private var count = 0
        private var at: FlatTrie.Step?
        private var best: (end: Int, entry: Int32)?

        init(matcher: GlossaryMatcher, text: String) {
            self.matcher = matcher
            self.text = text
            found.reserveCapacity(text.utf8.count / 16)
            ring = Array(repeating: Word(range: 0..<0, key: -1, isPlural: false), count: 16)
            mask = ring.count - 1
        }

        /// Takes the next word-like token, `bytes[range]`.
        mutating func push(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
            // The key is written to scratch memory with 16 bytes to spare, so the table can read
            // it as two words.
            if scratch.count < range.count + 16 { scratch = [UInt8](repeating: 0, count: 2 * range.count + 16) }
            var plural = false
            var key: Int32 = -1
            let fast = scratch.withUnsafeMutableBufferPointer { buffer in
                guard let word = InflectionKey.keyBytes(bytes, range, into: buffer.baseAddress!) else { return false }
                plural = word.plural
                key = matcher.keys.id(padded: buffer.baseAddress!, count: word.count) ?? -1
                return true
            }
            if !fast {
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                plural = InflectionKey.isPlural(word)
                key = matcher.keys.id(Array(InflectionKey.french(word).utf8)) ?? -1
            }
            // With nothing pending, a word that starts no term is passed over at once.
            if first == count, matcher.trie.root(key) == nil { return }
            if count - first == ring.count { grow() }
            ring[count & mask] = Word(range: range, key: key, isPlural: plural)
            count += 1
            advance(atEnd: false)
        }

        /// Reports what the pending words hold, at the end of the text.
        mutating func finish() {
            advance(atEnd: true)
        }

        /// Follows the trie over the pending words, reporting terms whose path can go no further.
        private mutating func advance(atEnd: Bool) {
            while first < count {
                var dead = false
                while next < count {
                    let key = ring[next & mask].key
                    let step: FlatTrie.Step?
                    if let at { step = matcher.trie.step(at.edges, key) } else { step = matcher.trie.root(key) }
                    guard let step else {
                        dead = true
                        break
                    }
                    at = step
                    next += 1
                    if step.reported >= 0 {
                        best = (next, step.reported)  // the common case: the first entry, whatever the case
                    } else if step.reported == FlatTrie.checkCase,
                              let entry = Self.firstAcceptable(matcher.trie.entries(at: step.node), words: first..<next,
                                                               matcher: matcher, text: text, ring: ring, mask: mask) {
                        best = (next, entry)
                    }
                    if step.edges.isEmpty {  // a leaf: no word can extend the path
                        dead = true
                        break
                    }
                }
                if !dead && !atEnd { return }  // the next word may extend the path
                if let best {
                    report(best.entry, end: best.end)
                    first = best.end
                } else {
                    first += 1
                }
                at = nil
                next = first
                best = nil
            }
            first = 0
            next = 0
            count = 0
        }

        private mutating func report(_ id: Int32, end: Int) {
            var plural = 0
            for k in first..<end where ring[k & mask].isPlural { plural += 1 }
            found.append(Found(range: ring[first & mask].range.lowerBound..<ring[(end - 1) & mask].range.upperBound,
                               entry: id, pluralWords: UInt8(min(plural, 255))))
        }

        /// The first candidate whose case rule the pending `words` satisfy.
        /// The candidate to report: one written exactly as the text has it ("infections" over
        /// "infection"), else the first whose case rule the text satisfies.
        private static func firstAcceptable(_ candidates: ArraySlice<Int32>, words: Range<Int>, matcher: GlossaryMatcher,
                                            text: String, ring: [Word], mask: Int) -> Int32? {
            if candidates.count > 1 {
                // In priority order, the first entry spelled as the text is (exactly, for a
                // case-sensitive entry; up to case and accents otherwise).
                let surface = words.map { String(text.slice(ring[$0 & mask].range)) }.joined(separator: " ")
                let foldedSurface = Folding.key(surface)
                for candidate in candidates {
                    let caseSensitive = matcher.flags[Int(candidate)] & GlossaryMatcher.caseSensitiveFlag != 0
                    let source = matcher.entries.entry(Int(candidate), isCaseSensitive: caseSensitive).source
                    let written = matcher.tokenizer.tokens(in: source).filter(\.isWordLike).map { String($0.text(in: source)) }
                        .joined(separator: " ")
                    if caseSensitive ? written == surface : Folding.key(written) == foldedSurface { return candidate }
                }
            }
            for candidate in candidates {
                guard matcher.flags[Int(candidate)] & GlossaryMatcher.caseSensitiveFlag != 0 else { return candidate }
                let source = matcher.entries.entry(Int(candidate), isCaseSensitive: true).source
                let surface = words.map { String(text.slice(ring[$0 & mask].range)) }.joined(separator: " ")
                let expected = matcher.tokenizer.tokens(in: source).filter(\.isWordLike).map { String($0.text(in: source)) }
                    .joined(separator: " ")
                if surface == expected { return candidate }
            }
            return nil
        }

        /// Doubles the ring, keeping the pending words at their numbers.
        private mutating func grow() {
            var wider = Array(repeating: Word(range: 0..<0, key: -1, isPlural: false), count: ring.count * 2)
            let wideMask = wider.count - 1
            for k in first..<count { wider[k & wideMask] = ring[k & mask] }
            ring = wider
            mask = wideMask
        }
    }
}

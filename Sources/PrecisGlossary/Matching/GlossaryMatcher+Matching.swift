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

    /// The matches for terms found, each with its entry (decoded, from a cache; a copy of a
    /// decoded entry is one retain).
    private func matches(_ found: [Scan.Found]) -> [GlossaryMatch] {
        switch entries {
        case .decoded(let entries):
            found.map { term in
                GlossaryMatch(range: term.range, entry: entries[Int(term.entry)],
                              isPlural: Self.isPlural(textPluralWords: term.pluralWords, flags: flags[Int(term.entry)]))
            }
        case .encoded(let entries):
            found.map { term in
                let flags = flags[Int(term.entry)]
                return GlossaryMatch(range: term.range, entry: entries.entry(Int(term.entry), isCaseSensitive: flags & Self.caseSensitiveFlag != 0),
                                     isPlural: Self.isPlural(textPluralWords: term.pluralWords, flags: flags))
            }
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
        /// The longest term found on the path: its end, and its entry or, where entries that
        /// differ in spelling share the node (`node` ≥ 0), the node whose entries are chosen
        /// among when the term is reported.
        private var best: (end: Int, entry: Int32, node: Int)?
        /// The words being matched, folded (``foldSurface(_:)``).
        private var foldedSurface: [UInt8] = []

        init(matcher: GlossaryMatcher, text: String) {
            self.matcher = matcher
            var text = text
            text.makeContiguousUTF8()   // read as bytes by spells(_:words:) and foldSurface(_:)
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
                        best = (next, step.reported, -1)  // the common case: the first entry, whatever the case
                    } else if step.reported == FlatTrie.checkCase {
                        let candidates = matcher.trie.entries(at: step.node)
                        if candidates.contains(where: { matcher.flags[Int($0)] & GlossaryMatcher.caseSensitiveFlag == 0 }) {
                            best = (next, -1, step.node)   // acceptable whatever the case: choose when reporting
                        } else if let entry = firstAcceptable(candidates, words: first..<next) {
                            best = (next, entry, -1)
                        }
                    }
                    if step.edges.isEmpty {  // a leaf: no word can extend the path
                        dead = true
                        break
                    }
                }
                if !dead && !atEnd { return }  // the next word may extend the path
                if let best {
                    let entry = best.node < 0 ? best.entry
                        : firstAcceptable(matcher.trie.entries(at: best.node), words: first..<best.end) ?? matcher.trie.entries(at: best.node).first!
                    report(entry, end: best.end)
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

        /// The candidate to report: one written exactly as the text has it ("infections" over
        /// "infection"), else the first whose case rule the text satisfies.
        private mutating func firstAcceptable(_ candidates: ArraySlice<Int32>, words: Range<Int>) -> Int32? {
            if candidates.count > 1 {
                // In priority order, the first entry spelled as the text is (exactly, for a
                // case-sensitive entry; up to case and accents otherwise).
                var isFolded = false
                for candidate in candidates {
                    let caseSensitive = matcher.flags[Int(candidate)] & GlossaryMatcher.caseSensitiveFlag != 0
                    let written = writtenForm(candidate)
                    if spells(written.exact, words: words) { return candidate }
                    guard !caseSensitive else { continue }
                    if !isFolded {
                        foldSurface(words)
                        isFolded = true
                    }
                    if written.folded == foldedSurface { return candidate }
                }
            }
            for candidate in candidates {
                guard matcher.flags[Int(candidate)] & GlossaryMatcher.caseSensitiveFlag != 0 else { return candidate }
                if spells(writtenForm(candidate).exact, words: words) { return candidate }
            }
            return nil
        }

        /// An entry's source as its words separated by single spaces: as written, and with each
        /// word folded (``Folding/key(_:)``), made once per matcher.
        private func writtenForm(_ candidate: Int32) -> WrittenForms.Form {
            matcher.writtenForms.form(candidate) {
                var source = matcher.entries.source(Int(candidate))
                let tokens = matcher.tokenizer.tokens(in: source)
                var exact: [UInt8] = [], folded: [UInt8] = []
                source.withUTF8 { bytes in
                    for token in tokens where token.isWordLike {
                        if !exact.isEmpty { exact.append(0x20); folded.append(0x20) }
                        exact.append(contentsOf: bytes[token.range])
                        Self.appendFolded(bytes, token.range, to: &folded)
                    }
                }
                return (exact, folded)
            }
        }

        /// Appends the word `bytes[range]` folded as ``Folding/key(_:)`` folds it (on its bytes
        /// when it can, else through a `String`).
        private static func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: range.count + 8))
            let count = out.withUnsafeMutableBufferPointer { buffer in
                InflectionKey.keyBytes(bytes, range, into: buffer.baseAddress! + start, reducing: false)?.count
            }
            out.removeLast(range.count + 8 - (count ?? 0))
            if count == nil {
                out.append(contentsOf: Folding.key(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)).utf8)
            }
        }

        /// Sets ``foldedSurface`` to the text's `words`, each folded, joined by single spaces.
        private mutating func foldSurface(_ words: Range<Int>) {
            var surface = foldedSurface
            surface.removeAll(keepingCapacity: true)
            foldedSurface = []
            text.utf8.withContiguousStorageIfAvailable { bytes in
                for k in words {
                    if k != words.lowerBound { surface.append(0x20) }
                    Self.appendFolded(bytes, ring[k & mask].range, to: &surface)
                }
            }
            foldedSurface = surface
        }

        /// Whether the text's `words`, joined by single spaces, are `written`, byte for byte.
        private func spells(_ written: [UInt8], words: Range<Int>) -> Bool {
            var length = words.count - 1
            for k in words { length += ring[k & mask].range.count }
            guard length == written.count else { return false }
            return text.utf8.withContiguousStorageIfAvailable { bytes in
                written.withUnsafeBufferPointer { written in
                    var at = 0
                    for k in words {
                        if k != words.lowerBound {
                            guard written[at] == 0x20 else { return false }
                            at += 1
                        }
                        let range = ring[k & mask].range
                        guard UnsafeBufferPointer(rebasing: bytes[range]).elementsEqual(UnsafeBufferPointer(rebasing: written[at..<(at + range.count)]))
                        else { return false }
                        at += range.count
                    }
                    return true
                }
            } ?? false
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

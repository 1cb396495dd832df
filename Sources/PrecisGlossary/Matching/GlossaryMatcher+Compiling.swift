import PrecisText

extension GlossaryMatcher {
    /// Compiles entries, highest priority first: each source's word tokens become key ids (computed
    /// on its UTF-8 bytes, interned through ``KeyTable``), inserted as a path of the trie.
    ///
    /// An entry with no word token ("—", "!!") is left out, as it could never match.
    ///
    /// - Complexity: O(total source length), no `String` made per word for Latin text.
    init(compiling source: [GlossaryEntry]) {
        var compiler = Compiler(tokenizer: tokenizer)
        var left: [Int] = []  // entries left out
        for (k, entry) in source.enumerated() where !compiler.add(entry, id: Int32(k - left.count)) {
            left.append(k)
        }
        trie = compiler.builder.frozen(keyCount: compiler.keys.count, flags: compiler.flags)
        keys = compiler.keys
        // Nearly always every entry is kept, and the array is shared rather than copied.
        if left.isEmpty {
            entries = .decoded(source)
        } else {
            let dropped = Set(left)
            entries = .decoded(source.indices.filter { !dropped.contains($0) }.map { source[$0] })
        }
        flags = compiler.flags
    }

    /// The state of one compilation.
    private struct Compiler {
        let tokenizer: Tokenizer
        var keys = KeyTable()
        var builder = FlatTrie.Builder()
        var flags: [UInt8] = []
        /// The key ids of the term being added, and scratch bytes for one key.
        var path: [Int32] = []
        var scratch: [UInt8] = []

        init(tokenizer: Tokenizer) {
            self.tokenizer = tokenizer
            path.reserveCapacity(16)
            scratch = [UInt8](repeating: 0, count: 64)
        }

        /// Adds `entry` as entry `id`; `false` if its source has no word.
        mutating func add(_ entry: GlossaryEntry, id: Int32) -> Bool {
            let pluralWords = termKeys(entry.source)
            guard !path.isEmpty else { return false }
            flags.append(GlossaryMatcher.flags(caseSensitive: entry.isCaseSensitive, pluralWords: pluralWords))
            builder.insert(path, entry: id)
            // A one-word verb in -er also matches its conjugated forms ("toucher": touche, touchent, touché).
            if path.count == 1 {
                let word = path[0]
                for form in verbForms(entry.source) where form != word { builder.insert(key: form, entry: id, derived: true) }
            }
            return true
        }

        /// Fills ``path`` with the key ids of the word tokens of `term` (punctuation other than
        /// apostrophes and hyphens inside words is ignored, as it is in text); how many words look
        /// plural.
        private mutating func termKeys(_ term: String) -> Int {
            path.removeAll(keepingCapacity: true)
            var pluralWords = 0
            let tokenizer = tokenizer
            term.withUTF8Buffer { bytes in
                tokenizer.forEachToken(inUTF8: bytes, range: 0..<bytes.count) { token in
                    guard token.isWordLike else { return }
                    if scratch.count < token.range.count + 8 { scratch = [UInt8](repeating: 0, count: 2 * token.range.count + 8) }
                    let fast = scratch.withUnsafeMutableBufferPointer { buffer in
                        InflectionKey.keyBytes(bytes, token.range, into: buffer.baseAddress!).map { word in
                            (id: keys.intern(UnsafeBufferPointer(rebasing: buffer[0..<word.count])), plural: word.plural)
                        }
                    }
                    if let fast {
                        if fast.plural { pluralWords += 1 }
                        path.append(fast.id)
                    } else {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
                        if InflectionKey.isPlural(word) { pluralWords += 1 }
                        path.append(keys.intern(Array(InflectionKey.french(word).utf8)))
                    }
                }
            }
            return pluralWords
        }

        /// The key ids of ``InflectionKey/verbFormKeys(_:)`` of `infinitive`, computed on bytes
        /// when its folded form is plain ASCII letters.
        private mutating func verbForms(_ infinitive: String) -> [Int32] {
            var folded: [UInt8] = []
            folded.reserveCapacity(infinitive.utf8.count + 8)
            let fast = infinitive.withUTF8Buffer { Folding.appendKey($0, 0..<$0.count, to: &folded) }
            guard fast, folded.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                return InflectionKey.verbFormKeys(infinitive).map { keys.intern(Array($0.utf8)) }
            }
            // ASCII letters: one byte per character, every one a letter.
            guard folded.count > 4, folded[folded.count - 2] == UInt8(ascii: "e"), folded.last == UInt8(ascii: "r") else { return [] }
            let stem = folded.dropLast(2)
            var form: [UInt8] = []
            form.reserveCapacity(folded.count + 4)
            var forms = InflectionKey.verbEndings.map { ending in
                // The reduced form may be shorter than the stem ("interpelle" → "interpel"): start afresh.
                form.removeAll(keepingCapacity: true)
                form.append(contentsOf: stem)
                form.append(contentsOf: ending.utf8)
                InflectionKey.reduce(&form)
                return keys.intern(form)
            }
            form.removeAll(keepingCapacity: true)
            form.append(contentsOf: stem)
            form.append(UInt8(ascii: "e"))
            InflectionKey.reduce(&form, accentedE: stem.count)   // the participle: "touché"
            forms.append(keys.intern(form))
            return forms
        }
    }
}

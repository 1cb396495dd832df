import PrecisText

/// A glossary term found in text.
public struct GlossaryMatch: Sendable, Hashable {
    /// The UTF-8 byte range of the matched words in the text.
    public var range: Range<Int>
    /// The entry matched (the highest-priority one).
    public var entry: GlossaryEntry
    /// Whether the text has the term in the plural ("réseaux sociaux" for "réseau social"),
    /// so a translator can inflect the target.
    public var isPlural: Bool
}

/// Finds glossary terms in French text: leftmost-longest, non-overlapping, in one pass.
///
/// The glossary set is compiled once into a trie over word keys (``InflectionKey``): matching is
/// case- and accent-insensitive (unless an entry is case-sensitive), number- and
/// gender-insensitive ("réseaux sociaux" finds "réseau social"), works across elisions and
/// contractions ("l'intelligence artificielle", "d'IA", "du service client" find "intelligence
/// artificielle", "IA", "service client") because those are separate tokens, and never matches
/// inside a word. Where terms overlap, the one starting first wins, then the longest.
///
/// ```swift
/// let matcher = GlossaryMatcher(glossaries)
/// for match in matcher.matches(in: "Les centres de données de l'IA") {
///     print(match.entry.source, match.isPlural)   // centre de données true / IA false
/// }
/// ```
///
/// - Complexity: compiling is O(total term length); matching is O(tokens × longest term).
public struct GlossaryMatcher: Sendable {
    private struct Node: Sendable {
        var children: [Int32: Int32] = [:]
        /// Entries ending here, highest priority first.
        var entries: [Int32] = []
    }

    private var nodes: [Node] = [Node()]
    private var entries: [GlossaryEntry] = []
    /// Word keys interned to integers, by string (compiling) and by bytes (matching).
    private var keyIDs: [String: Int32] = [:]
    private var keyTable = ByteStringTable()
    private let tokenizer = Tokenizer(language: .french)

    /// Compiles a glossary set.
    public init(_ set: GlossarySet) {
        for entry in set.entries { insert(entry) }
    }

    /// Compiles glossaries, highest priority first.
    public init(_ glossaries: [Glossary]) {
        self.init(GlossarySet(glossaries))
    }

    /// The number of entries compiled.
    public var entryCount: Int { entries.count }

    private mutating func insert(_ entry: GlossaryEntry) {
        let keys = Self.keys(of: entry.source, tokenizer: tokenizer)
        guard !keys.isEmpty else { return }
        entries.append(entry)
        let id = Int32(entries.count - 1)
        insert(keys, id)
        // A one-word verb in -er also matches its conjugated forms ("toucher": touche, touchent, touché).
        if keys.count == 1 {
            for form in InflectionKey.verbFormKeys(entry.source) where form != keys[0] { insert([form], id) }
        }
    }

    private mutating func keyID(_ key: String) -> Int32 {
        if let id = keyIDs[key] { return id }
        let id = Int32(keyIDs.count)
        keyIDs[key] = id
        let bytes = Array(key.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            keyTable.insert(buffer, 0..<buffer.count, hash: ByteStringTable.hash(buffer, 0..<buffer.count), value: id)
        }
        return id
    }

    private mutating func insert(_ keys: [String], _ id: Int32) {
        var node = 0
        for key in keys.map({ keyID($0) }) {
            if let next = nodes[node].children[key] {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children[key] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        if !nodes[node].entries.contains(id) { nodes[node].entries.append(id) }
    }

    /// Matching keys of the word tokens of a term (punctuation other than apostrophes and hyphens
    /// inside words is ignored, as it is in text).
    static func keys(of text: String, tokenizer: Tokenizer) -> [String] {
        tokenizer.tokens(in: text).filter(\.isWordLike).map { InflectionKey.french($0.text(in: text)) }
    }

    /// The key id of each token (-1: a word no glossary term contains).
    private func keyIDs(of tokens: [Token], in text: String) -> [Int32] {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        return text.withUTF8Buffer { bytes in
            tokens.map { token in
                if InflectionKey.keyBytes(bytes, token.range, into: &scratch) {
                    return scratch.withUnsafeBufferPointer { key in
                        keyTable.value(key, 0..<key.count, hash: ByteStringTable.hash(key, 0..<key.count)) ?? -1
                    }
                }
                return keyIDs[InflectionKey.french(token.text(in: text))] ?? -1
            }
        }
    }

    /// The matches in `text`, in order.
    public func matches(in text: String) -> [GlossaryMatch] {
        let tokens = tokenizer.tokens(in: text).filter(\.isWordLike)
        let keys = keyIDs(of: tokens, in: text)
        var result: [GlossaryMatch] = []
        var i = 0
        while i < tokens.count {
            var node = 0
            var best: (end: Int, entry: Int32)?
            var j = i
            while j < tokens.count, let next = nodes[node].children[keys[j]] {
                node = Int(next)
                j += 1
                if let entry = firstAcceptable(nodes[node].entries, tokens: tokens[i..<j], text: text) {
                    best = (j, entry)
                }
            }
            if let best {
                let entry = entries[Int(best.entry)]
                let span = tokens[i..<best.end]
                let plural = span.contains { InflectionKey.isPlural($0.text(in: text)) }
                    && !Self.keysArePlural(entry.source, tokenizer: tokenizer)
                result.append(GlossaryMatch(range: span.first!.range.lowerBound..<span.last!.range.upperBound,
                                            entry: entry, isPlural: plural))
                i = best.end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The first candidate whose case rule the text satisfies.
    private func firstAcceptable(_ candidates: [Int32], tokens: ArraySlice<Token>, text: String) -> Int32? {
        for candidate in candidates {
            let entry = entries[Int(candidate)]
            guard entry.isCaseSensitive else { return candidate }
            let surface = tokens.map { String($0.text(in: text)) }.joined(separator: " ")
            let expected = tokenizer.tokens(in: entry.source).filter(\.isWordLike).map { String($0.text(in: entry.source)) }
                .joined(separator: " ")
            if surface == expected { return candidate }
        }
        return nil
    }

    private static func keysArePlural(_ source: String, tokenizer: Tokenizer) -> Bool {
        tokenizer.tokens(in: source).filter(\.isWordLike).contains { InflectionKey.isPlural($0.text(in: source)) }
    }
}

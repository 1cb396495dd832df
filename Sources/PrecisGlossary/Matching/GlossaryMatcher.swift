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
    struct Node: Sendable {
        var children: [Int32: Int32] = [:]
        /// Entries ending here, highest priority first.
        var entries: [Int32] = []
        /// Entries reaching here through a derived form (a verb's conjugation), after the others.
        var derived: [Int32] = []
    }

    /// Nodes while compiling; frozen into `trie` when done.
    var nodes: [Node] = [Node()]
    var trie = FlatTrie()
    var entries: [GlossaryEntry] = []
    /// Whether each entry's source is itself plural ("réseaux sociaux"), so a plural in the text
    /// is no news.
    var entryIsPlural: [Bool] = []
    /// Word keys interned to integers, by string (compiling) and by bytes (matching).
    var keyIDs: [String: Int32] = [:]
    private var keyTable = ByteStringTable()
    private let tokenizer = Tokenizer(language: .french)

    /// An empty matcher, filled by the cache reader.
    init(empty: Void) {}

    /// Compiles a glossary set.
    public init(_ set: GlossarySet) {
        for entry in set.entries { insert(entry) }
        freeze()
    }

    /// Compiles glossaries, highest priority first.
    public init(_ glossaries: [Glossary]) {
        for glossary in glossaries {
            for entry in glossary.entries { insert(entry) }
        }
        freeze()
    }

    private mutating func freeze() {
        for k in nodes.indices where !nodes[k].derived.isEmpty {
            for id in nodes[k].derived where !nodes[k].entries.contains(id) { nodes[k].entries.append(id) }
            nodes[k].derived = []
        }
        trie = FlatTrie(nodes, keyCount: keyIDs.count)
        nodes = []
    }

    /// The number of entries compiled.
    public var entryCount: Int { entries.count }

    private mutating func insert(_ entry: GlossaryEntry) {
        let (keys, isPlural) = Self.keys(of: entry.source, tokenizer: tokenizer)
        guard !keys.isEmpty else { return }
        entries.append(entry)
        entryIsPlural.append(isPlural)
        let id = Int32(entries.count - 1)
        insert(keys, id)
        // A one-word verb in -er also matches its conjugated forms ("toucher": touche, touchent, touché).
        if keys.count == 1 {
            for form in InflectionKey.verbFormKeys(entry.source) where form != keys[0] { insert([form], id, derived: true) }
        }
    }

    mutating func keyID(_ key: String) -> Int32 {
        if let id = keyIDs[key] { return id }
        let id = Int32(keyIDs.count)
        keyIDs[key] = id
        let bytes = Array(key.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            keyTable.insert(buffer, 0..<buffer.count, hash: ByteStringTable.hash(buffer, 0..<buffer.count), value: id)
        }
        return id
    }

    private mutating func insert(_ keys: [String], _ id: Int32, derived: Bool = false) {
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
        if derived {
            if !nodes[node].derived.contains(id) { nodes[node].derived.append(id) }
        } else if !nodes[node].entries.contains(id) {
            nodes[node].entries.append(id)
        }
    }

    /// Matching keys of the word tokens of a term (punctuation other than apostrophes and hyphens
    /// inside words is ignored, as it is in text).
    static func keys(of text: String, tokenizer: Tokenizer) -> (keys: [String], anyPlural: Bool) {
        var scratch: [UInt8] = []
        var anyPlural = false
        let keys: [String] = text.withUTF8Buffer { bytes in
            tokenizer.tokens(in: text).filter(\.isWordLike).map { token in
                var plural = false
                if InflectionKey.keyBytes(bytes, token.range, into: &scratch, plural: &plural) {
                    anyPlural = anyPlural || plural
                    return String(decoding: scratch, as: UTF8.self)
                }
                let word = token.text(in: text)
                anyPlural = anyPlural || InflectionKey.isPlural(word)
                return InflectionKey.french(word)
            }
        }
        return (keys, anyPlural)
    }

    /// The key id of each token (-1: a word no glossary term contains) and whether it is plural.
    private func keyIDs(of tokens: [Token], in text: String) -> (ids: [Int32], plural: [Bool]) {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var plural = [Bool](repeating: false, count: tokens.count)
        let ids: [Int32] = text.withUTF8Buffer { bytes in
            tokens.indices.map { k in
                let token = tokens[k]
                var isPlural = false
                if InflectionKey.keyBytes(bytes, token.range, into: &scratch, plural: &isPlural) {
                    plural[k] = isPlural
                    return scratch.withUnsafeBufferPointer { key in
                        keyTable.value(key, 0..<key.count, hash: ByteStringTable.hash(key, 0..<key.count)) ?? -1
                    }
                }
                let word = token.text(in: text)
                plural[k] = InflectionKey.isPlural(word)
                return keyIDs[InflectionKey.french(word)] ?? -1
            }
        }
        return (ids, plural)
    }

    /// The matches in `text`, in order.
    public func matches(in text: String) -> [GlossaryMatch] {
        let tokens = tokenizer.tokens(in: text).filter(\.isWordLike)
        let (keys, plural) = keyIDs(of: tokens, in: text)
        var result: [GlossaryMatch] = []
        var i = 0
        while i < tokens.count {
            var node = 0
            var best: (end: Int, entry: Int32)?
            var j = i
            while j < tokens.count, let next = trie.child(of: node, key: keys[j]) {
                node = next
                j += 1
                if let entry = firstAcceptable(trie.entries(at: node), tokens: tokens[i..<j], text: text) {
                    best = (j, entry)
                }
            }
            if let best {
                let entry = entries[Int(best.entry)]
                let span = tokens[i..<best.end]
                let isPlural = plural[i..<best.end].contains(true) && !entryIsPlural[Int(best.entry)]
                result.append(GlossaryMatch(range: span.first!.range.lowerBound..<span.last!.range.upperBound,
                                            entry: entry, isPlural: isPlural))
                i = best.end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The candidate to report: one written exactly as the text has it ("infections" over
    /// "infection"), else the first whose case rule the text satisfies.
    private func firstAcceptable(_ candidates: ArraySlice<Int32>, tokens: ArraySlice<Token>, text: String) -> Int32? {
        if candidates.count > 1 {
            let surface = Folding.key(tokens.map { String($0.text(in: text)) }.joined(separator: " "))
            for candidate in candidates where !entries[Int(candidate)].isCaseSensitive {
                let source = entries[Int(candidate)].source
                let words = tokenizer.tokens(in: source).filter(\.isWordLike).map { String($0.text(in: source)) }
                if Folding.key(words.joined(separator: " ")) == surface { return candidate }
            }
        }
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
}

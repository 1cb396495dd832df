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
/// - Complexity: compiling is O(total term length); matching is O(text length + tokens ×
///   longest term), one pass over the text's UTF-8 with no per-token allocation.
public struct GlossaryMatcher: Sendable {
    /// Per-entry flags.
    static let caseSensitiveFlag: UInt8 = 1
    /// The number of words of the entry's source that look plural (capped at 63), in the bits
    /// above ``caseSensitiveFlag``: a match is plural when more of its words in the text look
    /// plural ("pays voisins" for the entry "pays voisin"; not "réseaux sociaux" for
    /// "réseaux sociaux", nor "pays" for "pays").
    static let pluralWordsShift: UInt8 = 2

    /// An entry's flag byte.
    static func flags(caseSensitive: Bool, pluralWords: Int) -> UInt8 {
        (caseSensitive ? caseSensitiveFlag : 0) | UInt8(min(pluralWords, 63)) << pluralWordsShift
    }

    /// Whether a match whose text has `textPluralWords` plural-looking words is plural, for an
    /// entry with these flags.
    @inline(__always)
    static func isPlural(textPluralWords: UInt8, flags: UInt8) -> Bool {
        textPluralWords > flags >> pluralWordsShift
    }

    var trie = FlatTrie()
    var keys = KeyTable()
    var entries = EntryStore.decoded([])
    /// ``caseSensitiveFlag`` and the plural-word count (``pluralWordsShift``) of each entry.
    var flags: [UInt8] = []
    let tokenizer = Tokenizer(language: .french)
    /// Entries' sources as the spelling check compares them, made when first needed.
    let writtenForms = WrittenForms()

    /// Compiles a glossary set.
    public init(_ set: GlossarySet) {
        self.init(compiling: set.entries)
    }

    /// Compiles glossaries, highest priority first.
    public init(_ glossaries: [Glossary]) {
        self.init(compiling: glossaries.count == 1 ? glossaries[0].entries : glossaries.flatMap(\.entries))
    }

    /// The number of entries compiled.
    public var entryCount: Int { entries.count }
}

/// A translated text, with every output span explained.
///
/// ```swift
/// let translation = translator.translate("L'intelligence artificielle défie les réseaux sociaux")
/// translation.text          // "Artificial intelligence challenges social networks"
/// for span in translation.spans { print(span.text, span.rule, span.origin ?? "") }
/// ```
public struct Translation: Sendable, Hashable {
    /// The English text; one line per input line.
    public var text: String
    /// The output spans in output order, each with its source and the reason it was produced.
    public var spans: [TranslationSpan]

    /// Words passed through untranslated because nothing knew them.
    public var unknownWords: [String] { spans.filter(\.isUnknown).map(\.text) }
}

/// One piece of output: its English text, the French it came from and why.
public struct TranslationSpan: Sendable, Hashable {
    /// What produced a span.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// A glossary entry (user or shipped): the term won.
        case glossary
        /// A reading of the general lexicon.
        case lexicon
        /// A reading derived from the lexicon by a morphology rule (plural, feminine, verb ending).
        case morphology
        /// Grammar: a word English needs that French does not have ("does", "to", "of").
        case grammar
        /// A number, an amount or a percentage rewritten in English conventions.
        case number
        /// A date rewritten in English order ("May 11").
        case date
        /// Punctuation and quotes.
        case typography
        /// A proper noun kept as it is.
        case properNoun
        /// An unknown word passed through unchanged.
        case passthrough
        /// An unknown learned word given its regular English look-alike ("légalisation" →
        /// "legalization"); still flagged unknown.
        case cognate
    }

    /// The English text of the span.
    public var text: String
    /// The UTF-8 byte range, in the input, of the French that produced it (empty for an inserted word).
    public var source: Range<Int>
    /// The rule used.
    public var rule: Rule
    /// Where the entry or reading came from ("glossaries/domains/technology-ai.fr-en.tsv:12"), or
    /// the rule's detail ("plural", "passé composé → present perfect").
    public var origin: String?
    /// Whether the word was unknown and passed through unchanged.
    public var isUnknown: Bool

    public init(text: String, source: Range<Int>, rule: Rule, origin: String? = nil, isUnknown: Bool = false) {
        self.text = text
        self.source = source
        self.rule = rule
        self.origin = origin
        self.isUnknown = isUnknown
    }
}

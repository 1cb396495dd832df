import PrecisText

/// A glossary read from one file: its entries, in file order, and its format.
///
/// Load one with ``GlossaryLoader``; stack several with ``GlossarySet``.
///
/// ```swift
/// let result = try GlossaryLoader().load(path: "news.fr-en.tsv")
/// for issue in result.issues { print(issue) }          // news.fr-en.tsv:4: empty target term; …
/// result.glossary.entries.count
/// ```
public struct Glossary: Sendable, Hashable {
    /// The file formats Precis reads.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// Tab-separated source and target, no header (DeepL's glossary format).
        case tsv
        /// Comma-separated, RFC 4180 quoting: two columns without header (Google unidirectional), or
        /// a header row of language codes plus optional `pos` and `description` (Google equivalent
        /// term sets).
        case csv
        /// OmegaT: tab-separated source, target and optional comment (`.utf8`, `.txt`, `.tab`).
        case omegat
        /// TBX v3 (TBX-Basic, TBX-Core) or TBX v2 (`martif`) termbases (`.tbx`, `.xml`).
        case tbx
        /// dictd dictionaries such as FreeDict's: an `.index` file beside its `.dict` or dictzip
        /// `.dict.dz` data (see ``GlossaryLoader/loadDictd(path:)``).
        case dictd
    }

    /// Where the glossary was read from.
    public var path: String
    /// Its format.
    public var format: Format
    /// Its entries, in file order.
    public var entries: [GlossaryEntry]

    public init(path: String, format: Format, entries: [GlossaryEntry]) {
        self.path = path
        self.format = format
        self.entries = entries
    }
}

/// Glossaries stacked by priority: user files first, then shipped domain glossaries, then the
/// general lexicon. A look-up returns the entry of the highest-priority glossary that has the term.
///
/// ```swift
/// var set = GlossarySet()
/// set.append(userGlossary)       // highest priority
/// set.append(shippedGlossary)
/// set.lookup("Intelligence artificielle")?.preferredTarget   // from the user glossary if it has it
/// ```
public struct GlossarySet: Sendable, Hashable {
    /// The glossaries, highest priority first.
    public private(set) var glossaries: [Glossary] = []
    private var index: [String: [Int: [Int]]] = [:]  // key → (glossary index → entry indices)

    public init(_ glossaries: [Glossary] = []) {
        for glossary in glossaries { append(glossary) }
    }

    /// Adds a glossary below those already in the set.
    public mutating func append(_ glossary: Glossary) {
        let g = glossaries.count
        glossaries.append(glossary)
        for (e, entry) in glossary.entries.enumerated() {
            index[Folding.key(entry.source), default: [:]][g, default: []].append(e)
        }
    }

    /// All entries in priority order.
    public var entries: [GlossaryEntry] { glossaries.flatMap(\.entries) }

    /// The highest-priority entry for a source term (case, accents, apostrophes and spaces folded;
    /// a case-sensitive entry must match exactly).
    public func lookup(_ term: String) -> GlossaryEntry? {
        lookupAll(term).first
    }

    /// Every entry for a source term, highest priority first: one per glossary.
    ///
    /// Where a glossary has several words that differ only by accents (a dictionary's "marche"
    /// and "marché"), the one spelled like `term` is returned, else the first.
    public func lookupAll(_ term: String) -> [GlossaryEntry] {
        guard let hits = index[Folding.key(term)] else { return [] }
        let spelling = Folding.lowercase(term)
        return hits.keys.sorted().compactMap { g in
            let candidates = (hits[g] ?? []).map { glossaries[g].entries[$0] }
                .filter { !$0.isCaseSensitive || $0.source == term }
            return candidates.first { Folding.lowercase($0.source) == spelling } ?? candidates.first
        }
    }
}

/// One term of a glossary: a French source term and its English targets, with what a
/// terminologist records about it.
///
/// ```swift
/// let entry = GlossaryEntry(source: "centre de données", targets: ["data center"],
///                           origin: .init(file: "news.tsv", line: 6))
/// entry.preferredTarget   // "data center"
/// ```
public struct GlossaryEntry: Sendable, Hashable {
    /// How a term may be used.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case preferred, admitted, deprecated
        /// Keep the source as it is (brand names, proper names).
        case doNotTranslate = "do-not-translate"
    }

    /// Where an entry was read.
    public struct Origin: Sendable, Hashable, CustomStringConvertible {
        /// The glossary file's path (or a name such as `<stdin>`).
        public var file: String
        /// Its 1-based line.
        public var line: Int

        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }

        public var description: String { "\(file):\(line)" }
    }

    /// The source (French) term.
    public var source: String
    /// Target (English) terms, the preferred one first; empty for a do-not-translate entry.
    public var targets: [String]
    /// Part of speech ("noun", "verb", "adjective", …), if known.
    public var partOfSpeech: String?
    /// Grammatical gender of the source term ("masculine", "feminine"), if known.
    public var gender: String?
    /// Grammatical number of the source term ("singular", "plural"), if known.
    public var number: String?
    /// Domain or subject field ("technology", "law"), if known.
    public var domain: String?
    /// How the term may be used.
    public var status: Status
    /// Whether matching must respect case (acronyms, names); otherwise case and accents are folded.
    public var isCaseSensitive: Bool
    /// A free note ("legal sense", "pl. centres de données").
    public var note: String?
    /// Where the entry was read.
    public var origin: Origin

    public init(source: String, targets: [String], partOfSpeech: String? = nil, gender: String? = nil,
                number: String? = nil, domain: String? = nil, status: Status = .preferred,
                isCaseSensitive: Bool = false, note: String? = nil, origin: Origin) {
        self.source = source
        self.targets = targets
        self.partOfSpeech = partOfSpeech
        self.gender = gender
        self.number = number
        self.domain = domain
        self.status = status
        self.isCaseSensitive = isCaseSensitive
        self.note = note
        self.origin = origin
    }

    /// The target to use: the first one, or the source itself for a do-not-translate entry.
    public var preferredTarget: String { status == .doNotTranslate ? source : (targets.first ?? source) }
}

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

    /// The stored fields; equality and hashing are theirs.
    private struct Fields: Hashable {
        var source: String
        var targets: [String]
        var partOfSpeech: String?
        var gender: String?
        var number: String?
        var domain: String?
        var status: Status
        var isCaseSensitive: Bool
        var note: String?
        var origin: Origin
    }

    /// The fields behind one reference: a match or an item that carries an entry copies it with
    /// one retain, not one per string. Written only when not shared (copy on write).
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    /// The storage, copied first if another entry shares it.
    private var writable: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            return storage
        }
    }

    /// The source (French) term.
    public var source: String { get { storage.fields.source } set { writable.fields.source = newValue } }
    /// Target (English) terms, the preferred one first; empty for a do-not-translate entry.
    public var targets: [String] { get { storage.fields.targets } set { writable.fields.targets = newValue } }
    /// Part of speech ("noun", "verb", "adjective", …), if known.
    public var partOfSpeech: String? { get { storage.fields.partOfSpeech } set { writable.fields.partOfSpeech = newValue } }
    /// Grammatical gender of the source term ("masculine", "feminine"), if known.
    public var gender: String? { get { storage.fields.gender } set { writable.fields.gender = newValue } }
    /// Grammatical number of the source term ("singular", "plural"), if known.
    public var number: String? { get { storage.fields.number } set { writable.fields.number = newValue } }
    /// Domain or subject field ("technology", "law"), if known.
    public var domain: String? { get { storage.fields.domain } set { writable.fields.domain = newValue } }
    /// How the term may be used.
    public var status: Status { get { storage.fields.status } set { writable.fields.status = newValue } }
    /// Whether matching must respect case (acronyms, names); otherwise case and accents are folded.
    public var isCaseSensitive: Bool { get { storage.fields.isCaseSensitive } set { writable.fields.isCaseSensitive = newValue } }
    /// A free note ("legal sense", "pl. centres de données").
    public var note: String? { get { storage.fields.note } set { writable.fields.note = newValue } }
    /// Where the entry was read.
    public var origin: Origin { get { storage.fields.origin } set { writable.fields.origin = newValue } }

    public init(source: String, targets: [String], partOfSpeech: String? = nil, gender: String? = nil,
                number: String? = nil, domain: String? = nil, status: Status = .preferred,
                isCaseSensitive: Bool = false, note: String? = nil, origin: Origin) {
        storage = Storage(Fields(source: source, targets: targets, partOfSpeech: partOfSpeech, gender: gender, number: number,
                                 domain: domain, status: status, isCaseSensitive: isCaseSensitive, note: note, origin: origin))
    }

    public static func == (a: GlossaryEntry, b: GlossaryEntry) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    /// The target to use: the first one, or the source itself for a do-not-translate entry.
    public var preferredTarget: String { status == .doNotTranslate ? source : (targets.first ?? source) }
}

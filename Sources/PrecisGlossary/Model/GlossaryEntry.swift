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

    /// The fields, behind one reference: a match or an item that carries an entry copies it
    /// with one retain, not one per string. Written only when not shared (copy on write).
    private final class Storage: @unchecked Sendable {
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

        init(source: String, targets: [String], partOfSpeech: String?, gender: String?, number: String?, domain: String?,
             status: Status, isCaseSensitive: Bool, note: String?, origin: Origin) {
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

        func copy() -> Storage {
            Storage(source: source, targets: targets, partOfSpeech: partOfSpeech, gender: gender, number: number,
                    domain: domain, status: status, isCaseSensitive: isCaseSensitive, note: note, origin: origin)
        }
    }

    private var storage: Storage

    /// The storage, copied first if another entry shares it.
    private var writable: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// The source (French) term.
    public var source: String {
        get { storage.source }
        set { writable.source = newValue }
    }
    /// Target (English) terms, the preferred one first; empty for a do-not-translate entry.
    public var targets: [String] {
        get { storage.targets }
        set { writable.targets = newValue }
    }
    /// Part of speech ("noun", "verb", "adjective", …), if known.
    public var partOfSpeech: String? {
        get { storage.partOfSpeech }
        set { writable.partOfSpeech = newValue }
    }
    /// Grammatical gender of the source term ("masculine", "feminine"), if known.
    public var gender: String? {
        get { storage.gender }
        set { writable.gender = newValue }
    }
    /// Grammatical number of the source term ("singular", "plural"), if known.
    public var number: String? {
        get { storage.number }
        set { writable.number = newValue }
    }
    /// Domain or subject field ("technology", "law"), if known.
    public var domain: String? {
        get { storage.domain }
        set { writable.domain = newValue }
    }
    /// How the term may be used.
    public var status: Status {
        get { storage.status }
        set { writable.status = newValue }
    }
    /// Whether matching must respect case (acronyms, names); otherwise case and accents are folded.
    public var isCaseSensitive: Bool {
        get { storage.isCaseSensitive }
        set { writable.isCaseSensitive = newValue }
    }
    /// A free note ("legal sense", "pl. centres de données").
    public var note: String? {
        get { storage.note }
        set { writable.note = newValue }
    }
    /// Where the entry was read.
    public var origin: Origin {
        get { storage.origin }
        set { writable.origin = newValue }
    }

    public init(source: String, targets: [String], partOfSpeech: String? = nil, gender: String? = nil,
                number: String? = nil, domain: String? = nil, status: Status = .preferred,
                isCaseSensitive: Bool = false, note: String? = nil, origin: Origin) {
        storage = Storage(source: source, targets: targets, partOfSpeech: partOfSpeech, gender: gender, number: number,
                          domain: domain, status: status, isCaseSensitive: isCaseSensitive, note: note, origin: origin)
    }

    public static func == (a: GlossaryEntry, b: GlossaryEntry) -> Bool {
        a.storage === b.storage || (a.source == b.source && a.targets == b.targets && a.partOfSpeech == b.partOfSpeech
            && a.gender == b.gender && a.number == b.number && a.domain == b.domain && a.status == b.status
            && a.isCaseSensitive == b.isCaseSensitive && a.note == b.note && a.origin == b.origin)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(targets)
        hasher.combine(partOfSpeech)
        hasher.combine(gender)
        hasher.combine(number)
        hasher.combine(domain)
        hasher.combine(status)
        hasher.combine(isCaseSensitive)
        hasher.combine(note)
        hasher.combine(origin)
    }

    /// The target to use: the first one, or the source itself for a do-not-translate entry.
    public var preferredTarget: String { status == .doNotTranslate ? source : (targets.first ?? source) }
}

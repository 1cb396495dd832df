import PrecisText

/// A French full-form lexicon: every listed word form with its readings and English equivalents.
///
/// The file format (one reading per line, five tab-separated columns
/// `form lemma pos features english`, `#` comments) is described in `glossaries/README.md`.
/// Forms are looked up in lowercase; a form that is not listed can still be analyzed by
/// ``guessAnalyses(of:)``, which derives plurals, feminines, adverbs in *-ment* and regular verb
/// forms from listed lemmas.
///
/// ```swift
/// let lexicon = try Lexicon(contentsOf: ["glossaries/lexicon/fr-en.1.tsv"])
/// lexicon.analyses(of: "sociaux").first?.english   // ["social"]
/// ```
public struct Lexicon: Sendable {
    var forms: [String: [Analysis]] = [:]
    /// Verb readings by lemma, for deriving unlisted forms.
    var verbLemmas: [String: Analysis] = [:]
    /// Noun and adjective readings by lemma (masculine singular).
    var nominalLemmas: [String: Analysis] = [:]

    /// An empty lexicon.
    public init() {}

    /// Reads lexicon files; later files add readings after earlier ones.
    ///
    /// - Throws: ``LexiconError`` naming the file and line of the first problem.
    public init(contentsOf paths: [String]) throws(LexiconError) {
        for path in paths {
            let bytes: [UInt8]
            do { bytes = try AtomicFile.read(path) } catch { throw .unreadable(path: path, reason: "\(error)") }
            try read(bytes, name: path)
        }
    }

    /// The number of distinct forms.
    public var formCount: Int { forms.count }
    /// The number of readings.
    public var analysisCount: Int { forms.values.reduce(0) { $0 + $1.count } }

    /// The listed readings of a form (any case), likeliest first; empty when it is not listed.
    public func analyses(of form: some StringProtocol) -> [Analysis] {
        if let found = forms[String(form)] { return found }
        return forms[Folding.lowercase(form)] ?? []
    }

    /// Adds one reading (used by the reader and by tests).
    public mutating func add(form: String, _ analysis: Analysis) {
        forms[form, default: []].append(analysis)
        switch analysis.partOfSpeech {
        case .verb:
            // Any reading of a verb gives its lemma's English, for deriving other forms; the
            // infinitive's reading is preferred.
            if analysis.has(.infinitive) || verbLemmas[analysis.lemma] == nil { 
                if !(verbLemmas[analysis.lemma]?.has(.infinitive) ?? false) { verbLemmas[analysis.lemma] = analysis }
            }
        case .noun, .adjective:
            if form == analysis.lemma, nominalLemmas[form] == nil { nominalLemmas[form] = analysis }
        default: break
        }
    }
}

/// A lexicon file that cannot be used.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the lexicon (\(reason)); check the path and its permissions"
        case .invalid(let file, let line, let message):
            "\(file):\(line): \(message)"
        }
    }
}

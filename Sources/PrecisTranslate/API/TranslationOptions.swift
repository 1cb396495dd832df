import PrecisText

/// What a ``Translator`` loads.
///
/// ```swift
/// var options = TranslationOptions()
/// options.glossaries = ["my-terms.tsv"]          // win over everything shipped
/// options.usesDefaultGlossaries = true           // glossaries/domains and glossaries/names
/// let translator = try Translator(options: options)
/// ```
public struct TranslationOptions: Sendable, Hashable {
    /// User glossary files, highest priority first; any format the glossary engine reads.
    public var glossaries: [String] = []
    /// Whether to load the shipped domain, name and general-expression glossaries (after the user's).
    public var usesDefaultGlossaries = true
    /// The folder holding `lexicon/`, `domains/`, `names/` and `general/`; `nil` finds the shipped one
    /// (see ``Translator/defaultResourceDirectory()``).
    public var resourceDirectory: String?
    /// Fail on any glossary problem instead of skipping the bad entry with a warning.
    public var strictGlossaries = false
    /// General dictionaries (any glossary format; typically FreeDict's dictd files) consulted
    /// only for words the lexicon and its morphology rules do not know — never over a glossary
    /// term or a lexicon reading.
    public var dictionaries: [String] = []
    /// Limits on the glossary and dictionary files read (size, line length, entries, TBX
    /// nesting); a file past one fails with ``TranslatorError/glossary(_:)`` naming it.
    public var limits = InputLimits()

    public init(glossaries: [String] = [], usesDefaultGlossaries: Bool = true, resourceDirectory: String? = nil) {
        self.glossaries = glossaries
        self.usesDefaultGlossaries = usesDefaultGlossaries
        self.resourceDirectory = resourceDirectory
    }
}

/// Why a translator could not be set up.
public enum TranslatorError: Error, Sendable, CustomStringConvertible {
    case resourcesNotFound(searched: [String])
    case lexicon(LexiconError)
    case glossary(String)

    public var description: String {
        switch self {
        case .resourcesNotFound(let searched):
            "cannot find the shipped glossaries (looked in \(searched.joined(separator: ", "))); "
                + "set PRECIS_GLOSSARIES to the project's glossaries folder or pass --resources"
        case .lexicon(let error): error.description
        case .glossary(let message): message
        }
    }
}

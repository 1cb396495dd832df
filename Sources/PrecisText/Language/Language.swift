/// A language Precis analyses.
///
/// Precis reads French and English. Every entry point that takes a language also accepts
/// ``LanguageChoice/auto``, which asks ``LanguageIdentifier`` to decide from the text.
///
/// ```swift
/// let language = Language(code: "fr")   // .french
/// print(language?.code ?? "?")          // "fr"
/// ```
public enum Language: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    case french = "fr"
    case english = "en"

    /// The ISO 639-1 code: `fr` or `en`.
    public var code: String { rawValue }

    /// Creates a language from an ISO 639-1 or 639-2 code or an English name, case-insensitively.
    ///
    /// Returns `nil` for anything else. Region suffixes (`fr-CA`, `en_GB`) are accepted.
    public init?(code: String) {
        let lower = code.lowercased()
        let base = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
        switch base {
        case "fr", "fra", "fre", "french", "français", "francais": self = .french
        case "en", "eng", "english", "anglais": self = .english
        default: return nil
        }
    }

    public var description: String { rawValue }
}

/// A language a caller asks for: a fixed one, or `auto` to identify it from the text.
///
/// ```swift
/// let choice = LanguageChoice(argument: "auto")       // .auto
/// let language = choice?.resolve(for: "Le chat dort.") // .french
/// ```
public enum LanguageChoice: Sendable, Hashable, CustomStringConvertible {
    case auto
    case fixed(Language)

    /// Parses `auto`, `fr`, `en` (or any code ``Language/init(code:)`` accepts).
    public init?(argument: String) {
        if argument.lowercased() == "auto" {
            self = .auto
        } else if let language = Language(code: argument) {
            self = .fixed(language)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .auto: "auto"
        case .fixed(let language): language.code
        }
    }
}

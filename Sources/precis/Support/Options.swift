import ArgumentParser
import Precis

extension LanguageChoice: ExpressibleByArgument {
    public static var allValueStrings: [String] { ["auto", "fr", "en"] }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { ["fr", "en"] }
}

/// `text` or `jsonl` output.
enum LineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}

/// The input file argument shared by the text commands.
struct InputArgument: ParsableArguments {
    @Argument(help: "A UTF-8 text file, or - for standard input (the default).")
    var file: String?
}

/// `--language auto|fr|en`.
struct LanguageOption: ParsableArguments {
    @Option(name: [.short, .long], help: "The text's language: auto (identify it), fr or en.")
    var language: LanguageChoice = .auto

    /// The language to use for `text`.
    func resolve(for text: String) -> Language {
        switch language {
        case .fixed(let language): language
        case .auto: LanguageIdentifier().identify(text.prefix(8192)) ?? .french
        }
    }
}

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

/// `--quiet` and `--verbose`, on every command.
struct MessageOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print errors only: no warnings, notes or progress.")
    var quiet = false
    @Flag(name: [.short, .long], help: "Also print what was loaded, counts and timings (on standard error).")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("give --quiet or --verbose, not both") }
    }

    var verbosity: Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }
}

/// A command with ``MessageOptions``: `main` applies them before it runs.
protocol MessageReporting {
    var messages: MessageOptions { get }
}

/// `--max-input-bytes` and `--max-line-bytes`, on every command that reads input.
struct InputLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse a file read whole (text, glossary, model) larger than this.", valueName: "bytes"))
    var maxInputBytes: Int = InputLimits.defaultMaximumInputBytes
    @Option(help: ArgumentHelp("Refuse a line longer than this (a JSON Lines record in batch gives an error line instead).",
                               valueName: "bytes"))
    var maxLineBytes: Int = InputLimits.defaultMaximumLineBytes

    func validate() throws {
        guard maxInputBytes >= 1 else { throw ValidationError("--max-input-bytes must be at least 1") }
        guard maxLineBytes >= 1 else { throw ValidationError("--max-line-bytes must be at least 1") }
    }

    /// The limits these flags set (glossary limits at their defaults).
    var limits: InputLimits {
        var limits = InputLimits()
        limits.maximumInputBytes = maxInputBytes
        limits.maximumLineBytes = maxLineBytes
        return limits
    }
}

/// `--max-glossary-entries` and `--max-xml-depth`, on every command that reads glossaries.
struct GlossaryLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse a glossary file with more entries than this.", valueName: "n"))
    var maxGlossaryEntries: Int = InputLimits.defaultMaximumGlossaryEntries
    @Option(help: ArgumentHelp("Refuse a TBX file nesting elements deeper than this (XML entity declarations are always refused).",
                               valueName: "n"))
    var maxXmlDepth: Int = InputLimits.defaultMaximumXMLDepth

    func validate() throws {
        guard maxGlossaryEntries >= 1 else { throw ValidationError("--max-glossary-entries must be at least 1") }
        guard maxXmlDepth >= 1 else { throw ValidationError("--max-xml-depth must be at least 1") }
    }

    /// `limits` with these flags' values.
    func applied(to limits: InputLimits) -> InputLimits {
        var limits = limits
        limits.maximumGlossaryEntries = maxGlossaryEntries
        limits.maximumXMLDepth = maxXmlDepth
        return limits
    }
}

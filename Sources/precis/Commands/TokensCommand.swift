import ArgumentParser
import Precis

extension Tokenizer.Engine: ExpressibleByArgument {}

struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Split text into tokens: words, numbers, punctuation, symbols, URLs, e-mail addresses.",
        discussion: """
            text: one sentence per line, tokens separated by spaces. jsonl: one object per token \
            with "text", "kind", "start", "end" (UTF-8 byte offsets in the input) and "sentence" \
            (its sentence's index), plus "elision" or "hyphenated" when true.
            """
    )

    @OptionGroup var input: InputArgument
    @OptionGroup var language: LanguageOption
    @Option(name: .shortAndLong, help: "Output format: text or jsonl.")
    var format: LineFormat = .text
    @Option(help: "Tokenizer engine: scanner (fast) or icu (reference); both give the same tokens.")
    var engine: Tokenizer.Engine = .scanner
    @OptionGroup(title: "Limits") var limits: InputLimitOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let input = try InputText.read(input.file, limits: limits.limits)
        let text = input.text
        let language = language.resolve(for: text)
        let segmenter = SentenceSegmenter(language: language)
        let tokenizer = Tokenizer(language: language, engine: engine)
        var out = StandardOutput()
        for (index, sentence) in segmenter.sentences(in: text).enumerated() {
            let tokens = tokenizer.tokens(in: text, range: sentence.range)
            switch format {
            case .text:
                out.writeLine(tokens.map { $0.text(in: text) }.joined(separator: " "))
            case .jsonl:
                for token in tokens {
                    var line = JSONLine()
                    line.add("text", String(token.text(in: text)))
                    line.add("kind", token.kind.description)
                    line.add("start", token.range.lowerBound)
                    line.add("end", token.range.upperBound)
                    line.add("sentence", index)
                    if token.isElision { line.add("elision", true) }
                    if token.isHyphenated { line.add("hyphenated", true) }
                    out.writeLine(line.string)
                }
            }
        }
        out.flush()
    }
}

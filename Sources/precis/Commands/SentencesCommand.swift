import ArgumentParser
import Precis

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split text into sentences.",
        discussion: """
            text: one sentence per line (line breaks inside a sentence become spaces). \
            jsonl: one object per sentence with "text", "start" and "end", the sentence's UTF-8 \
            byte offsets in the input.
            """
    )

    @OptionGroup var input: InputArgument
    @OptionGroup var language: LanguageOption
    @Option(name: .shortAndLong, help: "Output format: text or jsonl.")
    var format: LineFormat = .text
    @OptionGroup(title: "Limits") var limits: InputLimitOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let input = try InputText.read(input.file, limits: limits.limits)
        let text = input.text
        let segmenter = SentenceSegmenter(language: language.resolve(for: text))
        var out = StandardOutput()
        for sentence in segmenter.sentences(in: text) {
            let sentenceText = sentence.text(in: text)
            switch format {
            case .text:
                out.writeLine(sentenceText.split(whereSeparator: \.isNewline).joined(separator: " "))
            case .jsonl:
                var line = JSONLine()
                line.add("text", String(sentenceText))
                line.add("start", sentence.range.lowerBound)
                line.add("end", sentence.range.upperBound)
                out.writeLine(line.string)
            }
        }
        out.flush()
    }
}

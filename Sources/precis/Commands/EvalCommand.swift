import ArgumentParser
import Foundation
import Precis

extension RougeScorer.Tokenization: ExpressibleByArgument {}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure output quality with the project's reference protocols.",
        subcommands: [Rouge.self]
    )

    struct Rouge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "ROUGE-1/2/L F1 of system summaries against references (rouge-score's protocol).",
            discussion: """
                Both files are JSON Lines with "id" and "summary"; summaries are matched by id, and a \
                reference with no system summary scores against an empty one. Prints the line \
                ../shared/eval/rouge.py prints: R1 R2 RL (F1 × 100), docs, missing, avg_words.
                """
        )

        @Option(help: "Reference summaries (JSONL with id and summary).")
        var reference: String
        @Option(help: "System summaries (JSONL with id and summary).")
        var system: String
        @Option(help: "rouge-score (ASCII letters and digits, the OrangeSum protocol) or unicode (keeps accented words).")
        var tokenizer: RougeScorer.Tokenization = .rougeScore
        @Option(name: [.short, .long], help: "Output format: text or json.")
        var format: SummaryFormat = .text

        func validate() throws {
            guard format != .jsonl else { throw ValidationError("--format: use text or json") }
        }

        func run() throws {
            let references = try Self.read(reference)
            var systemSummaries: [String: String] = [:]
            for (id, summary) in try Self.read(system) { systemSummaries[id] = summary }
            let result = RougeScorer(tokenization: tokenizer).scoreCorpus(references: references, system: systemSummaries)
            var out = StandardOutput()
            switch format {
            case .text:
                out.writeLine(result.line)
            default:
                var line = JSONLine()
                line.add("rouge1", raw: String(100 * result.rouge1))
                line.add("rouge2", raw: String(100 * result.rouge2))
                line.add("rougeL", raw: String(100 * result.rougeL))
                line.add("documents", result.documents)
                line.add("missing", result.missing)
                line.add("avg_words", raw: String(result.averageWords))
                line.add("tokenizer", tokenizer.rawValue)
                out.writeLine(line.string)
            }
            out.flush()
        }

        /// `(id, summary)` pairs of a JSONL file; a line without them is an input error naming it.
        static func read(_ path: String) throws -> [(id: String, summary: String)] {
            let input = try InputText.read(path)
            var pairs: [(id: String, summary: String)] = []
            var lineNumber = 0
            for bytes in input.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNumber += 1
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                    throw CLIError.input("\(input.name):\(lineNumber): not a JSON object; each line must be {\"id\": …, \"summary\": …}")
                }
                guard let id = JSONRecord.idText(object["id"]) else {
                    throw CLIError.input("\(input.name):\(lineNumber): missing \"id\"; give every line an id")
                }
                guard let summary = object["summary"] as? String else {
                    throw CLIError.input("\(input.name):\(lineNumber): missing \"summary\" string")
                }
                pairs.append((id, summary))
            }
            return pairs
        }
    }
}

import ArgumentParser
import Foundation
import Precis

extension RougeScorer.Tokenization: ExpressibleByArgument {}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure output quality with the project's reference protocols.",
        subcommands: [Rouge.self, Chrf.self, Terms.self]
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
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            guard format != .jsonl else { throw ValidationError("--format: use text or json") }
        }

        func run() throws {
            let references = try Self.read(reference, limits: limits.limits)
            var systemSummaries: [String: String] = [:]
            for (id, summary) in try Self.read(system, limits: limits.limits) { systemSummaries[id] = summary }
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
        static func read(_ path: String, limits: InputLimits) throws -> [(id: String, summary: String)] {
            let input = try InputText.read(path, limits: limits)
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

extension EvalCommand {
    struct Chrf: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chrf",
            abstract: "chrF2 of a system's output against references (sacrebleu's chrF with its defaults).",
            discussion: """
                Both files hold one segment per line, line-aligned. Prints sacrebleu's score line \
                (chrF2 = 45.67) and the segment count. The score is sacrebleu 2.x's corpus chrF: \
                character n-grams of 1 to 6 with whitespace removed, case kept, β = 2, statistics \
                summed over all segments — what `sacrebleu REF -i SYS -m chrf` prints.
                """
        )

        @Option(help: "Reference segments: a UTF-8 text file, one per line.")
        var reference: String
        @Option(help: "Take column N (from 1) of a TAB-separated reference file instead of the whole line.")
        var referenceColumn: Int?
        @Option(help: "System output: a UTF-8 text file, one segment per line.")
        var system: String
        @Option(help: "Take column N (from 1) of a TAB-separated system file instead of the whole line.")
        var systemColumn: Int?
        @Option(name: [.short, .long], help: "Output format: text or json.")
        var format: SummaryFormat = .text
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            guard format != .jsonl else { throw ValidationError("--format: use text or json") }
            for (flag, column) in [("--reference-column", referenceColumn), ("--system-column", systemColumn)] {
                if let column, column < 1 { throw ValidationError("\(flag) counts from 1") }
            }
        }

        func run() throws {
            let references = try SegmentFile.read(reference, column: referenceColumn, limits: limits.limits)
            let hypotheses = try SegmentFile.read(system, column: systemColumn, limits: limits.limits)
            try SegmentFile.requireAligned(reference: (references.name, references.segments.count),
                                           system: (hypotheses.name, hypotheses.segments.count))
            let scorer = ChrFScorer()
            let result = scorer.corpusScore(hypotheses: hypotheses.segments, references: references.segments)
            var out = StandardOutput()
            switch format {
            case .text:
                out.writeLine("\(result.line) (\(result.segments) segments)")
            default:
                var line = JSONLine()
                line.add("name", result.name)
                line.add("score", raw: String(result.score))
                line.add("segments", result.segments)
                line.add("char_order", scorer.characterOrder)
                line.add("word_order", 0)
                line.add("beta", scorer.beta)
                out.writeLine(line.string)
            }
            out.flush()
        }
    }
}

extension EvalCommand {
    struct Terms: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Term accuracy of a system's English output (../shared/eval/termacc.py).",
            discussion: """
                --data is the WMT21 terminology JSON Lines: one segment per line with "terms", a \
                list of {"en": …} (alternatives separated by |). --system has one output line per \
                segment. A term counts when one of its alternatives appears in the lower-cased, \
                whitespace-collapsed output, bounded by non-word characters. Prints termacc.py's \
                line: term accuracy 97.12% (hits/total).
                """
        )

        @Option(help: "Annotated segments (JSONL with \"terms\": [{\"en\": …}, …]).")
        var data: String
        @Option(help: "System output: a UTF-8 text file, one line per segment.")
        var system: String
        @Flag(help: "Also list the missed terms: segment number, English term, French term.")
        var listMisses = false
        @Option(name: [.short, .long], help: "Output format: text or json.")
        var format: SummaryFormat = .text
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            guard format != .jsonl else { throw ValidationError("--format: use text or json") }
        }

        func run() throws {
            let (name, segments) = try Self.read(data, limits: limits.limits)
            let outputs = try SegmentFile.read(system, universalNewlines: true, limits: limits.limits)
            try SegmentFile.requireAligned(reference: (name, segments.count),
                                           system: (outputs.name, outputs.segments.count))
            let result = TermAccuracy().score(terms: segments.map { $0.map(\.en) }, outputs: outputs.segments)
            var out = StandardOutput()
            switch format {
            case .text:
                if listMisses {
                    for miss in result.misses {
                        let french = segments[miss.segment - 1][miss.index].fr
                        out.writeLine("\(miss.segment)\t\(miss.term)" + (french.map { "\t\($0)" } ?? ""))
                    }
                }
                out.writeLine(result.line)
            default:
                var line = JSONLine()
                line.add("accuracy", raw: String(result.accuracy))
                line.add("hits", result.hits)
                line.add("total", result.total)
                line.add("segments", result.segments)
                if listMisses {
                    let misses = result.misses.map { miss in
                        var object = JSONLine()
                        object.add("segment", miss.segment)
                        object.add("en", miss.term)
                        if let french = segments[miss.segment - 1][miss.index].fr { object.add("fr", french) }
                        return object.string
                    }
                    line.add("misses", raw: "[" + misses.joined(separator: ",") + "]")
                }
                out.writeLine(line.string)
            }
            out.flush()
        }

        /// The annotated terms of each line of a WMT21 terminology JSONL file; a line that is not
        /// a segment is an input error naming it (trailing blank lines excepted).
        static func read(_ path: String, limits: InputLimits) throws -> (name: String, segments: [[(en: String, fr: String?)]]) {
            let file = try SegmentFile.read(path, universalNewlines: true, limits: limits)
            var lines = file.segments[...]
            while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
            var segments: [[(en: String, fr: String?)]] = []
            segments.reserveCapacity(lines.count)
            for (k, line) in lines.enumerated() {
                let place = "\(file.name):\(k + 1)"
                guard !line.allSatisfy(\.isWhitespace) else {
                    throw CLIError.input("\(place): blank line; each line must be one segment's JSON object, aligned with the system output")
                }
                guard let value = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
                    throw CLIError.input("\(place): not valid JSON; each line must be one JSON object")
                }
                guard let object = value as? [String: Any], let terms = object["terms"] as? [Any] else {
                    throw CLIError.input("\(place): missing \"terms\" list; each line must be {…, \"terms\": [{\"en\": …}, …]}")
                }
                segments.append(try terms.enumerated().map { index, term in
                    guard let term = term as? [String: Any], let en = term["en"] as? String else {
                        throw CLIError.input("\(place): term \(index + 1) has no \"en\" string")
                    }
                    return (en, term["fr"] as? String)
                })
            }
            return (file.name, segments)
        }
    }
}

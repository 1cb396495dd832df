import ArgumentParser
import Foundation
import Precis

extension Glossary.Format: ExpressibleByArgument {}

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Validate, describe and query glossaries (DeepL TSV, Google CSV, OmegaT, TBX, dictd).",
        subcommands: [Validate.self, Stats.self, Lookup.self, Match.self, Convert.self, Compile.self]
    )

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check glossary files; report every problem as FILE:LINE[:COLUMN]: message; fix.",
            discussion: "Exit code 0 when every file is clean (warnings allowed unless --strict), 3 otherwise."
        )
        @Argument(help: "Glossary files (a dictd dictionary by its .index, .dict or .dict.dz).")
        var files: [String]
        @Flag(help: "Treat warnings (duplicates with the same translation) as failures too.")
        var strict = false
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup(title: "Glossary limits") var glossaryLimits: GlossaryLimitOptions
        @OptionGroup var messages: MessageOptions
        /// The limits the flags set.
        var allLimits: InputLimits { glossaryLimits.applied(to: limits.limits) }

        func run() throws {
            var failed = false
            for file in files {
                let result = try loadGlossary(file, limits: allLimits)
                reportIssues(result.issues)
                let errors = result.issues.filter { $0.severity == .error }.count
                let warnings = result.issues.count - errors
                print("\(file): \(result.glossary.format.rawValue), \(result.glossary.entries.count) entries loaded, \(result.skipped) skipped, \(errors) errors, \(warnings) warnings")
                if errors > 0 || (strict && warnings > 0) { failed = true }
            }
            if failed { throw ExitCode(CLIError.inputExitCode) }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count entries, multi-word terms and fields of glossary files.")
        @Argument(help: "Glossary files.")
        var files: [String]
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup(title: "Glossary limits") var glossaryLimits: GlossaryLimitOptions
        @OptionGroup var messages: MessageOptions
        /// The limits the flags set.
        var allLimits: InputLimits { glossaryLimits.applied(to: limits.limits) }

        func run() throws {
            for file in files {
                let result = try loadGlossary(file, limits: allLimits)
                let entries = result.glossary.entries
                let multiword = entries.filter { $0.source.contains(" ") }.count
                let withPOS = entries.filter { $0.partOfSpeech != nil }.count
                let withNote = entries.filter { $0.note != nil }.count
                print("\(file)\tformat=\(result.glossary.format.rawValue)\tentries=\(entries.count)\tmulti-word=\(multiword)\tpos=\(withPOS)\tnotes=\(withNote)\tskipped=\(result.skipped)")
            }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look a French term up in stacked glossaries (the first file given wins).",
            discussion: "Case, accents, apostrophes and spaces are folded. Prints target, origin and fields; exit 1 when not found."
        )
        @Option(name: .shortAndLong, help: "A glossary file; repeat to stack several, highest priority first.")
        var glossary: [String] = []
        @Argument(help: "The French term.")
        var term: String
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup(title: "Glossary limits") var glossaryLimits: GlossaryLimitOptions
        @OptionGroup var messages: MessageOptions
        /// The limits the flags set.
        var allLimits: InputLimits { glossaryLimits.applied(to: limits.limits) }

        func validate() throws {
            guard !glossary.isEmpty else { throw ValidationError("give at least one --glossary FILE") }
        }

        func run() throws {
            let set = GlossarySet(try glossary.map { try loadGlossary($0, limits: allLimits).glossary })
            let hits = set.lookupAll(term)
            guard !hits.isEmpty else {
                Messages.error("'\(term)' is in none of the glossaries")
                throw ExitCode(CLIError.someRecordsFailedExitCode)
            }
            for entry in hits {
                var fields = ["\(entry.source)\t\(entry.targets.joined(separator: " | "))\t\(entry.origin)"]
                if let pos = entry.partOfSpeech { fields.append("pos=\(pos)") }
                if let note = entry.note { fields.append("note=\(note)") }
                print(fields.joined(separator: "\t"))
            }
        }
    }
}

extension GlossaryCommand {
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find glossary terms in French text, line by line (leftmost-longest, inflection-aware).",
            discussion: """
                text: one line per match, "LINE\tSTART-END\tTEXT\tTARGET\tORIGIN" (byte offsets in the \
                line). jsonl: one object per input line with its "matches" (start, end, text, source, \
                target, origin, plural).
                """
        )
        @Option(name: .shortAndLong, help: "A glossary file; repeat to stack several, highest priority first.")
        var glossary: [String] = []
        @Option(help: "A compiled glossary (from `precis glossary compile`) instead of --glossary files.")
        var cache: String?
        @Argument(help: "Text to search, or - (default) to read standard input.")
        var text: String?
        @Option(name: [.short, .long], help: "Output format: text or jsonl.")
        var format: LineFormat = .text
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup(title: "Glossary limits") var glossaryLimits: GlossaryLimitOptions
        @OptionGroup var messages: MessageOptions
        /// The limits the flags set.
        var allLimits: InputLimits { glossaryLimits.applied(to: limits.limits) }

        func validate() throws {
            guard glossary.isEmpty != (cache == nil) else {
                throw ValidationError("give --glossary FILE (one or more) or --cache FILE, not both")
            }
        }

        func run() throws {
            let matcher: GlossaryMatcher
            if let cache {
                matcher = try loadGlossaryCache(cache, limits: allLimits)
            } else {
                matcher = GlossaryMatcher(try glossary.map { try loadGlossary($0, limits: allLimits).glossary })
            }
            let input = text == nil || text == "-" ? try InputText.read(nil, limits: allLimits).text : text!
            var out = StandardOutput()
            var lines = input.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }  // the final newline
            for (index, bytes) in lines.enumerated() {
                let lineNumber = index + 1
                let line = String(Substring(bytes))
                let matches = matcher.matches(in: line)
                switch format {
                case .text:
                    for match in matches {
                        out.writeLine("\(lineNumber)\t\(match.range.lowerBound)-\(match.range.upperBound)\t\(line.slice(match.range))\t\(match.entry.preferredTarget)\t\(match.entry.origin)")
                    }
                case .jsonl:
                    var objects: [String] = []
                    for match in matches {
                        var object = JSONLine()
                        object.add("start", match.range.lowerBound)
                        object.add("end", match.range.upperBound)
                        object.add("text", String(line.slice(match.range)))
                        object.add("source", match.entry.source)
                        object.add("target", match.entry.preferredTarget)
                        object.add("origin", match.entry.origin.description)
                        object.add("plural", match.isPlural)
                        objects.append(object.string)
                    }
                    var object = JSONLine()
                    object.add("line", lineNumber)
                    object.add("matches", raw: "[" + objects.joined(separator: ",") + "]")
                    out.writeLine(object.string)
                }
            }
            out.flush()
        }
    }
}

extension GlossaryWriter.Format: ExpressibleByArgument {}

extension GlossaryCommand {
    struct Compile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile stacked glossaries into a binary cache that `glossary match --cache` loads in milliseconds."
        )
        @Argument(help: "Glossary files, highest priority first.")
        var files: [String]
        @Option(name: .shortAndLong, help: "The cache file to write (atomically).")
        var output: String
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup(title: "Glossary limits") var glossaryLimits: GlossaryLimitOptions
        @OptionGroup var messages: MessageOptions
        /// The limits the flags set.
        var allLimits: InputLimits { glossaryLimits.applied(to: limits.limits) }

        func run() throws {
            let sink = try AtomicOutput(path: output)
            let glossaries = try files.map { file in
                let result = try loadGlossary(file, limits: allLimits)
                reportIssues(result.issues)
                return result.glossary
            }
            let matcher = GlossaryMatcher(glossaries)
            try sink.write(bytes: matcher.serialized())
            try sink.commit()
            Messages.note("\(output): \(matcher.entryCount) entries compiled")
        }
    }
}

extension GlossaryCommand {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a glossary to TSV or TBX v3 (TBX-Basic), saying what the target format drops."
        )
        @Argument(help: "The glossary to convert.")
        var input: String
        @Option(help: "The format to write: tsv or tbx.")
        var to: GlossaryWriter.Format
        @Option(name: .shortAndLong, help: "The file to write (atomically).")
        var output: String
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup(title: "Glossary limits") var glossaryLimits: GlossaryLimitOptions
        @OptionGroup var messages: MessageOptions
        /// The limits the flags set.
        var allLimits: InputLimits { glossaryLimits.applied(to: limits.limits) }

        func run() throws {
            let sink = try AtomicOutput(path: output)
            let result = try loadGlossary(input, limits: allLimits)
            reportIssues(result.issues)
            let written = GlossaryWriter.write(result.glossary, as: to)
            try sink.write(bytes: Array(written.text.utf8))
            try sink.commit()
            var report = "\(output): \(result.glossary.entries.count) entries written"
            if !written.dropped.isEmpty {
                let parts = written.dropped.sorted { $0.key < $1.key }.map { "\($0.key) of \($0.value) entries" }
                report += "; \(to.rawValue.uppercased()) cannot hold, so dropped: " + parts.joined(separator: ", ")
            }
            Messages.note(report)
        }
    }
}

import ArgumentParser
import Foundation
import Precis

/// Options that build a translator, shared by `translate` and `summarize --translate`.
struct TranslatorOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "A glossary file (TSV, CSV, OmegaT, TBX) whose terms win; repeat for several, highest priority first.")
    var glossaries: [String] = []
    @Option(name: .customLong("dictionary"), help: "A general dictionary (e.g. FreeDict's /usr/share/dictd/freedict-fra-eng.index) consulted only for words nothing else knows; repeat for several.")
    var dictionaries: [String] = []
    @Flag(help: "Do not load the shipped domain and name glossaries (the lexicon is always loaded).")
    var noDefaultGlossaries = false
    @Option(help: "The folder of the shipped lexicon and glossaries (default: found beside the program, or $PRECIS_GLOSSARIES).")
    var resources: String?
    @Flag(help: "Fail on any glossary problem instead of skipping the bad entries.")
    var strictGlossaries = false
    @OptionGroup var glossaryLimits: GlossaryLimitOptions

    /// The translator these options describe; glossary files are read within `limits` (with
    /// this group's glossary limits).
    func makeTranslator(limits: InputLimits) throws -> Translator {
        var options = TranslationOptions(glossaries: glossaries, usesDefaultGlossaries: !noDefaultGlossaries, resourceDirectory: resources)
        options.strictGlossaries = strictGlossaries
        options.dictionaries = dictionaries
        options.limits = glossaryLimits.applied(to: limits)
        for path in glossaries + dictionaries where !FileManager.default.isReadableFile(atPath: path) {
            throw CLIError.input("\(path): cannot read the glossary; check the path")
        }
        do {
            let translator = try Messages.timed("translator loaded") { try Translator(options: options) }
            for warning in translator.warnings { Messages.warning(warning) }
            let statistics = translator.statistics
            Messages.verbose("translator: \(statistics.forms) lexicon forms, \(statistics.glossaryEntries) glossary entries "
                + "(\(glossaries.count) user glossaries, \(dictionaries.count) dictionaries, "
                + "shipped glossaries \(noDefaultGlossaries ? "off" : "on"))")
            return translator
        } catch {
            throw CLIError.input("\(error)")
        }
    }
}

struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate French news text (headlines, sentences) into English.",
        discussion: """
            Glossary terms always win (user glossaries first, then the shipped domain and name \
            glossaries); the general lexicon covers the rest; unknown words pass through unchanged \
            and are reported with --format json. text: one output line per input line. json: one \
            object per input line with "translation" and "spans" (text, start, end, rule, origin, \
            unknown). jsonl: reads objects with "id", "text" and optional "terms" (the record's \
            own terminology, [{"source": …, "target": …}], winning over every glossary), writes \
            "id", "translation", "spans"; a bad line gives {"id", "error"} and the run goes on \
            (exit code 1 at the end).
            """
    )

    @Argument(help: "French text to translate (each argument is one line). Without TEXT, reads --file or standard input.")
    var text: [String] = []
    @Option(name: [.short, .long], help: "A UTF-8 file to translate, or - for standard input.")
    var file: String?
    @OptionGroup var translatorOptions: TranslatorOptions
    @Option(name: [.long], help: "Output format: text, json or jsonl.")
    var format: SummaryFormat = .text
    @OptionGroup(title: "Limits") var limits: InputLimitOptions
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        if !text.isEmpty && file != nil { throw ValidationError("give the text as arguments or with --file, not both") }
        if format == .jsonl && !text.isEmpty { throw ValidationError("--format jsonl reads JSON lines from --file or standard input") }
    }

    func run() throws {
        let translator = try translatorOptions.makeTranslator(limits: limits.limits)
        var out = StandardOutput()
        if format == .jsonl {
            // JSON lines from --file or standard input (`validate` refuses arguments), each checked on its own.
            let lines = try InputText.readLines(file, limits: limits.limits)
            var failed = 0
            lines.bytes.withUnsafeBufferPointer { bytes in
                TextRecord.forEach(inUTF8: bytes, maximumLineBytes: limits.limits.maximumLineBytes) { record in
                    var object = JSONLine()
                    if let id = record.id { object.add("id", raw: id) }
                    guard let text = record.text else {
                        failed += 1
                        object.add("error", "\(lines.name):\(record.lineNumber): " + (record.problem ?? "missing \"text\" string field"))
                        out.writeLine(object.string)
                        return
                    }
                    let terms = record.terms.enumerated().map { k, term in
                        GlossaryEntry(source: term.source, targets: [term.target],
                                      origin: .init(file: "\(lines.name):\(record.lineNumber) terms", line: k + 1))
                    }
                    Self.add(translator.translate(text, terms: terms), to: &object)
                    out.writeLine(object.string)
                }
            }
            out.flush()
            if failed > 0 {
                Messages.error("\(failed) record(s) failed; see their \"error\" fields")
                throw ExitCode(CLIError.someRecordsFailedExitCode)
            }
            return
        }
        let input: InputText
        if text.isEmpty {
            input = try InputText.read(file, limits: limits.limits)
        } else {
            input = InputText(name: "<arguments>", text: text.joined(separator: "\n"))
        }
        switch format {
        case .text:
            var lines = input.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            if lines.last == "" { lines.removeLast() }
            for line in lines { out.writeLine(translator.translate(line).text) }
        case .json:
            var lines = input.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            if lines.last == "" { lines.removeLast() }
            for line in lines {
                var object = JSONLine()
                Self.add(translator.translate(line), to: &object)
                out.writeLine(object.string)
            }
        case .jsonl:
            break   // read line by line above
        }
        out.flush()
    }

    static func add(_ translation: Translation, to object: inout JSONLine) {
        object.add("translation", translation.text)
        var spans = "["
        for (k, span) in translation.spans.enumerated() {
            if k > 0 { spans += "," }
            var item = JSONLine()
            item.add("text", span.text)
            item.add("start", span.source.lowerBound)
            item.add("end", span.source.upperBound)
            item.add("rule", span.rule.rawValue)
            if let origin = span.origin { item.add("origin", origin) }
            if span.isUnknown { item.add("unknown", true) }
            spans += item.string
        }
        object.add("spans", raw: spans + "]")
        object.add("unknown", strings: translation.unknownWords)
    }
}

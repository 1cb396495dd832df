import ArgumentParser
import Foundation
import Precis

extension SummaryMethod: ExpressibleByArgument {}

/// `text`, `json` or `jsonl` output.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Pick the sentences that best summarize an article.",
        discussion: """
            text: the chosen sentences, one per line (then keywords, if asked). json: one object \
            with the sentences (text, index, start, end, score) and keywords. jsonl: reads one \
            object per line with "id", "text" and optional "title", and writes one line per input \
            line, in order, with "id", "summary", "sentences" and "keywords"; a bad line gives \
            {"id", "error"} and the run goes on (exit code 1 at the end). jsonl input is summarized \
            on --jobs threads, in windows of a few thousand lines; the output is the same for any \
            number of jobs.
            """
    )

    @OptionGroup var input: InputArgument
    @Option(name: [.short, .long], help: "The text's language: auto (identify it), fr or en.")
    var language: LanguageChoice = .auto
    @Option(help: "The article's title (headline): helps pick the sentences it announces.")
    var title: String?
    @Option(name: [.short, .long], help: "Scoring method: \(SummaryMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var method: SummaryMethod = .default
    @Option(help: "Budget: at most N sentences (default 3 when no budget is given).")
    var sentences: Int?
    @Option(help: "Budget: whole sentences totalling at most N words.")
    var maxWords: Int?
    @Option(help: "Budget: whole sentences totalling at most N characters.")
    var maxChars: Int?
    @Option(help: "Budget: this fraction of the article's words (0 < R ≤ 1).")
    var ratio: Double?
    @Option(help: "Also extract N keywords and keyphrases.")
    var keywords: Int = 0
    @Option(help: "MMR relevance: 1 ignores redundancy, lower values avoid repeating sentences.")
    var relevance: Double = 0.75
    @Option(help: "LexRank: drop similarity edges below this cosine (0: continuous LexRank).")
    var lexrankThreshold: Double = 0
    @Option(help: ArgumentHelp(
        "Weights of the default method, e.g. position=1,title=0.6,centroid=0.5 (unnamed scorers: 0).",
        valueName: "name=weight,…"))
    var weights: String?
    @Option(help: "A file of extra stopwords (one per line, # comments), added to the standard lists.")
    var stopwords: String?
    @Option(help: ArgumentHelp(
        "An IDF model file (from `precis idf fit`); repeat for several languages. `default`: the shipped French and English models.",
        discussion: "Without a model, IDF comes from the article's own sentences, which ranks sentences better on the OrangeSum training split.",
        valueName: "model"))
    var idf: [String] = []
    @Option(name: [.short, .long], help: "Output format: text, json or jsonl.")
    var format: SummaryFormat = .text
    @Option(help: "Threads for --format jsonl (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Also translate the summary (and the title) into English.")
    var translate = false
    @OptionGroup(title: "Translation (with --translate)") var translatorOptions: TranslatorOptions
    @OptionGroup(title: "Limits") var limits: InputLimitOptions
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        let budgets = [sentences != nil, maxWords != nil, maxChars != nil, ratio != nil].filter { $0 }.count
        guard budgets <= 1 else {
            throw ValidationError("give one budget: --sentences, --max-words, --max-chars or --ratio")
        }
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if let maxWords, maxWords < 1 { throw ValidationError("--max-words must be at least 1") }
        if let maxChars, maxChars < 1 { throw ValidationError("--max-chars must be at least 1") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be in (0, 1]") }
        guard keywords >= 0 else { throw ValidationError("--keywords must be 0 or more") }
        guard relevance >= 0 && relevance <= 1 else { throw ValidationError("--relevance must be in [0, 1]") }
        guard lexrankThreshold >= 0 && lexrankThreshold < 1 else { throw ValidationError("--lexrank-threshold must be in [0, 1)") }
        if let weights { _ = try Self.parseWeights(weights) }
        guard jobs >= 1 && jobs <= BatchCommand.maximumJobs else {
            throw ValidationError("--jobs must be between 1 and \(BatchCommand.maximumJobs)")
        }
        if format == .jsonl && title != nil {
            throw ValidationError("--title applies to one article; in jsonl, give each line a \"title\"")
        }
    }

    var options: SummaryOptions {
        var options = SummaryOptions()
        options.language = language
        options.method = method
        options.keywords = keywords
        options.relevance = relevance
        options.lexrankThreshold = lexrankThreshold
        if let sentences { options.budget = .sentences(sentences) }
        if let maxWords { options.budget = .words(maxWords) }
        if let maxChars { options.budget = .characters(maxChars) }
        if let ratio { options.budget = .ratio(ratio) }
        if let weights, let parsed = try? Self.parseWeights(weights) { options.weights = parsed }
        return options
    }

    /// Parses `name=weight,…` into the default method's weights.
    static func parseWeights(_ text: String) throws -> ScoreWeights {
        var weights = ScoreWeights()
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite else {
                throw ValidationError("--weights: '\(item)' is not name=number; e.g. position=1,title=0.6")
            }
            switch parts[0] {
            case "tfidf": weights.tfidf = value
            case "centroid": weights.centroid = value
            case "lexrank": weights.lexrank = value
            case "textrank": weights.textrank = value
            case "position": weights.position = value
            case "title": weights.title = value
            default:
                throw ValidationError("--weights: unknown scorer '\(parts[0])'; use tfidf, centroid, lexrank, textrank, position, title")
            }
        }
        return weights
    }

    func run() throws {
        let limits = self.limits.limits
        var models: [IDFModel] = []
        for path in idf {
            if path == "default" {
                let shipped: [IDFModel]
                do {
                    shipped = try Language.allCases.compactMap { language throws(IDFModelError) in try IDFModel.shipped(for: language) }
                } catch {
                    throw CLIError.input("\(error)")
                }
                guard !shipped.isEmpty else {
                    throw CLIError.input("--idf default: no shipped IDF model found in \(IDFModel.shippedModelCandidates().joined(separator: ", ")); "
                                         + "set PRECIS_MODELS to the folder holding fr.idf and en.idf, or give a model file")
                }
                models += shipped
            } else {
                models.append(try loadIDFModel(path, limits: limits))
            }
        }
        var options = self.options
        if let stopwords {
            let extra = Stopwords.parse(try InputText.read(stopwords, limits: limits).text)
            for language in Language.allCases {
                options.stopwords[language] = Stopwords.standard(for: language).adding(extra.words)
            }
        }
        let summarizer = Summarizer(options: options, models: models)
        let translator = translate ? try translatorOptions.makeTranslator(limits: limits) : nil
        var out = StandardOutput()
        if format == .jsonl {
            let lines = try InputText.readLines(input.file, limits: limits)
            let failed = summarizeLines(lines, maximumLineBytes: limits.maximumLineBytes, summarizer: summarizer,
                                        translator: translator, out: &out)
            out.flush()
            if failed > 0 {
                Messages.error("\(failed) record(s) failed; see their \"error\" fields")
                throw ExitCode(CLIError.someRecordsFailedExitCode)
            }
            return
        }
        let input = try InputText.read(input.file, limits: limits)
        switch format {
        case .text:
            let summary = summarizer.summarize(input.text, title: title)
            if let translator {
                if let title { out.writeLine(translator.translate(title).text); out.writeLine("") }
                for sentence in summary.sentences { out.writeLine(translator.translate(Self.oneLine(sentence.text)).text) }
                if !summary.keywords.isEmpty {
                    out.writeLine("")
                    out.writeLine("Keywords: " + summary.keywords.map { translator.translate($0.text).text }.joined(separator: ", "))
                }
                out.flush()
                return
            }
            for sentence in summary.sentences { out.writeLine(sentence.text) }
            if !summary.keywords.isEmpty {
                out.writeLine("")
                out.writeLine("Keywords: " + summary.keywords.map(\.text).joined(separator: ", "))
            }
        case .json:
            out.writeLine(Self.json(summarizer.summarize(input.text, title: title), id: nil, title: title, translator: translator))
        case .jsonl:
            break   // read line by line above
        }
        out.flush()
    }

    /// Records summarized together: parsed, summarized on the threads, then written in order.
    static let windowRecords = 4096

    /// Summarizes each JSON line, each checked on its own, on `jobs` threads; returns how many
    /// failed. Lines are found here; reading them (JSON), summarizing and writing the output
    /// object happen on the threads.
    private func summarizeLines(_ input: (name: String, bytes: [UInt8]), maximumLineBytes: Int, summarizer: Summarizer,
                                translator: Translator?, out: inout StandardOutput) -> Int {
        var pool = Summarizer.SessionPool(summarizer: summarizer, threads: jobs)
        var failed = 0
        var window: [(number: Int, range: Range<Int>)] = []
        window.reserveCapacity(Self.windowRecords)
        let (name, feed) = input
        func drain() {
            let lines = pool.map(window) { session, line -> (json: JSONLine, failed: Bool)? in
                guard let record = feed.withUnsafeBufferPointer({ bytes in
                    TextRecord.record(checking: UnsafeBufferPointer(rebasing: bytes[line.range]), lineNumber: line.number,
                                      maximumLineBytes: maximumLineBytes)
                }) else { return nil }  // a blank line
                guard let text = record.text else {
                    var error = JSONLine()
                    if let id = record.id { error.add("id", raw: id) }
                    error.add("error", "\(name):\(record.lineNumber): " + (record.problem ?? "missing \"text\" string field"))
                    return (error, true)
                }
                let summary = session.summarize(Summarizer.Document(text: text, title: record.title))
                return (Self.json(summary, id: record.id, title: record.title, translator: translator), false)
            }
            for case let line? in lines {
                if line.failed { failed += 1 }
                out.writeLine(line.json)
            }
            window.removeAll(keepingCapacity: true)
        }
        feed.withUnsafeBufferPointer { bytes in
            TextRecord.forEachLine(inUTF8: bytes) { number, range in
                window.append((number, range))
                if window.count == Self.windowRecords { drain() }
            }
        }
        if !window.isEmpty { drain() }
        return failed
    }

    /// A sentence on one line (a summary sentence may span line breaks in the article).
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).joined(separator: " ")
    }

    static func json(_ summary: Summary, id: String?, title: String? = nil, translator: Translator? = nil) -> JSONLine {
        var line = JSONLine()
        if let id { line.add("id", raw: id) }
        line.add("language", summary.language.code)
        line.add("summary", summary.text)
        line.add("sentences", objects: summary.sentences.map { sentence in
            var object = JSONLine()
            object.add("text", sentence.text)
            object.add("index", sentence.index)
            object.add("start", sentence.range.lowerBound)
            object.add("end", sentence.range.upperBound)
            object.add("score", raw: JSONLine.formatG6(sentence.score))
            return object
        })
        line.add("keywords", strings: summary.keywords.map(\.text))
        if let translator {
            if let title { line.add("title_en", translator.translate(oneLine(title)).text) }
            line.add("summary_en", summary.sentences.map { translator.translate(oneLine($0.text)).text }.joined(separator: " "))
        }
        return line
    }
}

import ArgumentParser
import Foundation
import Precis

/// What `precis batch` does for each record.
enum BatchTask: String, CaseIterable {
    case summary, translation, keywords
}

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Summarize and translate a feed of articles: JSON Lines in, JSON Lines out, on all cores.",
        discussion: """
            Reads objects with "id", "text" and optional "title" and "language" (fr, en) from the \
            files given (gzip accepted) or standard input, and writes one line per input line, in \
            input order: "id", "language", "title_en", "summary" (source language), "summary_en", \
            "keywords". A line that cannot be processed (bad JSON, no "text", invalid UTF-8, an \
            empty line) gives {"id", "error"}: the run goes on, the count goes to standard error and \
            the exit code is 1; so does a line over --max-line-bytes. Lines are processed in windows \
            of --window records (or 64 MiB) on --jobs threads, so memory stays bounded and the output is the same whatever the number of \
            jobs. No state is kept across lines: it works unchanged as a Hadoop Streaming mapper or \
            a Spark RDD.pipe() stage.
            """
    )

    @Argument(help: "JSONL files (.jsonl or .jsonl.gz); standard input when none is given.")
    var files: [String] = []
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?
    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: ArgumentHelp("Records processed together and reordered before writing (fewer when they reach 64 MiB; bounds memory).",
                               valueName: "records"))
    var window: Int = BatchCommand.defaultWindow
    @Option(help: ArgumentHelp("What to produce: any of summary, translation, keywords.", valueName: "task,…"))
    var tasks: String = "summary,translation,keywords"
    @Option(help: "Summary budget: at most N sentences.")
    var sentences: Int?
    @Option(help: "Summary budget: whole sentences totalling at most N words (default 60).")
    var maxWords: Int?
    @Option(help: "Keywords per record.")
    var keywords: Int = 5
    @OptionGroup(title: "Translation") var translatorOptions: TranslatorOptions
    @OptionGroup(title: "Limits") var limits: InputLimitOptions
    @OptionGroup var messages: MessageOptions

    /// The reorder window's default and largest values, in records.
    static let defaultWindow = 512
    static let maximumWindow = 65_536
    /// A window is also processed as soon as its records hold this many bytes.
    static let windowBytes = 64 << 20
    /// The most worker threads.
    static let maximumJobs = 1024

    func validate() throws {
        guard jobs >= 1 && jobs <= Self.maximumJobs else { throw ValidationError("--jobs must be between 1 and \(Self.maximumJobs)") }
        guard window >= 1 && window <= Self.maximumWindow else {
            throw ValidationError("--window must be between 1 and \(Self.maximumWindow) records (the batch reorder window limit)")
        }
        guard keywords >= 0 else { throw ValidationError("--keywords must be 0 or more") }
        if sentences != nil && maxWords != nil { throw ValidationError("give one budget: --sentences or --max-words") }
        _ = try parsedTasks()
    }

    func parsedTasks() throws -> Set<BatchTask> {
        var result: Set<BatchTask> = []
        for name in tasks.split(separator: ",") {
            guard let task = BatchTask(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--tasks: unknown task '\(name)'; use summary, translation, keywords")
            }
            result.insert(task)
        }
        guard !result.isEmpty else { throw ValidationError("--tasks: name at least one of summary, translation, keywords") }
        return result
    }

    func run() throws {
        let tasks = try parsedTasks()
        var options = SummaryOptions()
        options.budget = sentences.map { .sentences($0) } ?? .words(maxWords ?? 60)
        options.keywords = tasks.contains(.keywords) ? keywords : 0
        let limits = self.limits.limits
        let processor = BatchProcessor(summarizer: Summarizer(options: options),
                                       translator: tasks.contains(.translation) ? try translatorOptions.makeTranslator(limits: limits) : nil,
                                       tasks: tasks)
        // One session per thread for the whole run: the stemming caches outlive the windows.
        var pool = Summarizer.SessionPool(summarizer: processor.summarizer, threads: jobs)
        let sink = try output.map { try AtomicOutput(path: $0) }
        var standardOutput = StandardOutput()
        let progress = Progress(label: "records", totalBytes: Progress.expectedBytes(of: files))
        var failed = 0
        var records = 0
        var pendingBytes = 0
        var pending: [BatchRecord] = []
        pending.reserveCapacity(window)

        func drain() throws {
            let results = processor.process(pending, pool: &pool)
            for result in results {
                if result.failed { failed += 1 }
                if let sink { try sink.write(result.json) } else { standardOutput.writeLine(result.json) }
            }
            records += pending.count
            progress.advance(by: pending.count, bytes: pending.reduce(0) { $0 + $1.bytes.count + 1 })
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
        }

        let sources = files.isEmpty ? ["/dev/stdin"] : files
        for source in sources {
            var lineNumber = 0
            let name = source == "/dev/stdin" ? "<stdin>" : source
            try DocumentSource.forEachLine(source, maximumLineBytes: limits.maximumLineBytes) { item in
                lineNumber += 1
                switch item {
                case .line(let line):
                    var bytes = Array(line)
                    if bytes.last == 0x0D { bytes.removeLast() }
                    pending.append(BatchRecord(line: lineNumber, bytes: bytes, source: name))
                case .tooLong(let length):
                    let problem = InputLimitError(limit: .lineBytes, maximum: limits.maximumLineBytes, actual: length, path: name,
                                                  line: lineNumber)
                    pending.append(BatchRecord(line: lineNumber, bytes: [], source: name, problem: problem.description))
                }
                pendingBytes += pending.last?.bytes.count ?? 0
                if pending.count == window || pendingBytes >= Self.windowBytes { try drain() }
            }
        }
        if !pending.isEmpty { try drain() }
        standardOutput.flush()
        try sink?.commit()
        progress.finish()
        Messages.verbose("\(records) records, \(failed) failed, \(jobs) jobs, window \(window)")
        if failed > 0 {
            Messages.error("\(failed) record(s) failed; see their \"error\" fields")
            throw ExitCode(CLIError.someRecordsFailedExitCode)
        }
    }
}

/// One input line of a batch: its place and bytes, or why it was not read.
struct BatchRecord: Sendable {
    var line: Int
    var bytes: [UInt8]
    var source: String
    /// A problem found while reading (a line over the length limit), with its place.
    var problem: String?
}

/// Turns input lines into output lines, in parallel, in order.
struct BatchProcessor: Sendable {
    /// The summarizer (language identified unless a record gives its own).
    let summarizer: Summarizer
    let translator: Translator?
    let tasks: Set<BatchTask>

    struct Result: Sendable {
        var json: String
        var failed: Bool
    }

    /// The results of `records`, in their order, computed on the pool's threads.
    func process(_ records: [BatchRecord], pool: inout Summarizer.SessionPool) -> [Result] {
        pool.map(records) { session, record in process(record, session: &session) }
    }

    func process(_ record: BatchRecord, session: inout Summarizer.Session) -> Result {
        if let problem = record.problem {
            var line = JSONLine()
            line.add("error", problem)
            return Result(json: line.string, failed: true)
        }
        let place = "\(record.source):\(record.line)"
        func failure(_ id: String?, _ message: String) -> Result {
            var line = JSONLine()
            if let id { line.add("id", raw: id) }
            line.add("error", "\(place): \(message)")
            return Result(json: line.string, failed: true)
        }
        guard record.bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else {
            return failure(nil, "empty line; each line must be a JSON object with \"id\" and \"text\"")
        }
        guard let text = String(validating: record.bytes, as: UTF8.self) else {
            let offset = UTF8Check.firstProblem(in: record.bytes)?.offset ?? 0
            return failure(nil, "invalid UTF-8 at byte \(offset + 1) of the line; re-encode the feed as UTF-8")
        }
        // The fast reader where it answers (same fields as Foundation's), Foundation otherwise.
        let id: String?, body: String, title: String?, code: String?
        if let fields = record.bytes.withUnsafeBufferPointer({ JSONFieldReader.read($0) }) {
            guard let text = fields.text else { return failure(fields.id, "missing \"text\" string field") }
            (id, body, title, code) = (fields.id, text, fields.title, fields.language)
        } else {
            let parsed = JSONRecord.parse(Substring(text))
            guard let object = parsed.object else { return failure(parsed.id, parsed.problem ?? "not a JSON object") }
            guard let text = object["text"] as? String else { return failure(parsed.id, "missing \"text\" string field") }
            (id, body, title, code) = (parsed.id, text, object["title"] as? String, object["language"] as? String)
        }
        var language: Language?
        if let code {
            guard let known = Language(code: code) else {
                return failure(id, "unknown \"language\" '\(code)'; use fr or en, or leave it out to identify it")
            }
            language = known
        }
        let summary = session.summarize(Summarizer.Document(text: body, title: title, language: language))
        var line = JSONLine()
        if let id { line.add("id", raw: id) }
        line.add("language", summary.language.code)
        if let translator {
            if let title { line.add("title_en", summary.language == .english ? title : translator.translate(SummarizeCommand.oneLine(title)).text) }
        }
        if tasks.contains(.summary) || tasks.contains(.translation) {
            if tasks.contains(.summary) { line.add("summary", summary.text) }
            if let translator {
                let english = summary.language == .english ? summary.text
                    : summary.sentences.map { translator.translate(SummarizeCommand.oneLine($0.text)).text }.joined(separator: " ")
                line.add("summary_en", english)
            }
        }
        if tasks.contains(.keywords) { line.add("keywords", strings: summary.keywords.map(\.text)) }
        return Result(json: line.string, failed: false)
    }
}

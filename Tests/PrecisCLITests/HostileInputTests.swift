import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile input, command by command: each case gives `precis` a bad file and checks the exit
/// code, the message (which names the file, the problem and, for a limit, its flag), that the
/// process exits by itself (no crash: a trap would end it by a signal) and that it does so
/// within five seconds (a hang is killed and fails the case; under a sanitizer, whose
/// instrumentation makes a debug build several times slower, within thirty).
///
/// Small inputs are committed in `Fixtures/hostile/`; large ones (a 50 MB line, 10,000 nested
/// elements) and corrupted model and cache files are made at test time. Each case runs in a
/// directory of its own, which is also the process's working directory, so the command lines
/// use bare file names.
struct HostileInputTests {
    /// Where a case's file comes from.
    enum Content: Sendable {
        /// A file of `Fixtures/hostile/`.
        case fixture(String)
        case text(String)
        case generated(Generator)
    }

    /// Inputs made at test time.
    enum Generator: Sendable {
        /// The first 4 KiB of the `precis` executable (ELF).
        case executable
        /// One line of `count` letters, no line feed.
        case singleLine(Int)
        /// `count` opening brackets on one line.
        case openBrackets(Int)
        /// A JSON line whose string id is `count` bytes long.
        case jsonLineWithID(Int)
        /// A TBX file nesting `count` elements.
        case nestedTBX(Int)
        /// A TSV line of `count` columns.
        case wideTSV(Int)
        /// A TSV glossary of `count` entries.
        case entries(Int)
        /// A valid IDF model, then damaged.
        case idfModel(Damage)
        /// A valid compiled glossary, then damaged.
        case glossaryCache(Damage)
        /// A gzip file (stored blocks) of `count` bytes of French text.
        case gzip(Int)
        /// A gzip header followed by garbage.
        case corruptGzip
    }

    enum Damage: Sendable {
        case none, truncated, bitFlipped
        /// The term count set to 2³² − 1 and the checksum made right again.
        case hugeTermCount
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [String: Content]
        var arguments: [String]
        var stdin: Content?
        var status: Int32
        /// A substring of standard error (empty: no check).
        var message: String
        /// A substring of standard output, if checked.
        var output: String?
        /// A string neither stream may contain (a secret the input tried to leak).
        var forbidden: String?
        /// The number of output lines, if checked.
        var outputLines: Int?

        init(_ name: String, _ files: [String: Content], _ arguments: [String], stdin: Content? = nil, status: Int32,
             message: String, output: String? = nil, forbidden: String? = nil, outputLines: Int? = nil) {
            self.name = name
            self.files = files
            self.arguments = arguments
            self.stdin = stdin
            self.status = status
            self.message = message
            self.output = output
            self.forbidden = forbidden
            self.outputLines = outputLines
        }

        var testDescription: String { name }
    }

    static let fixtures = CLIRunner.root.appendingPathComponent("Tests/PrecisCLITests/Fixtures/hostile")
    static let article = "Le gouvernement a annoncé une réforme des retraites. Les syndicats appellent à manifester."
    static let megabytes50 = 50_000_000

    static let cases: [Case] = [
        // Text commands: binary data and broken encodings.
        Case("ELF binary to summarize", ["a.out": .generated(.executable)], ["summarize", "a.out"],
             status: 3, message: "a.out:1:"),
        Case("PNG to tokens", ["image.png": .fixture("png-header.png")], ["tokens", "image.png"],
             status: 3, message: "image.png:1:1: invalid UTF-8 (byte 0x89)"),
        Case("UTF-16 LE with BOM to summarize", ["u.txt": .fixture("utf16le-bom.txt")], ["summarize", "u.txt"],
             status: 3, message: "u.txt:1:1: this is UTF-16 text; convert it to UTF-8"),
        Case("UTF-16 BE with BOM to translate", ["u.txt": .fixture("utf16be-bom.txt")], ["translate", "--file", "u.txt"],
             status: 3, message: "this is UTF-16 text"),
        Case("UTF-16 LE without BOM to sentences", ["u.txt": .fixture("utf16le-no-bom.txt")], ["sentences", "u.txt"],
             status: 3, message: "u.txt:1:2: NUL byte"),
        Case("NUL byte to stem", ["n.txt": .fixture("nul-byte.txt")], ["stem", "-l", "fr", "n.txt"],
             status: 3, message: "n.txt:2:5: NUL byte"),
        Case("lone high surrogate to summarize", ["s.txt": .fixture("lone-high-surrogate.txt")], ["summarize", "s.txt"],
             status: 3, message: "s.txt:1:17: invalid UTF-8 (byte 0xED)"),
        Case("lone low surrogate to translate", ["s.txt": .fixture("lone-low-surrogate.txt")], ["translate", "--file", "s.txt"],
             status: 3, message: "s.txt:1:17: invalid UTF-8 (byte 0xED)"),
        Case("overlong slash to tokens", ["o.txt": .fixture("overlong-slash.txt")], ["tokens", "o.txt"],
             status: 3, message: "o.txt:1:6: invalid UTF-8 (byte 0xC0)"),
        Case("overlong three bytes to sentences", ["o.txt": .fixture("overlong-three-bytes.txt")], ["sentences", "o.txt"],
             status: 3, message: "invalid UTF-8 (byte 0xE0)"),
        Case("beyond U+10FFFF to stem", ["b.txt": .fixture("beyond-unicode.txt")], ["stem", "-l", "en", "b.txt"],
             status: 3, message: "invalid UTF-8 (byte 0xF4)"),
        Case("UTF-8 truncated at end of file", ["t.txt": .fixture("truncated-utf8.txt")], ["summarize", "t.txt"],
             status: 3, message: "t.txt:1:25: invalid UTF-8 (byte 0xC3)"),
        Case("Latin-1 to summarize", ["l.txt": .fixture("latin1.txt")], ["summarize", "l.txt"],
             status: 3, message: "iconv -f ISO-8859-1 -t UTF-8"),
        Case("invalid UTF-8 on standard input", [:], ["tokens", "-"], stdin: .fixture("lone-high-surrogate.txt"),
             status: 3, message: "<stdin>:1:17: invalid UTF-8"),
        Case("empty file to summarize", ["e.txt": .fixture("empty.txt")], ["summarize", "e.txt"],
             status: 0, message: "", outputLines: 0),
        Case("whitespace only to translate", ["w.txt": .fixture("whitespace-only.txt")], ["translate", "--file", "w.txt"],
             status: 0, message: "", outputLines: 4),
        Case("/dev/null to summarize", [:], ["summarize", "/dev/null"], status: 0, message: "", outputLines: 0),
        Case("a directory as the file", ["d/x.txt": .text("x")], ["summarize", "d"], status: 3, message: "d: is a directory"),
        Case("a missing file", [:], ["sentences", "missing.txt"], status: 3, message: "missing.txt: no such file"),

        // Limits.
        Case("50 MB single line to summarize", ["big.txt": .generated(.singleLine(megabytes50))], ["summarize", "big.txt"],
             status: 3, message: "big.txt:1: the line is 50000000 bytes long, over the line length limit of 8388608 bytes; split the line, or raise the limit with --max-line-bytes"),
        Case("50 MB single line to translate", ["big.txt": .generated(.singleLine(megabytes50))], ["translate", "--file", "big.txt"],
             status: 3, message: "--max-line-bytes"),
        Case("50 MB single line to batch: one error line", ["big.jsonl": .generated(.singleLine(megabytes50))],
             ["batch", "--tasks", "summary", "big.jsonl"], status: 1, message: "1 record(s) failed",
             output: "big.jsonl:1: the line is 50000000 bytes long", outputLines: 1),
        Case("50 MB of text over --max-input-bytes", ["big.txt": .generated(.singleLine(megabytes50))],
             ["tokens", "--max-input-bytes", "1000000", "big.txt"],
             status: 3, message: "big.txt: the input is 50000000 bytes, over the input size limit of 1000000 bytes; split the input, or raise the limit with --max-input-bytes"),
        Case("standard input over --max-input-bytes", [:], ["summarize", "--max-input-bytes", "1000", "-"],
             stdin: .generated(.singleLine(5000)), status: 3, message: "<stdin>: the input is 5000 bytes, over the input size limit of 1000 bytes"),
        Case("gzip inflating past --max-input-bytes", ["doc.txt.gz": .generated(.gzip(200_000))],
             ["idf", "fit", "-l", "fr", "-o", "m.idf", "--max-input-bytes", "100000", "doc.txt.gz"],
             status: 3, message: "doc.txt.gz: the input is more than 100000 bytes"),
        Case("corrupt gzip to batch", ["feed.jsonl.gz": .generated(.corruptGzip)], ["batch", "feed.jsonl.gz"],
             status: 3, message: "feed.jsonl.gz: corrupt compressed data"),
        Case("JSON line over --max-line-bytes in idf fit: skipped", ["c.jsonl": .generated(.jsonLineWithID(3000))],
             ["idf", "fit", "-l", "fr", "-o", "m.idf", "--max-line-bytes", "1000", "c.jsonl"],
             status: 0, message: "c.jsonl:1: skipped: the line is 3"),

        // JSON Lines.
        Case("JSONL with a 1 MB id to batch", ["ids.jsonl": .generated(.jsonLineWithID(1_000_000))],
             ["batch", "--tasks", "summary", "ids.jsonl"], status: 0, message: "", output: "\"id\":\"xxxxxxxx", outputLines: 1),
        Case("JSONL with a 1 MB id to summarize", ["ids.jsonl": .generated(.jsonLineWithID(1_000_000))],
             ["summarize", "--format", "jsonl", "ids.jsonl"], status: 0, message: "", output: "\"id\":\"xxxxxxxx", outputLines: 1),
        Case("JSONL with a 1 MB id over --max-line-bytes in batch", ["ids.jsonl": .generated(.jsonLineWithID(1_000_000))],
             ["batch", "--max-line-bytes", "65536", "ids.jsonl"], status: 1, message: "1 record(s) failed",
             output: "--max-line-bytes", outputLines: 1),
        Case("bad JSON lines to batch", ["bad.jsonl": .fixture("bad-lines.jsonl")], ["batch", "--tasks", "summary", "bad.jsonl"],
             status: 1, message: "5 record(s) failed", output: "bad.jsonl:6: invalid UTF-8", outputLines: 6),
        Case("bad JSON lines to translate", ["bad.jsonl": .fixture("bad-lines.jsonl")], ["translate", "--format", "jsonl", "--file", "bad.jsonl"],
             status: 1, message: "5 record(s) failed", output: "bad.jsonl:6: invalid UTF-8", outputLines: 6),
        Case("100,000 brackets to batch", ["deep.jsonl": .generated(.openBrackets(100_000))], ["batch", "deep.jsonl"],
             status: 1, message: "1 record(s) failed", output: "deep.jsonl:1: not valid JSON", outputLines: 1),
        Case("100,000 brackets to summarize", ["deep.jsonl": .generated(.openBrackets(100_000))],
             ["summarize", "--format", "jsonl", "deep.jsonl"], status: 1, message: "1 record(s) failed", output: "not valid JSON"),
        Case("100,000 brackets to eval rouge", ["deep.jsonl": .generated(.openBrackets(100_000))],
             ["eval", "rouge", "--reference", "deep.jsonl", "--system", "deep.jsonl"],
             status: 3, message: "deep.jsonl:1: not a JSON object"),
        Case("100,000 brackets to eval terms", ["deep.jsonl": .generated(.openBrackets(100_000)), "s.txt": .text("x\n")],
             ["eval", "terms", "--data", "deep.jsonl", "--system", "s.txt"], status: 3, message: "deep.jsonl:1: not valid JSON"),
        Case("huge numbers to batch", ["n.jsonl": .fixture("huge-numbers.jsonl")], ["batch", "--tasks", "summary", "n.jsonl"],
             status: 1, message: "1 record(s) failed", output: "\"id\":123456789012345678901234567890", outputLines: 3),
        Case("UTF-16 reference to eval chrf", ["r.txt": .fixture("utf16le-bom.txt"), "s.txt": .text("x\n")],
             ["eval", "chrf", "--reference", "r.txt", "--system", "s.txt"], status: 3, message: "r.txt:1:1: this is UTF-16"),
        Case("missing column to eval chrf", ["r.tsv": .text("a\n"), "s.txt": .text("x\n")],
             ["eval", "chrf", "--reference", "r.tsv", "--reference-column", "5", "--system", "s.txt"],
             status: 3, message: "r.tsv:1: 1 TAB-separated column(s), no column 5"),

        // Glossaries: XML attacks, limits, broken files.
        Case("XXE to glossary validate", ["x.tbx": .fixture("xxe-passwd.tbx")], ["glossary", "validate", "x.tbx"],
             status: 3, message: "x.tbx:3: the file declares XML entities (<!ENTITY)", forbidden: "root:"),
        Case("XXE to translate: refused, not read", ["x.tbx": .fixture("xxe-passwd.tbx")],
             ["translate", "--glossary", "x.tbx", "secret"], status: 0, message: "<!ENTITY", forbidden: "root:"),
        Case("XXE to translate, strict", ["x.tbx": .fixture("xxe-passwd.tbx")],
             ["translate", "--strict-glossaries", "--glossary", "x.tbx", "secret"], status: 3, message: "<!ENTITY", forbidden: "root:"),
        Case("billion laughs to glossary validate", ["l.tbx": .fixture("billion-laughs.tbx")], ["glossary", "validate", "l.tbx"],
             status: 3, message: "billion-laughs", forbidden: "lollollol"),
        Case("billion laughs to glossary compile", ["l.tbx": .fixture("billion-laughs.tbx")], ["glossary", "compile", "l.tbx", "-o", "l.pgc"],
             status: 0, message: "0 entries compiled"),
        Case("external DTD is not read", ["e.tbx": .fixture("external-dtd.tbx"), "external.dtd": .fixture("external.dtd")],
             ["glossary", "convert", "e.tbx", "--to", "tsv", "-o", "out.tsv"], status: 0, message: "undeclared entity",
             forbidden: "PWNED"),
        Case("external DTD naming /etc/passwd", ["p.tbx": .fixture("external-dtd-passwd.tbx")], ["glossary", "lookup", "-g", "p.tbx", "réseau social"],
             status: 0, message: "", output: "social network", forbidden: "root:"),
        Case("10,000 nested elements to glossary validate", ["deep.tbx": .generated(.nestedTBX(10_000))], ["glossary", "validate", "deep.tbx"],
             status: 3, message: "deep.tbx:1: the XML nests more than 64 elements deep, over the XML depth limit of 64 levels; check the file (TBX needs about 10 levels), or raise the limit with --max-xml-depth"),
        Case("10,000 nested elements to translate", ["deep.tbx": .generated(.nestedTBX(10_000))],
             ["translate", "--glossary", "deep.tbx", "bonjour"], status: 3, message: "--max-xml-depth"),
        Case("10,000 nested elements with --max-xml-depth 20000", ["deep.tbx": .generated(.nestedTBX(10_000))],
             ["glossary", "stats", "--max-xml-depth", "20000", "deep.tbx"], status: 0, message: "", output: "entries=0"),
        Case("truncated TBX", ["t.tbx": .fixture("truncated.tbx")], ["glossary", "validate", "t.tbx"],
             status: 3, message: "t.tbx:4:70: malformed XML: the document ends before all its elements are closed"),
        Case("CSV with unbalanced quotes", ["q.csv": .fixture("unbalanced-quotes.csv")], ["glossary", "validate", "q.csv"],
             status: 3, message: "q.csv:2: a quoted field is never closed"),
        Case("TSV with 100,000 columns", ["w.tsv": .generated(.wideTSV(100_000))], ["glossary", "validate", "w.tsv"],
             status: 3, message: "w.tsv:1: wrong number of columns: 100000"),
        Case("TSV line over --max-line-bytes", ["w.tsv": .generated(.wideTSV(100_000))],
             ["glossary", "lookup", "--max-line-bytes", "1000", "-g", "w.tsv", "x"], status: 3,
             message: "w.tsv:1: the line is 199999 bytes long, over the line length limit of 1000 bytes"),
        Case("glossary over --max-glossary-entries", ["g.tsv": .generated(.entries(100))],
             ["glossary", "compile", "--max-glossary-entries", "10", "g.tsv", "-o", "g.pgc"], status: 3,
             message: "g.tsv:11: the glossary has more than 10 entries, over the glossary entry limit of 10 entries; split the glossary, or raise the limit with --max-glossary-entries"),
        Case("glossary over --max-input-bytes in translate", ["g.tsv": .generated(.entries(100))],
             ["translate", "--max-input-bytes", "500", "--glossary", "g.tsv", "chat"], status: 3,
             message: "g.tsv: the input is 1"),
        Case("binary glossary", ["b.tsv": .fixture("binary.tsv")], ["glossary", "validate", "b.tsv"],
             status: 3, message: "b.tsv:1:1: control character U+007F"),
        Case("UTF-16 glossary", ["u.tsv": .fixture("utf16le-bom.txt")], ["glossary", "lookup", "-g", "u.tsv", "x"],
             status: 3, message: "u.tsv:1:1: the file is UTF-16 text"),
        Case("glossary that is a directory", ["d/x.tsv": .text("a\tb\n")], ["glossary", "validate", "d"],
             status: 3, message: "d: cannot"),
        Case("dictd offsets beyond the data file", ["f.index": .fixture("beyond.index"), "f.dict": .fixture("beyond.dict")],
             ["glossary", "validate", "f.index"], status: 3, message: "f.index:2: the definition of 'chien' (bytes 6657625-6657635) runs past the end of f.dict"),
        Case("dictd length over the definition limit", ["f.index": .fixture("beyond.index"), "f.dict": .fixture("beyond.dict")],
             ["glossary", "validate", "f.index"], status: 3, message: "f.index:3: the definition of 'loup' is 426088025 bytes long"),
        Case("dictd index with bad base64", ["f.index": .fixture("bad-base64.index"), "f.dict": .fixture("bad-base64.dict")],
             ["glossary", "validate", "f.index"], status: 3, message: "f.index:2:7: invalid character '*' in the offset field"),

        // Model and cache files.
        Case("truncated IDF model", ["m.idf": .generated(.idfModel(.truncated))], ["idf", "inspect", "m.idf"],
             status: 3, message: "m.idf: the IDF model file is truncated"),
        Case("bit-flipped IDF model", ["m.idf": .generated(.idfModel(.bitFlipped))], ["summarize", "--idf", "m.idf", "-"],
             stdin: .text(article), status: 3, message: "m.idf: the IDF model file is corrupt (checksum mismatch)"),
        Case("IDF model claiming 2^32 terms", ["m.idf": .generated(.idfModel(.hugeTermCount))], ["idf", "merge", "m.idf", "-o", "o.idf"],
             status: 3, message: "m.idf: the IDF model file is truncated"),
        Case("text as an IDF model", ["m.idf": .text("term\tdf\n")], ["idf", "inspect", "m.idf"],
             status: 3, message: "m.idf: not a Precis IDF model"),
        Case("empty IDF model", ["m.idf": .fixture("empty.txt")], ["idf", "inspect", "m.idf"],
             status: 3, message: "m.idf: not a Precis IDF model"),
        Case("truncated glossary cache", ["g.pgc": .generated(.glossaryCache(.truncated))], ["glossary", "match", "--cache", "g.pgc", "chat"],
             status: 3, message: "g.pgc: the compiled glossary is truncated or corrupt"),
        Case("bit-flipped glossary cache", ["g.pgc": .generated(.glossaryCache(.bitFlipped))], ["glossary", "match", "--cache", "g.pgc", "chat"],
             status: 3, message: "g.pgc: the compiled glossary is truncated or corrupt"),
        Case("PNG as a glossary cache", ["g.pgc": .fixture("png-header.png")], ["glossary", "match", "--cache", "g.pgc", "chat"],
             status: 3, message: "g.pgc: not a compiled Precis glossary"),

        // Usage errors.
        Case("unknown flag", [:], ["summarize", "--no-such-flag"], status: 2, message: "Unknown option '--no-such-flag'"),
        Case("--window 0", [:], ["batch", "--window", "0"], status: 2, message: "--window must be between 1 and 65536"),
        Case("--window past its limit", [:], ["batch", "--window", "1000000"], status: 2, message: "batch reorder window limit"),
        Case("--max-line-bytes 0", [:], ["tokens", "--max-line-bytes", "0"], status: 2, message: "--max-line-bytes must be at least 1"),
        Case("--top=-1", ["m.idf": .generated(.idfModel(.none))], ["idf", "inspect", "--top=-1", "m.idf"],
             status: 2, message: "--top must be 0 or more"),
        Case("--jobs 10^9 in idf fit", ["a.txt": .text(article)], ["idf", "fit", "-l", "fr", "-o", "m.idf", "--jobs", "1000000000", "a.txt"],
             status: 2, message: "--jobs must be between 1 and 1024"),
        Case("--quiet with --verbose", [:], ["stem", "-l", "fr", "-q", "-v"], status: 2, message: "give --quiet or --verbose, not both"),
    ]

    @Test(arguments: cases)
    func hostileInput(_ test: Case) throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, content) in test.files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(try Self.bytes(content)).write(to: url)
        }
        let input = try test.stdin.map { try Self.bytes($0) } ?? []
        let result = try Self.run(test.arguments, in: directory, input: input)
        try #require(!result.timedOut, "still running after 5 s: killed")
        #expect(result.exited, "ended by signal \(result.status): a crash")
        #expect(result.status == test.status, "stderr: \(result.stderr.prefix(2000))")
        if !test.message.isEmpty {
            #expect(result.stderr.contains(test.message), "stderr: \(result.stderr.prefix(2000))")
        }
        if let output = test.output {
            #expect(result.stdout.contains(output), "stdout: \(result.stdout.prefix(500))")
        }
        if let forbidden = test.forbidden {
            #expect(!result.stdout.contains(forbidden) && !result.stderr.contains(forbidden))
        }
        if let lines = test.outputLines {
            #expect(result.stdout.utf8.filter { $0 == 0x0A }.count == lines, "stdout: \(result.stdout.prefix(500))")
        }
    }

    // MARK: running

    struct Outcome {
        var status: Int32
        var exited: Bool
        var timedOut: Bool
        var stdout: String
        var stderr: String
    }

    /// Whether this build runs under AddressSanitizer or ThreadSanitizer (`swift test --sanitize=…`).
    static let underSanitizer: Bool = {
        guard let program = dlopen(nil, RTLD_NOW) else { return false }
        return dlsym(program, "__asan_init") != nil || dlsym(program, "__tsan_init") != nil
    }()

    /// How long a case may run: 5 s, or 30 s under a sanitizer.
    static let timeLimit: TimeInterval = underSanitizer ? 30 : 5

    /// Runs `precis` in `directory` with `input` on standard input; kills it after `timeout`.
    static func run(_ arguments: [String], in directory: URL, input: [UInt8], timeout: TimeInterval = timeLimit) throws -> Outcome {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let streams = directory.appendingPathComponent(".streams")
        try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
        let inputURL = streams.appendingPathComponent("stdin")
        let outputURL = streams.appendingPathComponent("stdout")
        let errorURL = streams.appendingPathComponent("stderr")
        try Data(input).write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, exited: process.terminationReason == .exit, timedOut: timedOut,
                       stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    // MARK: inputs

    static func bytes(_ content: Content) throws -> [UInt8] {
        switch content {
        case .fixture(let name): return Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
        case .text(let text): return Array(text.utf8)
        case .generated(let generator): return try generate(generator)
        }
    }

    static func generate(_ generator: Generator) throws -> [UInt8] {
        switch generator {
        case .executable:
            return Array(try Data(contentsOf: CLIRunner.executable).prefix(4096))
        case .singleLine(let count):
            return [UInt8](repeating: UInt8(ascii: "a"), count: count)
        case .openBrackets(let count):
            return [UInt8](repeating: UInt8(ascii: "["), count: count) + [0x0A]
        case .jsonLineWithID(let count):
            return Array("{\"id\": \"\(String(repeating: "x", count: count))\", \"text\": \"\(article)\"}\n".utf8)
        case .nestedTBX(let count):
            return Array(("<?xml version=\"1.0\"?><tbx><text><body>" + String(repeating: "<a>", count: count)
                + String(repeating: "</a>", count: count) + "</body></text></tbx>\n").utf8)
        case .wideTSV(let count):
            return Array((Array(repeating: "x", count: count).joined(separator: "\t") + "\n").utf8)
        case .entries(let count):
            return Array((0..<count).map { "terme\($0)\tterm\($0)\n" }.joined().utf8)
        case .idfModel(let damage):
            return damaged(try made(["idf", "fit", "-l", "fr", "--min-df", "1", "-o", "out", "a.txt"],
                                    input: ("a.txt", article)), damage, countOffset: 23)
        case .glossaryCache(let damage):
            return damaged(try made(["glossary", "compile", "-o", "out", "g.tsv"], input: ("g.tsv", "chat\tcat\nchien\tdog\n")),
                           damage, countOffset: nil)
        case .gzip(let count):
            return gzipStored(Array(String(repeating: "Le gouvernement a annoncé une réforme. ", count: count / 40).utf8))
        case .corruptGzip:
            return [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF] + Array("this is not deflate data at all".utf8) + [0xFF, 0xFE, 0xFD]
        }
    }

    /// The file `precis arguments…` writes to `out`, given one input file.
    static func made(_ arguments: [String], input: (name: String, text: String)) throws -> [UInt8] {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(input.text.utf8).write(to: directory.appendingPathComponent(input.name))
        let result = try run(arguments, in: directory, input: [])
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown) }
        return Array(try Data(contentsOf: directory.appendingPathComponent("out")))
    }

    /// `bytes` cut short, with one bit flipped in the middle, or with the UInt32 at
    /// `countOffset` set to its maximum and the trailing FNV-1a 64 checksum recomputed.
    static func damaged(_ bytes: [UInt8], _ damage: Damage, countOffset: Int?) -> [UInt8] {
        var bytes = bytes
        switch damage {
        case .none: break
        case .truncated: bytes.removeLast(bytes.count / 3)
        case .bitFlipped: bytes[bytes.count / 2] ^= 0x10
        case .hugeTermCount:
            guard let offset = countOffset else { break }
            for k in 0..<4 { bytes[offset + k] = 0xFF }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes.dropLast(8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            for k in 0..<8 { bytes[bytes.count - 8 + k] = UInt8(truncatingIfNeeded: hash >> (8 * UInt64(k))) }
        }
        return bytes
    }

    /// A gzip file holding `data` in stored (uncompressed) deflate blocks.
    static func gzipStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let final: UInt8 = offset + count == data.count ? 1 : 0
            out.append(final)
            out += [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += data[offset..<offset + count]
            offset += count
        } while offset < data.count
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        crc = ~crc
        for value in [crc, UInt32(truncatingIfNeeded: data.count)] {
            for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(k)))) }
        }
        return out
    }
}

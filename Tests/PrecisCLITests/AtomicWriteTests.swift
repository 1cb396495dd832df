import Foundation
import Testing

/// Every output file (`-o`) is replaced atomically: an interrupted run (SIGINT, SIGTERM,
/// `kill -9`) or a full disk leaves the previous file byte for byte, never a torn one.
///
/// Timing is made deterministic with a FIFO as the input: the command blocks reading it while
/// its temporary output file exists, and the test signals it only once that file is there
/// (for `batch`, once it holds output). Polling loops have a deadline only to fail rather than
/// hang if the command misbehaves; no assertion depends on time.
@Suite(.serialized)
struct AtomicWriteTests {
    /// One command that writes `-o`, with an input for it.
    struct Command: CustomStringConvertible, Sendable {
        var name: String
        /// The input file's name (its extension picks the reader).
        var inputName: String
        /// The output file's name.
        var outputName: String
        /// Arguments, with `{in}` and `{out}` standing for the input and output paths.
        var arguments: [String]
        /// The whole input.
        var input: @Sendable () throws -> [UInt8]
        /// Whether the temporary file must hold output before the signal (streamed outputs).
        var waitForBytes = false

        var description: String { name }

        func arguments(input: String, output: String) -> [String] {
            arguments.map { $0 == "{in}" ? input : $0 == "{out}" ? output : $0 }
        }
    }

    static let previous = Array("previous content: must survive a failed run\n".utf8)

    /// A feed line of about 1.2 KB: `batch` reads its input in 1 MiB blocks, so half of 2,000
    /// lines lets it process (and write out) a first block, then wait for the rest.
    static let article = #"{"id": "ID", "title": "Les réseaux sociaux défient la police", "text": "TEXT"}"#
        .replacingOccurrences(of: "TEXT", with: Array(repeating: "Les réseaux sociaux défient la police. Le gouvernement a annoncé une réforme le 11 mai. Les syndicats dénoncent un projet injuste et appellent à manifester. La préfecture promet le calme.", count: 6).joined(separator: " "))

    /// Distinct French words, so models and glossaries grow with `count`.
    static func words(_ count: Int) -> [String] {
        let syllables = ["ba", "ré", "lo", "mi", "tan", "cho", "vu", "pel", "dor", "gnie"]
        return (0..<count).map { n in
            var word = "", k = n
            repeat { word += syllables[k % 10]; k /= 10 } while k > 0
            return word + "ment"
        }
    }

    static let commands: [Command] = [
        Command(name: "batch -o", inputName: "feed.jsonl", outputName: "out.jsonl",
                arguments: ["batch", "{in}", "-o", "{out}", "--tasks", "summary", "--window", "4", "--jobs", "2"],
                input: { Array((0..<2000).map { article.replacingOccurrences(of: "ID", with: "r\($0)") + "\n" }.joined().utf8) },
                waitForBytes: true),
        Command(name: "idf fit -o", inputName: "corpus.txt", outputName: "model.idf",
                arguments: ["idf", "fit", "{in}", "-o", "{out}", "-l", "fr", "--min-df", "1"],
                input: { Array((words(3000).joined(separator: " ") + ".\n").utf8) }),
        Command(name: "idf merge -o", inputName: "part.idf", outputName: "merged.idf",
                arguments: ["idf", "merge", "{in}", "-o", "{out}", "--min-df", "1"],
                input: { try partialModel() }),
        Command(name: "glossary compile -o", inputName: "terms.tsv", outputName: "terms.pgc",
                arguments: ["glossary", "compile", "{in}", "-o", "{out}"],
                input: { glossary() }),
        Command(name: "glossary convert -o", inputName: "terms.tsv", outputName: "terms.tbx",
                arguments: ["glossary", "convert", "{in}", "--to", "tbx", "-o", "{out}"],
                input: { glossary() }),
    ]

    static func glossary() -> [UInt8] {
        Array(words(2000).map { "\($0)\t\($0.uppercased())\n" }.joined().utf8)
    }

    /// A partial IDF model (the input of `idf merge`), fitted with the binary itself.
    static func partialModel() throws -> [UInt8] {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus.txt")
        try Data((words(3000).joined(separator: " ") + ".\n").utf8).write(to: corpus)
        let model = directory.appendingPathComponent("part.idf").path
        let fit = try CLIRunner.run(["idf", "fit", corpus.path, "-o", model, "-l", "fr", "--partial"])
        try #require(fit.status == 0, "\(fit.stderr)")
        return Array(try Data(contentsOf: URL(fileURLWithPath: model)))
    }

    // MARK: interrupted runs

    @Test(arguments: commands, [SIGINT, SIGTERM, SIGKILL])
    func anInterruptedRunLeavesThePreviousFile(_ command: Command, _ signalNumber: Int32) throws {
        let run = try FIFORun(command)
        defer { run.folder.remove() }
        let (folder, input, output, process, writer) = (run.folder, run.input, run.output, run.process, run.writer)
        defer { close(writer) }
        // Half the input: the command is mid-run, waiting for the rest.
        Self.writeAll(writer, input.prefix(input.count / 2))
        let temporary = try #require(folder.waitForTemporaryFile(of: command.outputName, nonEmpty: command.waitForBytes, while: process),
                                     "no temporary file appeared: \(folder.contents()) \(folder.stderr())")
        kill(process.processIdentifier, signalNumber)
        try #require(Self.waitForExit(process), "still running after the signal")

        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber,
                "ended by the signal (a shell shows \(128 + signalNumber)): \(process.terminationReason.rawValue) \(process.terminationStatus)")
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: output))) == Self.previous, "the previous file, byte for byte")
        if signalNumber == SIGKILL {
            // Nothing can run on kill -9: the temporary file stays, the destination is whole.
            #expect(folder.contents().contains(temporary))
        } else {
            #expect(folder.contents() == [command.inputName, command.outputName].sorted(), "temporary file removed")
        }
    }

    @Test(arguments: commands)
    func aCompletedRunReplacesTheFileWhole(_ command: Command) throws {
        let run = try FIFORun(command)
        defer { run.folder.remove() }
        let (folder, input, output, process, writer) = (run.folder, run.input, run.output, run.process, run.writer)
        #expect(folder.waitForTemporaryFile(of: command.outputName, nonEmpty: false, while: process) != nil)
        Self.writeAll(writer, input[...])
        close(writer)
        try #require(Self.waitForExit(process), "still running after its whole input")
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(folder.stderr())")
        #expect(folder.contents() == [command.inputName, command.outputName].sorted(), "temporary file removed")

        // The same command on a plain file (same names: a compiled glossary records them)
        // writes the same bytes.
        let plain = try Folder()
        defer { plain.remove() }
        try Data(input).write(to: URL(fileURLWithPath: plain.path(command.inputName)))
        let reference = try plain.start(command.arguments(input: command.inputName, output: command.outputName))
        try #require(Self.waitForExit(reference))
        #expect(reference.terminationStatus == 0, "\(plain.stderr())")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data(contentsOf: URL(fileURLWithPath: plain.path(command.outputName))))
    }

    // MARK: full disk

    /// Whether this build runs under ThreadSanitizer (`swift test --sanitize=thread`), whose
    /// runtime backs its own memory with files: under a 4 KiB file size limit it dies of SIGBUS
    /// before `main`, so the full-disk cases cannot run there (they do under AddressSanitizer).
    static let underThreadSanitizer: Bool = {
        guard let program = dlopen(nil, RTLD_NOW) else { return false }
        return dlsym(program, "__tsan_init") != nil
    }()

    /// A file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes writing fail with EFBIG
    /// as a full disk fails with ENOSPC, without privileges.
    @Test(.disabled(if: underThreadSanitizer, "ThreadSanitizer's runtime cannot start under a file size limit"),
          arguments: commands)
    func aFullDiskIsReportedAndLeavesThePreviousFile(_ command: Command) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let input = try command.input()
        let output = folder.path(command.outputName)
        try Data(Self.previous).write(to: URL(fileURLWithPath: output))
        try Data(input).write(to: URL(fileURLWithPath: folder.path(command.inputName)))
        // 8 blocks of 512 bytes (dash) or 1 KiB (bash): far below any of these outputs, above
        // the error message on standard error.
        let script = #"trap '' XFSZ; ulimit -f 8 && exec "$0" "$@""#
        let process = try folder.start(["-c", script, CLIRunner.executable.path] + command.arguments(input: command.inputName, output: command.outputName),
                                       executable: URL(fileURLWithPath: "/bin/sh"))
        try #require(Self.waitForExit(process), "still running")
        let message = folder.stderr()
        #expect(process.terminationReason == .exit && process.terminationStatus == 4, "\(message)")
        #expect(message.contains("\(command.outputName): cannot write (\(String(cString: strerror(EFBIG))))"), "\(message)")
        #expect(message.contains("the previous file was left intact"), "\(message)")
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: output))) == Self.previous)
        #expect(folder.contents() == [command.inputName, command.outputName].sorted(), "temporary file removed")
    }

    @Test func anUnwritableFolderFailsBeforeTheWork() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let input = folder.path("corpus.txt")
        try Data("Un texte.\n".utf8).write(to: URL(fileURLWithPath: input))
        let output = folder.path("missing/model.idf")
        let result = try CLIRunner.run(["idf", "fit", input, "-o", output, "-l", "fr"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("\(output): cannot create a temporary file beside (\(String(cString: strerror(ENOENT))))"), "\(result.stderr)")
    }

    // MARK: helpers

    /// Opens the FIFO's writing end once the command has opened its reading end.
    /// A command started with a FIFO as its input, over an existing output file holding
    /// ``previous``, once it has opened the FIFO: writing to `writer` feeds it.
    struct FIFORun {
        let folder: Folder
        let input: [UInt8]
        let output: String
        let process: Process
        let writer: Int32

        init(_ command: Command) throws {
            signal(SIGPIPE, SIG_IGN)  // a command that dies early must fail the test, not end it
            let folder = try Folder()
            self.folder = folder
            input = try command.input()
            output = folder.path(command.outputName)
            try Data(AtomicWriteTests.previous).write(to: URL(fileURLWithPath: output))
            let fifo = folder.path(command.inputName)
            try #require(mkfifo(fifo, 0o600) == 0)
            process = try folder.start(command.arguments(input: command.inputName, output: command.outputName))
            writer = try #require(AtomicWriteTests.openForWriting(fifo, while: process), "the command never opened its input")
        }
    }

    static func openForWriting(_ fifo: String, while process: Process) -> Int32? {
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline {
            let fd = open(fifo, O_WRONLY | O_NONBLOCK)
            if fd >= 0 {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
                return fd
            }
            usleep(2_000)
        }
        return nil
    }

    /// Waits for the process to end; past a deadline (a hang, not slowness) kills it and
    /// returns false.
    static func waitForExit(_ process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }

    static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }  // the command is gone; its checks will say why
            offset += n
        }
    }

    /// A scratch folder with the command's standard streams in files beside it.
    struct Folder {
        let url: URL
        let streams: URL

        init() throws {
            url = try CLIRunner.temporaryDirectory()
            streams = try CLIRunner.temporaryDirectory()
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        func contents() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
        }

        func stderr() -> String {
            (try? String(contentsOf: streams.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
        }

        func start(_ arguments: [String], executable: URL = CLIRunner.executable) throws -> Process {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = url
            for name in ["stdout", "stderr"] {
                _ = FileManager.default.createFile(atPath: streams.appendingPathComponent(name).path, contents: nil)
            }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: streams.appendingPathComponent("stdout"))
            process.standardError = try FileHandle(forWritingTo: streams.appendingPathComponent("stderr"))
            try process.run()
            return process
        }

        /// The name of the output's temporary file once it exists (and holds bytes, if asked).
        func waitForTemporaryFile(of output: String, nonEmpty: Bool, while process: Process) -> String? {
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning && Date() < deadline {
                for name in contents() where name.hasPrefix(".\(output).tmp-") {
                    let size = (try? FileManager.default.attributesOfItem(atPath: path(name))[.size] as? Int) ?? 0
                    if !nonEmpty || size > 0 { return name }
                }
                usleep(2_000)
            }
            return nil
        }

        func remove() {
            try? FileManager.default.removeItem(at: url)
            try? FileManager.default.removeItem(at: streams)
        }
    }
}

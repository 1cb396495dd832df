import Foundation
import Testing

/// `--quiet`, `--verbose` and the limit flags: on every command, and doing what they say.
struct MessageOptionsTests {
    /// Every command that runs (the groups `idf`, `eval` and `glossary` only dispatch).
    static let commands: [[String]] = [
        ["summarize"], ["translate"], ["batch"], ["idf", "fit"], ["idf", "merge"], ["idf", "inspect"],
        ["eval", "rouge"], ["eval", "chrf"], ["eval", "terms"],
        ["glossary", "validate"], ["glossary", "stats"], ["glossary", "lookup"], ["glossary", "match"],
        ["glossary", "convert"], ["glossary", "compile"], ["sentences"], ["tokens"], ["stem"],
    ]

    /// Commands that read glossaries, and so take the glossary limits too.
    static let glossaryReaders: Set<[String]> = [
        ["summarize"], ["translate"], ["batch"], ["glossary", "validate"], ["glossary", "stats"], ["glossary", "lookup"],
        ["glossary", "match"], ["glossary", "convert"], ["glossary", "compile"],
    ]

    @Test(arguments: commands)
    func everyCommandTakesTheMessageAndLimitFlags(_ command: [String]) throws {
        let help = try CLIRunner.run(command + ["--help"])
        #expect(help.status == 0)
        for flag in ["-q, --quiet", "-v, --verbose", "--max-input-bytes <bytes>", "--max-line-bytes <bytes>"] {
            #expect(help.stdout.contains(flag), "\(command) lacks \(flag)")
        }
        for flag in ["--max-glossary-entries <n>", "--max-xml-depth <n>"] {
            #expect(help.stdout.contains(flag) == Self.glossaryReaders.contains(command), "\(command) and \(flag)")
        }
    }

    @Test func quietKeepsErrorsAndDropsNotesAndWarnings() throws {
        let glossary = try CLIRunner.temporaryFile(Array("chat\tcat\nchat\tcat\n".utf8), name: "g.tsv")
        let output = (glossary as NSString).deletingLastPathComponent + "/g.pgc"
        let normal = try CLIRunner.run(["glossary", "compile", glossary, "-o", output])
        #expect(normal.status == 0)
        #expect(normal.stderr.contains("warning: 'chat' repeats line 1") && normal.stderr.contains("1 entries compiled"), "\(normal.stderr)")
        let quiet = try CLIRunner.run(["glossary", "compile", "--quiet", glossary, "-o", output])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        let failing = try CLIRunner.run(["glossary", "lookup", "-q", "-g", glossary, "chien"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("'chien' is in none of the glossaries"))
        let broken = try CLIRunner.run(["sentences", "-q", "/no/such/file.txt"])
        #expect(broken.status == 3 && broken.stderr.contains("/no/such/file.txt: no such file"))
    }

    @Test func verboseSaysWhatWasLoadedAndHowLong() throws {
        let glossary = try CLIRunner.temporaryFile(Array("chat\tcat\n".utf8), name: "g.tsv")
        let result = try CLIRunner.run(["glossary", "match", "--verbose", "-g", glossary, "-"], stdin: "Le chat dort.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "1\t3-7\tchat\tcat\t\(glossary):1\n", "data alone on standard output")
        #expect(result.stderr.contains("\(glossary): tsv, 1 entries, 0 skipped, 0 issues"), "\(result.stderr)")
        #expect(result.stderr.contains("loaded glossary \(glossary) in "), "\(result.stderr)")
        #expect(result.stderr.contains("read <stdin>: 14 bytes"), "\(result.stderr)")
        #expect(result.stderr.contains("done in "), "\(result.stderr)")
        let translate = try CLIRunner.run(["translate", "-v", "Bonjour"])
        #expect(translate.stdout == "Hello\n")
        #expect(translate.stderr.contains("translator loaded in ") && translate.stderr.contains("glossary entries"), "\(translate.stderr)")
    }

    /// A pipe has no size to check beforehand: reading stops once it passes the limit.
    @Test func aPipePastTheInputLimitIsRefused() throws {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["tokens", "--max-input-bytes", "100000", "-"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        // Writes until the reader stops reading (the write then fails on the closed pipe).
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 65_536)
        signal(SIGPIPE, SIG_IGN)
        for _ in 0..<64 {
            do { try input.fileHandleForWriting.write(contentsOf: chunk) } catch { break }
        }
        try? input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(message.contains("<stdin>: the input is more than 100000 bytes, over the input size limit of 100000 bytes"), "\(message)")
    }
}

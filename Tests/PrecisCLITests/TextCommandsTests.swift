import Foundation
import Testing

/// The text commands, run as a user runs them.
struct TextCommandsTests {
    @Test func sentencesOfTheSeedArticle() throws {
        let result = try CLIRunner.run(["sentences", "corpora/meta-openai.fr.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.lines.count == 36)
        #expect(result.lines.first == "Meta défie OpenAI : une révolution dans le monde de l’intelligence artificielle ?")
    }

    @Test func sentencesAsJSONLinesWithByteOffsets() throws {
        let result = try CLIRunner.run(["sentences", "--format", "jsonl", "-"], stdin: "Où est-il ? Ici.")
        #expect(result.status == 0)
        let objects = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 2)
        #expect(objects[0]?["text"] as? String == "Où est-il ?")
        #expect(objects[0]?["start"] as? Int == 0)
        #expect(objects[0]?["end"] as? Int == 12)
        #expect(objects[1]?["start"] as? Int == 13)
    }

    @Test func tokensAsTextAndJSONLines() throws {
        let text = try CLIRunner.run(["tokens", "--language", "fr"], stdin: "L’IA coûte 3,6 %.")
        #expect(text.lines == ["L’ IA coûte 3,6 % ."])
        let jsonl = try CLIRunner.run(["tokens", "--format", "jsonl", "--engine", "icu", "-l", "fr"], stdin: "L’IA")
        let objects = try jsonl.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.map { $0?["text"] as? String } == ["L’", "IA"])
        #expect(objects.first??["elision"] as? Bool == true)
        #expect(objects.last??["kind"] as? String == "word")
    }

    @Test func stemsOneWordPerLine() throws {
        let french = try CLIRunner.run(["stem", "--language", "fr"], stdin: "continuellement\nNationales\n\n")
        #expect(french.lines == ["continuel", "national", ""])
        let english = try CLIRunner.run(["stem", "-l", "en"], stdin: "running\ngenerously\n")
        #expect(english.lines == ["run", "generous"])
    }

    @Test func languageIsIdentifiedByDefault() throws {
        let result = try CLIRunner.run(["tokens"], stdin: "It's the U.S. government's plan.")
        #expect(result.lines == ["It's the U.S. government's plan ."])
    }

    @Test func emptyInputGivesNoOutput() throws {
        let result = try CLIRunner.run(["sentences"], stdin: "")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["--help"], ["sentences", "--help"], ["tokens", "--help"], ["stem", "--help"]])
    func helpEverywhere(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }
}

/// Bad input and wrong flags: a clear message on standard error and the documented exit code.
struct CLIErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]?       // a file with these bytes is passed as the input; nil: arguments only
        var arguments: [String]
        var status: Int32
        var message: String       // must appear in standard error ("FILE" is replaced by the path)
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "invalid UTF-8", bytes: Array("Une ligne.\nPuis é".utf8) + [0xFF, 0x41], arguments: ["sentences"],
             status: 3, message: "FILE:2:7: invalid UTF-8 (byte 0xFF); convert the file to UTF-8"),
        Case(name: "Latin-1 text", bytes: [0x43, 0x61, 0x66, 0xE9, 0x0A], arguments: ["tokens"],
             status: 3, message: "FILE:1:4: invalid UTF-8 (byte 0xE9)"),
        Case(name: "NUL byte", bytes: [0x41, 0x00, 0x42], arguments: ["sentences"],
             status: 3, message: "FILE:1:2: NUL byte: this looks like a binary file"),
        Case(name: "UTF-16", bytes: [0xFF, 0xFE, 0x41, 0x00], arguments: ["sentences"],
             status: 3, message: "FILE:1:1: this is UTF-16 text; convert it to UTF-8"),
        Case(name: "encoded surrogate", bytes: [0x41, 0xED, 0xA0, 0x80], arguments: ["tokens"],
             status: 3, message: "FILE:1:2: invalid UTF-8 (byte 0xED)"),
        Case(name: "overlong encoding", bytes: [0xC0, 0xAF], arguments: ["tokens"],
             status: 3, message: "FILE:1:1: invalid UTF-8 (byte 0xC0)"),
        Case(name: "truncated sequence", bytes: [0x41, 0xE2, 0x82], arguments: ["stem", "-l", "fr"],
             status: 3, message: "FILE:1:2: invalid UTF-8 (byte 0xE2)"),
        Case(name: "missing file", bytes: nil, arguments: ["sentences", "/nonexistent/article.txt"],
             status: 3, message: "/nonexistent/article.txt: no such file"),
        Case(name: "directory", bytes: nil, arguments: ["sentences", "/tmp"],
             status: 3, message: "/tmp: is a directory"),
        Case(name: "unknown flag", bytes: nil, arguments: ["sentences", "--bogus"],
             status: 2, message: "Unknown option '--bogus'"),
        Case(name: "unknown language", bytes: nil, arguments: ["tokens", "--language", "de"],
             status: 2, message: "--language"),
        Case(name: "unknown format", bytes: nil, arguments: ["sentences", "--format", "xml"],
             status: 2, message: "--format"),
        Case(name: "stem without a language", bytes: nil, arguments: ["stem"],
             status: 2, message: "Missing expected argument '--language"),
        Case(name: "unknown command", bytes: nil, arguments: ["summarise"],
             status: 2, message: "summarise"),
    ]

    @Test(arguments: cases)
    func reportsAndExits(_ testCase: Case) throws {
        var arguments = testCase.arguments
        var message = testCase.message
        if let bytes = testCase.bytes {
            let path = try CLIRunner.temporaryFile(bytes, name: "input.txt")
            arguments.append(path)
            message = message.replacingOccurrences(of: "FILE", with: path)
        }
        let result = try CLIRunner.run(arguments)
        #expect(result.status == testCase.status)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}

/// Bugs found in the CLI, kept as regression cases.
struct CLIRegressionTests {
    /// The JSON writer once took the second byte of "è" (C3 A8) for part of U+2028 (E2 80 A8).
    @Test func jsonEscapesOnlyWhatItMust() throws {
        let text = "Les frontières rouvrent\u{2028}enfin, dit \"il\"\\. Ensuite\u{0001} ?"
        let result = try CLIRunner.run(["sentences", "--format", "jsonl", "--language", "fr"], stdin: text)
        #expect(result.stdout.contains("frontières"))
        #expect(result.stdout.contains("\\u2028"))
        #expect(result.stdout.contains("\\u0001"))
        let decoded = try result.lines.map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
        let texts = decoded.compactMap { $0?["text"] as? String }
        #expect(texts.joined(separator: " ").contains("frontières rouvrent\u{2028}enfin, dit \"il\"\\."))
    }
}

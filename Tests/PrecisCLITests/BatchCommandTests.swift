import Foundation
import Testing

/// `precis batch`: one output line per input line, in order, whatever breaks.
struct BatchCommandTests {
    static let article = #"{"id": "a1", "title": "Les réseaux sociaux défient la police", "text": "Les réseaux sociaux défient la police. Le gouvernement a annoncé une réforme le 11 mai. Les syndicats dénoncent un projet injuste et appellent à manifester."}"#

    static func objects(_ stdout: String) -> [[String: Any]] {
        stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) ?? [:]
        }
    }

    @Test func writesTheFieldsOfEachRecord() throws {
        let result = try CLIRunner.run(["batch", "--jobs", "2"], stdin: Self.article + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(Self.objects(result.stdout).first)
        #expect(object["id"] as? String == "a1")
        #expect(object["language"] as? String == "fr")
        #expect((object["title_en"] as? String)?.hasPrefix("Social networks challenge") == true, "\(object)")
        #expect((object["summary"] as? String)?.isEmpty == false)
        #expect((object["summary_en"] as? String)?.isEmpty == false)
        #expect((object["keywords"] as? [String])?.isEmpty == false)
    }

    @Test func aRecordsLanguageWinsAndAnUnknownOneIsAnError() throws {
        let english = Self.article.replacingOccurrences(of: #""id": "a1""#, with: #""id": "en", "language": "en""#)
        let unknown = Self.article.replacingOccurrences(of: #""id": "a1""#, with: #""id": "xx", "language": "xx""#)
        let result = try CLIRunner.run(["batch", "--tasks", "summary", "--jobs", "2"], stdin: [Self.article, english, unknown].joined(separator: "\n") + "\n")
        #expect(result.status == 1)
        let objects = Self.objects(result.stdout)
        #expect(objects.map { $0["language"] as? String } == ["fr", "en", nil])
        #expect((objects[2]["error"] as? String)?.contains("unknown \"language\" 'xx'") == true, "\(objects[2])")
    }

    @Test func brokenLinesGiveOneErrorLineEach() throws {
        var input = Array((Self.article + "\n").utf8)
        input += Array("{\"id\": 2, \"text\": \n".utf8)                     // bad JSON
        input += Array("{\"id\": 3, \"title\": \"no text\"}\n".utf8)         // missing text
        input += Array("{\"id\": 4, \"text\": \"caf".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)   // invalid UTF-8
        input += Array("\n".utf8)                                            // empty line
        let big = String(repeating: "Le gouvernement a annoncé une réforme. ", count: 130_000)   // ≈ 5 MB
        input += Array("{\"id\": 6, \"text\": \"\(big)\"}\n".utf8)
        input += Array("[1, 2]\n".utf8)                                      // not an object
        input += Array((Self.article.replacingOccurrences(of: "\"a1\"", with: "8") + "\n").utf8)
        let file = try CLIRunner.temporaryFile(input, name: "feed.jsonl")
        let result = try CLIRunner.run(["batch", "--tasks", "summary,keywords", file])
        #expect(result.status == 1)
        let objects = Self.objects(result.stdout)
        #expect(objects.count == 8, "one output line per input line")
        #expect(objects[0]["id"] as? String == "a1" && objects[0]["error"] == nil)
        #expect((objects[1]["error"] as? String)?.contains("feed.jsonl:2: not valid JSON") == true, "\(objects[1])")
        #expect(objects[2]["id"] as? Int == 3 && (objects[2]["error"] as? String)?.contains("feed.jsonl:3: missing \"text\"") == true)
        #expect((objects[3]["error"] as? String)?.contains("feed.jsonl:4: invalid UTF-8 at byte 23") == true, "\(objects[3])")
        #expect((objects[4]["error"] as? String)?.contains("feed.jsonl:5: empty line") == true)
        #expect(objects[5]["id"] as? Int == 6 && objects[5]["error"] == nil && (objects[5]["summary"] as? String)?.isEmpty == false)
        #expect((objects[6]["error"] as? String)?.contains("feed.jsonl:7: not a JSON object") == true)
        #expect(objects[7]["id"] as? Int == 8 && objects[7]["error"] == nil)
        #expect(result.stderr.contains("5 record(s) failed"), "\(result.stderr)")
    }

    @Test func sameBytesWithOneOrTwoJobs() throws {
        let lines = (0..<40).map { Self.article.replacingOccurrences(of: "\"a1\"", with: "\($0)") }.joined(separator: "\n") + "\n"
        let file = try CLIRunner.temporaryFile(Array(lines.utf8), name: "feed.jsonl")
        let one = try CLIRunner.run(["batch", "--jobs", "1", file])
        let two = try CLIRunner.run(["batch", "--jobs", "2", "--window", "7", file])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(Self.objects(two.stdout).map { $0["id"] as? Int } == (0..<40).map { $0 })
    }

    @Test func writesTheOutputFileAtomically() throws {
        let input = try CLIRunner.temporaryFile(Array((Self.article + "\n").utf8), name: "feed.jsonl")
        let output = URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent("out.jsonl").path
        try Data("previous\n".utf8).write(to: URL(fileURLWithPath: output))
        let result = try CLIRunner.run(["batch", input, "-o", output, "--tasks", "summary"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasPrefix("{\"id\":\"a1\""))
        let folder = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path)
        #expect(!folder.contains { $0.contains(".tmp") }, "no temporary file left: \(folder)")
        // A failed run leaves the previous file whole.
        let missing = try CLIRunner.run(["batch", "/nonexistent/feed.jsonl", "-o", output])
        #expect(missing.status == 3)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == written)
    }

    @Test(arguments: [
        (["--tasks", "summary,poetry"], "unknown task 'poetry'"),
        (["--jobs", "0"], "--jobs must be between 1 and 1024"),
        (["--window", "0"], "--window must be between 1 and 65536"),
        (["--sentences", "1", "--max-words", "10"], "give one budget"),
    ])
    func badOptions(_ arguments: [String], _ message: String) throws {
        let result = try CLIRunner.run(["batch"] + arguments, stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

import Foundation
import Testing

/// `precis eval chrf` and `precis eval terms`, run as a user runs them. Expected figures are
/// sacrebleu 2.6.0's and ../shared/eval/termacc.py's on the same fixture files.
struct EvalCommandsTests {
    static func fixture(_ name: String) -> String {
        CLIRunner.root.appendingPathComponent("Tests/PrecisCLITests/Fixtures/\(name)").path
    }

    static let reference = fixture("chrf-reference.en.txt")
    static let system = fixture("chrf-system.en.txt")
    static let headlines = fixture("chrf-headlines.fr-en.tsv")

    @Test func chrfPrintsSacrebleusScore() throws {
        // sacrebleu chrf-reference.en.txt -i chrf-system.en.txt -m chrf -w 2 -b → 50.45
        let result = try CLIRunner.run(["eval", "chrf", "--reference", Self.reference, "--system", Self.system])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines == ["chrF2 = 50.45 (4 segments)"])
    }

    @Test func chrfReadsColumnsOfATSVFile() throws {
        // The French column (1) scored against the English one (2): sacrebleu gives 31.03.
        let result = try CLIRunner.run(["eval", "chrf", "--reference", Self.headlines, "--reference-column", "2",
                                        "--system", Self.headlines, "--system-column", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines == ["chrF2 = 31.03 (4 segments)"])
        // Column 2 is the reference file's lines: the same score as with the plain file.
        let sameReference = try CLIRunner.run(["eval", "chrf", "--reference", Self.headlines, "--reference-column", "2",
                                               "--system", Self.system])
        #expect(sameReference.lines == ["chrF2 = 50.45 (4 segments)"])
    }

    @Test func chrfJSON() throws {
        let result = try CLIRunner.run(["eval", "chrf", "--reference", Self.reference, "--system", Self.system,
                                        "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "chrF2")
        #expect(abs((object["score"] as? Double ?? 0) - 50.45) < 0.005)
        #expect(object["segments"] as? Int == 4)
    }

    @Test func chrfLineCountMismatchNamesBothFiles() throws {
        let short = try CLIRunner.temporaryFile(Array("The cat lay on the mat.\nOnly two lines.\n".utf8), name: "short.txt")
        let result = try CLIRunner.run(["eval", "chrf", "--reference", Self.reference, "--system", short])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(short) has 2 lines but \(Self.reference) has 4"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        (["--reference-column", "3"], 3, "chrf-headlines.fr-en.tsv:1: 2 TAB-separated column(s), no column 3"),
        (["--reference-column", "0"], 2, "--reference-column counts from 1"),
        (["--format", "jsonl"], 2, "--format: use text or json"),
    ])
    func chrfBadColumnsAndFormats(_ extra: [String], _ status: Int32, _ message: String) throws {
        let result = try CLIRunner.run(["eval", "chrf", "--reference", Self.headlines, "--system", Self.system] + extra)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func chrfRejectsInvalidUTF8WithItsPlace() throws {
        let latin1 = try CLIRunner.temporaryFile([0x6F, 0x6B, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A], name: "latin1.txt")
        let result = try CLIRunner.run(["eval", "chrf", "--reference", latin1, "--system", latin1])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(latin1):2:4: invalid UTF-8"), "\(result.stderr)")
    }

    static let terms = fixture("terms.fr-en.jsonl")
    static let termsSystem = fixture("terms-system.en.txt")  // CRLF line ends, as Windows writes them

    @Test func termsPrintsTermaccPysLineAndMisses() throws {
        // python ../shared/eval/termacc.py terms.fr-en.jsonl terms-system.en.txt → 80.00% (4/5)
        let plain = try CLIRunner.run(["eval", "terms", "--data", Self.terms, "--system", Self.termsSystem])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.lines == ["term accuracy 80.00% (4/5)"])
        let misses = try CLIRunner.run(["eval", "terms", "--data", Self.terms, "--system", Self.termsSystem, "--list-misses"])
        #expect(misses.lines == ["4\tsymptom\tsymptômes", "term accuracy 80.00% (4/5)"])
        let json = try CLIRunner.run(["eval", "terms", "--data", Self.terms, "--system", Self.termsSystem,
                                      "--list-misses", "-f", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["hits"] as? Int == 4 && object["total"] as? Int == 5)
        let list = object["misses"] as? [[String: Any]]
        #expect(list?.first?["segment"] as? Int == 4 && list?.first?["en"] as? String == "symptom")
    }

    @Test func termsLineCountMismatchNamesBothFiles() throws {
        let short = try CLIRunner.temporaryFile(Array("a fever\n".utf8), name: "short.txt")
        let result = try CLIRunner.run(["eval", "terms", "--data", Self.terms, "--system", short])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(short) has 1 line but \(Self.terms) has 4"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("{\"terms\": []}\n{oops\n", "data.jsonl:2: not valid JSON"),
        ("{\"terms\": []}\n{\"en\": \"x\"}\n", "data.jsonl:2: missing \"terms\" list"),
        ("{\"terms\": [{\"fr\": \"x\"}]}\n{\"terms\": []}\n", "data.jsonl:1: term 1 has no \"en\" string"),
        ("{\"terms\": []}\n\n{\"terms\": []}\n", "data.jsonl:2: blank line"),
    ])
    func termsNamesTheBrokenLine(_ data: String, _ message: String) throws {
        let path = try CLIRunner.temporaryFile(Array(data.utf8), name: "data.jsonl")
        let system = try CLIRunner.temporaryFile(Array("one\ntwo\n".utf8), name: "system.txt")
        let result = try CLIRunner.run(["eval", "terms", "--data", path, "--system", system])
        #expect(result.status == 3)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

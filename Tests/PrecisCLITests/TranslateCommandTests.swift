import Foundation
import Testing

/// `precis translate` and `precis summarize --translate`, with the shipped lexicon and glossaries.
struct TranslateCommandTests {
    @Test func translatesArgumentsLineByLine() throws {
        let result = try CLIRunner.run(["translate", "L'intelligence artificielle défie les réseaux sociaux", "Le 11 mai"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 2)
        #expect(result.lines.first?.hasPrefix("Artificial intelligence") == true, "\(result.stdout)")
        #expect(result.lines.first?.hasSuffix("social networks") == true, "\(result.stdout)")
        #expect(result.lines.last == "May 11")
        #expect(result.stderr.isEmpty, "the shipped glossaries load with no warning: \(result.stderr)")
    }

    @Test func keepsOneOutputLinePerInputLine() throws {
        let result = try CLIRunner.run(["translate"], stdin: "Le président français\n\nLes réseaux sociaux\r\nxyzzy plugh\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.count == 4, "\(result.stdout)")
        #expect(lines[1] == "")
        #expect(lines[2].hasSuffix("\r"), "a CRLF line keeps its CR")
        #expect(lines[3] == "xyzzy plugh", "unknown words pass through")
    }

    @Test func userGlossaryWinsAndIsExplained() throws {
        let glossary = try CLIRunner.temporaryFile(Array("réseau social\tsocial media platform\n".utf8), name: "user.tsv")
        let result = try CLIRunner.run(["translate", "--glossary", glossary, "--format", "json", "Les réseaux sociaux"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["translation"] as? String)?.contains("social media platforms") == true, "\(result.stdout)")
        let spans = try #require(object["spans"] as? [[String: Any]])
        let term = try #require(spans.first { ($0["text"] as? String) == "social media platforms" })
        #expect(term["rule"] as? String == "glossary")
        #expect((term["origin"] as? String)?.contains("user.tsv:1") == true)
        #expect(term["start"] as? Int == 4 && term["end"] as? Int == 20)
    }

    @Test func jsonlKeepsIdsAndReportsBadLines() throws {
        let input = """
            {"id": 1, "text": "La police"}
            {"id": "b", "text": 3}
            not json
            {"id": 4, "text": "Les voitures"}

            """
        let result = try CLIRunner.run(["translate", "--format", "jsonl"], stdin: input)
        #expect(result.status == 1)
        #expect(result.lines.count == 4)
        let objects = result.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 4)
        #expect(objects[0]["id"] as? Int == 1 && objects[0]["translation"] as? String == "The police")
        #expect(objects[1]["id"] as? String == "b" && (objects[1]["error"] as? String)?.contains("<stdin>:2") == true)
        #expect(objects[2]["error"] != nil)
        #expect(objects[3]["id"] as? Int == 4)
        #expect(result.stderr.contains("2 record(s) failed"))
    }

    /// A record's own "terms" win over every glossary (the shipped one says "flu"), in the
    /// record only, and name the line they came from; malformed terms fail that record alone.
    @Test func jsonlRecordTermsWinForTheirRecord() throws {
        let input = """
            {"id": 1, "text": "la surveillance de la grippe", "terms": [{"source": "grippe", "target": "influenza"}]}
            {"id": 2, "text": "la surveillance de la grippe"}
            {"id": 3, "text": "la grippe saisonnière", "terms": [{"fr": "grippe saisonnière", "en": "seasonal influenza"}]}
            {"id": 4, "text": "la grippe", "terms": [{"source": "grippe"}]}
            {"id": 5, "text": "la grippe", "terms": "grippe=influenza"}
            {"id": 6, "text": "la grippe", "terms": null}
            """
        let result = try CLIRunner.run(["translate", "--format", "jsonl"], stdin: input)
        #expect(result.status == 1)
        let objects = result.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 6)
        let translations = objects.map { ($0["translation"] as? String) ?? "" }
        #expect(translations[0].contains("influenza") && !translations[0].contains("flu "), "\(translations[0])")
        #expect(translations[1].contains("flu") && !translations[1].contains("influenza"), "\(translations[1])")
        #expect(translations[2].lowercased().contains("seasonal influenza"), "\(translations[2])")
        let spans = objects[0]["spans"] as? [[String: Any]] ?? []
        #expect(spans.contains { ($0["origin"] as? String)?.hasPrefix("<stdin>:1 terms") == true }, "\(spans)")
        for k in [3, 4] { #expect((objects[k]["error"] as? String)?.contains(#""terms" must be"#) == true, "\(objects[k])") }
        #expect(translations[5] == "the flu", "\(translations[5])")
        #expect(result.stderr.contains("2 record(s) failed"))
    }

    @Test func missingGlossaryIsAnInputError() throws {
        let result = try CLIRunner.run(["translate", "--glossary", "/nonexistent/terms.tsv", "bonjour"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("/nonexistent/terms.tsv"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func badResourcesFolderSaysWhatToDo() throws {
        let result = try CLIRunner.run(["translate", "--resources", "/nonexistent", "bonjour"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("PRECIS_GLOSSARIES"), "\(result.stderr)")
    }

    @Test func invalidUTF8InputIsRefused() throws {
        let file = try CLIRunner.temporaryFile([0x4C, 0x65, 0x0A, 0xC3, 0x28, 0x0A], name: "bad.txt")
        let result = try CLIRunner.run(["translate", "--file", file])
        #expect(result.status == 3)
        #expect(result.stderr.contains("bad.txt:2:1"), "\(result.stderr)")
    }

    @Test func summarizeTranslatesTitleAndSummary() throws {
        let article = CLIRunner.root.appendingPathComponent("corpora/meta-openai.fr.txt").path
        let result = try CLIRunner.run(["summarize", article, "--title", "Meta défie OpenAI : une révolution dans le monde de l’intelligence artificielle ?",
                                        "--sentences", "2", "--translate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first?.contains("artificial intelligence") == true, "\(result.stdout)")
        #expect(result.lines.count == 4, "title, blank line, two sentences: \(result.stdout)")
        let json = try CLIRunner.run(["summarize", article, "--title", "Meta défie OpenAI", "--format", "json", "--translate"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["title_en"] as? String == "Meta challenges OpenAI")
        #expect((object["summary_en"] as? String)?.isEmpty == false)
    }
}

import Foundation
import Testing

/// `precis summarize`, `precis idf` and `precis eval`, run as a user runs them.
struct SummaryCommandsTests {
    static let seedTitle = "Meta défie OpenAI : une révolution dans le monde de l’intelligence artificielle ?"

    @Test func summarizesTheSeedArticle() throws {
        let result = try CLIRunner.run(["summarize", "corpora/meta-openai.fr.txt", "--title", Self.seedTitle,
                                        "--sentences", "2", "--keywords", "5"])
        #expect(result.status == 0)
        #expect(result.lines.count == 4)
        #expect(result.lines[0].hasPrefix("Malgré les récents scandales"))
        #expect(result.lines[3].hasPrefix("Keywords: intelligence artificielle, Meta"))
    }

    /// `--idf default` loads the shipped models: the keywords change with the corpus weights,
    /// and an article in either language is summarized.
    @Test func shippedModelsByName() throws {
        let plain = try CLIRunner.run(["summarize", "corpora/meta-openai.fr.txt", "--keywords", "8", "--format", "json"])
        let shipped = try CLIRunner.run(["summarize", "corpora/meta-openai.fr.txt", "--keywords", "8", "--format", "json", "--idf", "default"])
        #expect(plain.status == 0 && shipped.status == 0, "\(shipped.stderr)")
        let keywords = { (json: String) in
            ((try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any])?["keywords"] as? [Any]
        }
        #expect(keywords(shipped.stdout)?.count == 8)
        #expect(String(describing: keywords(plain.stdout)) != String(describing: keywords(shipped.stdout)))
        let english = try CLIRunner.run(["summarize", "--idf", "default", "--sentences", "1", "-l", "en"],
                                        stdin: "The council voted the budget on Monday. Critics said the plan cuts schools. The mayor disagreed.")
        #expect(english.status == 0 && !english.stdout.isEmpty)
    }

    @Test func extraStopwordsLeaveTheKeywords() throws {
        let stopwords = try CLIRunner.temporaryFile(Array("# brands\nmeta\n".utf8), name: "stop.txt")
        let plain = try CLIRunner.run(["summarize", "corpora/meta-openai.fr.txt", "--keywords", "5"])
        let filtered = try CLIRunner.run(["summarize", "corpora/meta-openai.fr.txt", "--keywords", "5", "--stopwords", stopwords])
        #expect(plain.lines.last?.contains("Meta") == true)
        #expect(filtered.lines.last?.contains("Meta") == false)
    }

    @Test func jsonOutputHasSentencesWithOffsets() throws {
        let result = try CLIRunner.run(["summarize", "--format", "json", "--max-words", "40", "-l", "fr"],
                                       stdin: "Le plan de relance est voté. Les syndicats protestent contre la réforme. Fin.")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let sentences = object?["sentences"] as? [[String: Any]]
        #expect(object?["language"] as? String == "fr")
        #expect((sentences?.count ?? 0) >= 1)
        #expect(sentences?.first?["start"] as? Int == 0)
    }

    @Test func jsonLinesKeepOneLinePerRecordAndReportBadOnes() throws {
        let input = [
            #"{"id": "a", "text": "Le gouvernement présente son budget. Les députés débattent du texte.", "title": "Budget"}"#,
            #"{"id": 7, "text": "The government unveiled its budget. Members of parliament debated it."}"#,
            #"{"id": "bad json""#,
            #"{"id": "no-text", "title": "x"}"#,
            "",
            #"["not", "an", "object"]"#,
            #"{"id": "last", "text": "Dernière phrase du jour."}"#,
        ].joined(separator: "\n")
        let result = try CLIRunner.run(["summarize", "--format", "jsonl", "--sentences", "1"], stdin: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("3 record(s) failed"))
        let objects = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 6)
        #expect(objects[0]?["id"] as? String == "a")
        #expect(objects[1]?["id"] as? Int == 7)
        #expect(objects[1]?["language"] as? String == "en")
        #expect((objects[2]?["error"] as? String)?.contains("<stdin>:3: not valid JSON") == true)
        #expect(objects[3]?["id"] as? String == "no-text")
        #expect((objects[3]?["error"] as? String)?.contains("missing \"text\"") == true)
        #expect(objects[4]?["error"] != nil)
        #expect(objects[5]?["summary"] as? String == "Dernière phrase du jour.")
    }

    @Test func jsonLinesAreTheSameBytesWithOneOrThreeJobs() throws {
        let good = [
            #"{"id": "a", "text": "Le gouvernement présente son budget. Les députés débattent du texte.", "title": "Budget"}"#,
            #"{"id": "b", "text": "The government unveiled its budget. Members of parliament debated it."}"#,
            #"{"id": "c", "text": "La SNCF annonce une grève. Les usagers s'inquiètent. Le ministre appelle au dialogue."}"#,
        ]
        // Good and bad lines mixed over several blocks of work, in a known order.
        let lines = (0..<60).map { k in k % 7 == 3 ? #"{"id": "bad"# : good[k % 3].replacingOccurrences(of: #""id": ""#, with: #""id": "\#(k)-"#) }
        let file = try CLIRunner.temporaryFile(Array(lines.joined(separator: "\n").utf8), name: "feed.jsonl")
        let one = try CLIRunner.run(["summarize", "--format", "jsonl", "--keywords", "3", "--jobs", "1", file])
        let three = try CLIRunner.run(["summarize", "--format", "jsonl", "--keywords", "3", "--jobs", "3", file])
        #expect(one.status == 1 && three.status == 1)
        #expect(one.stdout == three.stdout)
        #expect(three.lines.count == 60)
        #expect(three.lines[11].contains(#""id":"11-c""#), "\(three.lines[11])")
        #expect(three.lines[3].contains("feed.jsonl:4: not valid JSON"), "\(three.lines[3])")
    }

    @Test(arguments: [
        (["summarize", "--jobs", "0"], "--jobs must be between 1 and 1024"),
        (["summarize", "--sentences", "2", "--max-words", "60"], "give one budget"),
        (["summarize", "--ratio", "1.5"], "--ratio must be in (0, 1]"),
        (["summarize", "--method", "magic"], "--method"),
        (["summarize", "--weights", "position=high"], "is not name=number"),
        (["summarize", "--weights", "novelty=1"], "unknown scorer 'novelty'"),
        (["summarize", "--format", "jsonl", "--title", "T"], "give each line a \"title\""),
    ])
    func wrongFlagsAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let result = try CLIRunner.run(arguments, stdin: "Une phrase.")
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func corruptIDFModelIsAnInputError() throws {
        let path = try CLIRunner.temporaryFile(Array("not a model".utf8), name: "fr.idf")
        let result = try CLIRunner.run(["summarize", "--idf", path], stdin: "Une phrase.")
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(path): not a Precis IDF model"))
    }

    @Test func idfFitMergeAndInspect() throws {
        let documents = [
            #"{"text": "Le gouvernement annonce un plan de relance."}"#,
            #"{"text": "Le plan de relance est voté par les députés."}"#,
            #"{"text": "Les syndicats critiquent le gouvernement."}"#,
            #"{"text": "La Bourse termine en hausse."}"#,
        ]
        let whole = try CLIRunner.temporaryFile(Array(documents.joined(separator: "\n").utf8), name: "all.jsonl")
        let first = try CLIRunner.temporaryFile(Array(documents[0..<2].joined(separator: "\n").utf8), name: "a.jsonl")
        let second = try CLIRunner.temporaryFile(Array(documents[2...].joined(separator: "\n").utf8), name: "b.jsonl")
        let directory = (whole as NSString).deletingLastPathComponent
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

        #expect(try CLIRunner.run(["idf", "fit", "-l", "fr", "--min-df", "1", "-o", path("whole.idf"), whole]).status == 0)
        #expect(try CLIRunner.run(["idf", "fit", "-l", "fr", "--partial", "-o", path("a.idf"), first]).status == 0)
        #expect(try CLIRunner.run(["idf", "fit", "-l", "fr", "--partial", "--jobs", "1", "-o", path("b.idf"), second]).status == 0)
        #expect(try CLIRunner.run(["idf", "merge", "--min-df", "1", "-o", path("merged.idf"), path("a.idf"), path("b.idf")]).status == 0)

        let wholeTSV = try CLIRunner.run(["idf", "inspect", "--tsv", path("whole.idf")])
        let mergedTSV = try CLIRunner.run(["idf", "inspect", "--tsv", path("merged.idf")])
        #expect(wholeTSV.status == 0)
        #expect(wholeTSV.stdout == mergedTSV.stdout)
        #expect(wholeTSV.lines.first?.contains("documents=4") == true)
        let summary = try CLIRunner.run(["idf", "inspect", path("whole.idf"), "--top", "2"])
        #expect(summary.lines.prefix(3) == ["language\tfr", "documents\t4", "terms\t\(wholeTSV.lines.count - 2)"])
        #expect(summary.lines[3].hasPrefix("gouvern\t2\t") || summary.lines[3].hasPrefix("plan\t2\t")
                || summary.lines[3].hasPrefix("relanc\t2\t"))
    }

    @Test func bigramShardsMergeOnlyWithBigramShards() throws {
        let a = try CLIRunner.temporaryFile(Array(#"{"text": "Le gouvernement annonce un plan."}"#.utf8), name: "a.jsonl")
        let b = try CLIRunner.temporaryFile(Array(#"{"text": "Le gouvernement annonce la relance."}"#.utf8), name: "b.jsonl")
        let directory = (a as NSString).deletingLastPathComponent
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        #expect(try CLIRunner.run(["idf", "fit", "-l", "fr", "--partial", "--bigrams", "-o", path("a.idf"), a]).status == 0)
        #expect(try CLIRunner.run(["idf", "fit", "-l", "fr", "--partial", "--bigrams", "-o", path("b.idf"), b]).status == 0)
        #expect(try CLIRunner.run(["idf", "fit", "-l", "fr", "--partial", "-o", path("plain.idf"), b]).status == 0)
        #expect(try CLIRunner.run(["idf", "merge", "-o", path("ab.idf"), path("a.idf"), path("b.idf")]).status == 0)
        let tsv = try CLIRunner.run(["idf", "inspect", "--tsv", path("ab.idf")])
        #expect(tsv.lines.contains { $0.hasPrefix("gouvern annonc\t2\t") })
        let mixed = try CLIRunner.run(["idf", "merge", "-o", path("mixed.idf"), path("a.idf"), path("plain.idf")])
        #expect(mixed.status == 3)
        #expect(mixed.stderr.contains("plain.idf") && mixed.stderr.contains("--bigrams"))
        #expect(!FileManager.default.fileExists(atPath: path("mixed.idf")))
    }

    @Test func idfFitReadsGzipDirectoriesAndTextFiles() throws {
        let gzip = CLIRunner.root.appendingPathComponent("Tests/PrecisCLITests/Fixtures/corpus.jsonl.gz").path
        let directory = try CLIRunner.temporaryDirectory()
        try "Le gouvernement démissionne.".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Le plan de relance attendra.".write(to: directory.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let model = directory.appendingPathComponent("m.idf").path
        let fit = try CLIRunner.run(["idf", "fit", "-l", "fr", "--min-df", "1", "-o", model, gzip, directory.path])
        #expect(fit.status == 0, "\(fit.stderr)")
        #expect(fit.stderr.contains("6 documents"))
        let inspect = try CLIRunner.run(["idf", "inspect", model, "--top", "1"])
        #expect(inspect.lines.prefix(2) == ["language\tfr", "documents\t6"])
        #expect(inspect.lines[3].hasPrefix("gouvern\t3\t") || inspect.lines[3].hasPrefix("plan\t3\t")
                || inspect.lines[3].hasPrefix("relanc\t3\t"))
    }

    @Test func evalRougeMatchesTheReferenceLine() throws {
        let references = try CLIRunner.temporaryFile(Array("""
            {"id": "1", "summary": "the cat sat on the mat"}
            {"id": 2, "summary": "a dog barked"}
            {"id": "3", "summary": "birds fly"}
            """.utf8), name: "ref.jsonl")
        let system = try CLIRunner.temporaryFile(Array("""
            {"id": "1", "summary": "the cat lay on the mat"}
            {"id": "2", "summary": "a dog"}
            """.utf8), name: "sys.jsonl")
        let result = try CLIRunner.run(["eval", "rouge", "--reference", references, "--system", system])
        #expect(result.status == 0)
        // R1: (5/6 + 0.8 + 0) / 3 = 54.44; R2: (3/5 + 2/3 + 0) / 3 = 42.22; RL as R1.
        #expect(result.lines == ["R1 54.44 R2 42.22 RL 54.44 docs 3 missing 1 avg_words 4.0"])
    }

    @Test func evalRougeNamesTheBrokenLine() throws {
        let references = try CLIRunner.temporaryFile(Array("{\"id\": \"1\", \"summary\": \"x\"}\n{\"id\": \"2\"}\n".utf8), name: "ref.jsonl")
        let result = try CLIRunner.run(["eval", "rouge", "--reference", references, "--system", references])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(references):2: missing \"summary\""))
    }
}

/// `precis glossary`, run as a user runs it.
struct GlossaryCommandsTests {
    static func glossary(_ text: String, name: String = "news.tsv") throws -> String {
        try CLIRunner.temporaryFile(Array(text.utf8), name: name)
    }

    @Test func validateReportsEveryProblemWithItsPlace() throws {
        let path = try Self.glossary("métavers\tmetaverse\n\tempty\nIA\n")
        let result = try CLIRunner.run(["glossary", "validate", path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(path):2:1: empty source term"))
        #expect(result.stderr.contains("\(path):3: wrong number of columns: 1"))
        #expect(result.stdout.contains("tsv, 1 entries loaded, 2 skipped, 2 errors, 0 warnings"))
        let clean = try CLIRunner.run(["glossary", "validate", try Self.glossary("IA\tAI\n")])
        #expect(clean.status == 0)
    }

    @Test func lookupAndMatch() throws {
        let user = try Self.glossary("réseaux sociaux\tsocial networks\n", name: "user.tsv")
        let shipped = try Self.glossary("réseau social\tsocial media\nIA\tAI\n", name: "news.tsv")
        let lookup = try CLIRunner.run(["glossary", "lookup", "-g", user, "-g", shipped, "Réseaux sociaux"])
        #expect(lookup.lines.first?.hasPrefix("réseaux sociaux\tsocial networks\t\(user):1") == true)
        let match = try CLIRunner.run(["glossary", "match", "-g", shipped, "--format", "jsonl"], stdin: "Les réseaux sociaux de l'IA\nRien.\n")
        let objects = try match.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 2)
        let matches = objects[0]?["matches"] as? [[String: Any]]
        #expect(matches?.map { $0["target"] as? String } == ["social media", "AI"])
        #expect(matches?.first?["plural"] as? Bool == true)
        #expect((objects[1]?["matches"] as? [Any])?.isEmpty == true)
        let missing = try CLIRunner.run(["glossary", "lookup", "-g", shipped, "inconnu"])
        #expect(missing.status == 1)
    }

    @Test func compiledCacheMatchesLikeTheGlossary() throws {
        let glossary = try Self.glossary("réseau social\tsocial media\nIA\tAI\n")
        let cache = (glossary as NSString).deletingPathExtension + ".pgc"
        let compile = try CLIRunner.run(["glossary", "compile", glossary, "-o", cache])
        #expect(compile.status == 0)
        #expect(compile.stderr.contains("2 entries compiled"))
        let text = "Les réseaux sociaux de l'IA"
        let direct = try CLIRunner.run(["glossary", "match", "-g", glossary], stdin: text)
        let cached = try CLIRunner.run(["glossary", "match", "--cache", cache], stdin: text)
        #expect(cached.status == 0 && cached.stdout == direct.stdout && direct.lines.count == 2)
        let broken = try Self.glossary("not a cache", name: "broken.pgc")
        let refused = try CLIRunner.run(["glossary", "match", "--cache", broken], stdin: text)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("not a compiled Precis glossary"))
        let both = try CLIRunner.run(["glossary", "match", "--cache", cache, "-g", glossary], stdin: text)
        #expect(both.status == 2)
    }

    @Test func unknownFormatIsAnInputError() throws {
        let path = try Self.glossary("just some words\n", name: "terms.dat")
        let result = try CLIRunner.run(["glossary", "validate", path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("unknown glossary format"))
    }
}

/// JSON Lines modes check each line on its own: a line that is not UTF-8, holds a NUL byte or
/// passes the line limit gets its error object, and the lines around it are still processed.
struct JSONLinesBadLineTests {
    static let feed: [UInt8] = Array(#"{"id": 1, "text": "Le gouvernement annonce un plan de relance. Les syndicats protestent."}"#.utf8) + [0x0A]
        + Array(#"{"id": 2, "text": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [0x0A]          // Latin-1 é
        + Array(#"{"id": 3, "text": "a"#.utf8) + [0x00] + Array(#""}"#.utf8) + [0x0A]
        + Array(#"{"id": 4, "text": "Le plan est voté. La relance attendra."}"#.utf8) + [0x0A]

    @Test(arguments: [["summarize", "--format", "jsonl", "-l", "fr"], ["translate", "--format", "jsonl", "--file"]])
    func badLinesGetTheirErrorAndTheRunGoesOn(command: [String]) throws {
        let path = try CLIRunner.temporaryFile(Self.feed, name: "feed.jsonl")
        let result = try CLIRunner.run(command + [path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.lines.count == 4)
        #expect(!result.lines[0].contains("\"error\""))
        #expect(result.lines[1].contains("feed.jsonl:2: invalid UTF-8 at column 23 (byte 0xE9)"))
        #expect(result.lines[2].contains("feed.jsonl:3: NUL byte at column 21"))
        #expect(!result.lines[3].contains("\"error\"") && result.lines[3].hasPrefix("{\"id\":4"))
        #expect(result.stderr.contains("2 record(s) failed"))
    }

    @Test func aLineOverTheLimitIsOneErrorLine() throws {
        let long = Array(#"{"id": 9, "text": ""#.utf8) + Array(repeating: UInt8(ascii: "a"), count: 2_000) + Array(#""}"#.utf8)
        let path = try CLIRunner.temporaryFile(long + [0x0A] + Array(#"{"id": 10, "text": "Bonjour tout le monde."}"#.utf8), name: "long.jsonl")
        let result = try CLIRunner.run(["summarize", "--format", "jsonl", "-l", "fr", "--max-line-bytes", "1000", path])
        #expect(result.status == 1)
        #expect(result.lines.count == 2)
        #expect(result.lines[0].contains("over the line length limit of 1000 bytes") && result.lines[0].contains("--max-line-bytes"))
        #expect(result.lines[1].hasPrefix("{\"id\":10"))
    }
}

import PrecisTestSupport
import Foundation
import Testing
import PrecisText
@testable import PrecisGlossary

/// The matcher against recorded behaviour: a glossary generated from the words of the seed
/// article, matched on the article, must give the matches the previous matcher gave (recorded in
/// `Fixtures/matches-meta-openai.tsv`), compiled or read back from its cache.
struct GlossaryMatcherRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let article: String = {
        let text = try! String(contentsOf: root.appendingPathComponent("corpora/meta-openai.fr.txt"), encoding: .utf8)
        return text + "\nLes réseaux sociaux, l'IA, les actions collectives et la grippe saisonnière touchent Orange. "
            + "Une chanteuse très contagieuse interpelle le Conseil d’État ; les centres de données d'IA touchaient la MAIRIE."
    }()

    /// The user glossary of ``GlossaryMatcherTests``, then 3,000 terms of one to three words of the
    /// article (deterministic), one in seven case-sensitive as written in the article.
    static let glossaries: [Glossary] = {
        let words = Array(Set(article.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 2 })).sorted()
        var generator = SeededGenerator(seed: 2024)
        var seen = Set<String>()
        var entries: [GlossaryEntry] = []
        while entries.count < 3_000 {
            let n = [1, 1, 2, 3][Int(generator.next() % 4)]
            let caseSensitive = generator.next() % 7 == 0
            var term = (0..<n).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            if !caseSensitive { term = term.lowercased() }
            guard seen.insert(term).inserted else { continue }
            entries.append(GlossaryEntry(source: term, targets: [term.uppercased()], isCaseSensitive: caseSensitive,
                                         origin: .init(file: "generated.tsv", line: entries.count + 1)))
        }
        let generated = Glossary(path: "generated.tsv", format: .tsv, entries: entries)
        return [GlossaryMatcherTests.glossary, generated]
    }()

    /// Each match as `start end plural source origin`, tab-separated.
    static func lines(_ matches: [GlossaryMatch]) -> [String] {
        matches.map { "\($0.range.lowerBound)\t\($0.range.upperBound)\t\($0.isPlural)\t\($0.entry.source)\t\($0.entry.origin)" }
    }

    static let recorded: [String] = {
        let path = GlossaryLoaderTests.fixture("matches-meta-openai.tsv")
        return try! String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }()

    @Test func compiledMatcherGivesTheRecordedMatches() throws {
        let matches = GlossaryMatcher(Self.glossaries).matches(in: Self.article)
        // PRECIS_RECORD_MATCHES=1 swift test --filter GlossaryMatcherRegressionTests re-records the
        // fixture after an intended change of behaviour (say which in Fixtures/README.md).
        if ProcessInfo.processInfo.environment["PRECIS_RECORD_MATCHES"] == "1" {
            let path = Self.root.appendingPathComponent("Tests/PrecisGlossaryTests/Fixtures/matches-meta-openai.tsv")
            try Data((Self.lines(matches).joined(separator: "\n") + "\n").utf8).write(to: path)
            return
        }
        #expect(Self.recorded.count > 500)
        #expect(Self.lines(matches) == Self.recorded)
    }

    @Test func cachedMatcherGivesTheRecordedMatches() throws {
        let matcher = try GlossaryMatcher(serialized: GlossaryMatcher(Self.glossaries).serialized())
        #expect(Self.lines(matcher.matches(in: Self.article)) == Self.recorded)
    }

    /// Line by line, as `precis glossary match` calls it, the matches are those of the whole text
    /// shifted to each line.
    @Test func lineByLineMatchesAgree() {
        let matcher = GlossaryMatcher(Self.glossaries)
        var offset = 0
        var lines: [String] = []
        for line in Self.article.split(separator: "\n", omittingEmptySubsequences: false) {
            for match in matcher.matches(in: String(line)) {
                lines.append("\(match.range.lowerBound + offset)\t\(match.range.upperBound + offset)\t\(match.isPlural)\t\(match.entry.source)\t\(match.entry.origin)")
            }
            offset += line.utf8.count + 1
        }
        #expect(lines == Self.recorded)
    }

}

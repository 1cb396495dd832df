import Foundation
import PrecisTestSupport
import Testing
import PrecisText
@testable import PrecisSummarize

struct KeywordExtractorTests {
    static func keywords(_ text: String, _ language: Language = .french, count: Int = 5) -> [String] {
        Summarizer(options: options(language, budget: .sentences(1), keywords: count)).summarize(text).keywords.map(\.text)
    }

    @Test(arguments: [
        (Language.french, """
            Intelligence artificielle : les rédactions s'équipent. Les journalistes utilisent l'intelligence artificielle \
            pour traduire des dépêches. Selon les syndicats, l'intelligence artificielle menace des emplois.
            """, "intelligence artificielle"),
        (.english, """
            Climate change is accelerating, scientists warn. Governments have done too little about climate change. \
            Farmers already feel climate change in their fields.
            """, "climate change"),
    ])
    func aRepeatedPhraseComesFirstInItsSurfaceFormWithoutItsWords(language: Language, text: String, phrase: String) {
        let keywords = Self.keywords(text, language)
        #expect(keywords.first == phrase, "\(keywords)")
        for word in phrase.split(separator: " ") {
            #expect(!keywords.contains { $0.lowercased() == word.lowercased() }, "\(keywords)")
        }
    }

    @Test func phrasesAreRunsOfAdjacentContentWordsSeenTwice() {
        // "banque centrale" occurs twice but once across a comma: no phrase; "taux directeur" once.
        let text = """
            La banque, centrale dans le système, relève son taux directeur. \
            La banque centrale européenne surveille l'inflation.
            """
        let keywords = Self.keywords(text, count: 20)
        #expect(!keywords.contains("banque centrale"))
        #expect(!keywords.contains("taux directeur"))
        #expect(keywords.contains("banque") && keywords.contains("centrale"))
    }

    @Test func givesAtMostTheCountAskedFor() {
        #expect(Self.keywords(Articles.meta, count: 0).isEmpty)
        #expect(Self.keywords(Articles.meta, count: 3).count == 3)
        #expect(Self.keywords("", count: 3).isEmpty)
    }

    @Test func scoresAreOccurrencesTimesTheSumOfIDFs() {
        // N = 3 sentences, "intelligence" and "artificielle" in all three: idf = ln(4/4) + 1 = 1
        // each, so the phrase scores 3 × (1 + 1) = 6.
        let text = "L'intelligence artificielle arrive. Une intelligence artificielle parle. Cette intelligence artificielle écrit."
        let keyword = Summarizer(options: options(budget: .sentences(1), keywords: 1)).summarize(text).keywords
        #expect(keyword.map(\.text) == ["intelligence artificielle"])
        #expect(close(keyword[0].score, 6))
    }

    /// The extractor before phrases were counted under fixed-size keys: `[Int32]` keys and a
    /// `String` per occurrence. The new one must give the same keywords and scores.
    static func reference(_ document: AnalyzedDocument, analyzer: TermAnalyzer, count: Int) -> [Summary.Keyword] {
        guard count > 0 else { return [] }
        struct Candidate {
            var terms: [Int32]
            var occurrences = 0
            var surfaces: [String: Int] = [:]
        }
        var candidates: [[Int32]: Candidate] = [:]
        let text = document.text
        for sentence in document.sentences {
            var run: [(term: Int32, range: Range<Int>)] = []
            func flush() {
                for length in 1...3 where run.count >= length {
                    for start in 0...(run.count - length) {
                        let slice = run[start..<start + length]
                        let key = slice.map(\.term)
                        let surface = String(text.slice(slice.first!.range.lowerBound..<slice.last!.range.upperBound))
                        candidates[key, default: Candidate(terms: key)].occurrences += 1
                        candidates[key]!.surfaces[surface, default: 0] += 1
                    }
                }
                run.removeAll()
            }
            analyzer.forEachToken(in: text, range: sentence.range) { token, global in
                guard token.kind == .word, global >= 0, let local = analyzer.localID(of: global) else {
                    flush()
                    return
                }
                run.append((local, token.range))
            }
            flush()
        }
        var scored: [(candidate: Candidate, score: Double)] = []
        for candidate in candidates.values where candidate.terms.count == 1 || candidate.occurrences >= 2 {
            guard Set(candidate.terms).count == candidate.terms.count else { continue }
            let idf = candidate.terms.reduce(0) { $0 + document.idf[Int($1)] }
            scored.append((candidate, Double(candidate.occurrences) * idf))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.candidate.terms.lexicographicallyPrecedes($1.candidate.terms) }
        var result: [Summary.Keyword] = []
        var chosenTerms: [Set<Int32>] = []
        for (candidate, score) in scored {
            let terms = Set(candidate.terms)
            if chosenTerms.contains(where: { terms.isSubset(of: $0) || $0.isSubset(of: terms) }) { continue }
            let surface = candidate.surfaces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            result.append(Summary.Keyword(text: surface, score: score))
            chosenTerms.append(terms)
            if result.count == count { break }
        }
        return result
    }

    @Test func sameKeywordsAsTheReferenceOnTheCorpus() {
        let analyzer = TermAnalyzer(language: .french)
        var checked = 0
        for (k, article) in FusedAnalysisTests.corpus.enumerated() {
            // Titles too, a decomposed accent (a second form of the same word) now and then.
            let text = k % 10 == 0 ? article.text.replacingOccurrences(of: "é", with: "e\u{301}") : article.text
            let document = AnalyzedDocument(text: text, title: article.title, language: .french, analyzer: analyzer, model: nil,
                                            keepingWords: true)
            for count in [1, 5, 12] {
                let expected = Self.reference(document, analyzer: analyzer, count: count)
                #expect(KeywordExtractor(document: document).keywords(count: count) == expected, "article \(k)")
                checked += expected.count
            }
        }
        #expect(checked > 5_000)
    }

    /// Random French-like texts where words meet every kind of separator the tokenizer knows
    /// (punctuation, numbers, symbols, URLs, marks, controls, zero-width and other-script
    /// characters, glued or spaced): keywords read from the analysis's words equal those read
    /// from the full token stream.
    @Test(arguments: 0..<6)
    func sameKeywordsAsTheReferenceOnRandomTexts(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let words = ["banque", "centrale", "européenne", "taux", "directeur", "inflation", "la", "le", "des", "Banque",
                     "Centrale", "d'", "l'", "qu'", "aujourd'hui", "intelligence", "artificielle", "IA", "réseaux", "sociaux"]
        let separators = [" ", " ", " ", ", ", ". ", " ! ", " « ", " » ", "’", "-", " – ", "…", " (", ") ", " 3,6 % ", " 2024 ",
                          " 1er ", " € ", "+", "@", " www.lemonde.fr ", "\u{301}", "\u{1}", "\t", "\u{200B}", " 😀 ", " Αθήνα ",
                          "\u{A0}", "\n", " a.b@c.fr ", "_", ":", ""]
        let analyzer = TermAnalyzer(language: .french)
        for _ in 0..<40 {
            var text = ""
            for _ in 0..<Int.random(in: 20...120, using: &generator) {
                text += words.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
            }
            let document = AnalyzedDocument(text: text, title: nil, language: .french, analyzer: analyzer, model: nil,
                                            keepingWords: true)
            for count in [5, 20] {
                #expect(KeywordExtractor(document: document).keywords(count: count)
                        == Self.reference(document, analyzer: analyzer, count: count), "\(text)")
            }
        }
    }
}

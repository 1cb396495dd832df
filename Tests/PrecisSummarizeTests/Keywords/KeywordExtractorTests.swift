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
}

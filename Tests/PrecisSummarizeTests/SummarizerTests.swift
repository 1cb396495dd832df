import Foundation
import Testing
import PrecisText
@testable import PrecisSummarize

/// Budgets, order, determinism and fragments, through the public API.
struct SummarizerTests {
    static let article = """
        Le gouvernement a présenté mardi un plan de relance de cent milliards d'euros pour l'économie.
        Ce plan de relance doit soutenir l'industrie, les transports et la transition écologique.
        Les syndicats ont salué certaines mesures mais réclament davantage pour les salariés.
        L'opposition juge le plan de relance insuffisant et trop tardif face à la crise.
        Le Premier ministre défendra le texte devant l'Assemblée nationale la semaine prochaine.
        Un débat animé est attendu entre la majorité et l'opposition sur le financement.
        """

    static func summarize(_ budget: SummaryBudget, method: SummaryMethod = .default, text: String = article,
                          title: String? = "Un plan de relance de cent milliards") -> Summary {
        var options = SummaryOptions()
        options.budget = budget
        options.method = method
        options.language = .fixed(.french)
        return Summarizer(options: options).summarize(text, title: title)
    }

    static func words(_ s: String) -> Int { s.split(whereSeparator: \.isWhitespace).count }

    @Test(arguments: [1, 2, 3, 10])
    func sentenceBudget(_ n: Int) {
        for method in SummaryMethod.allCases {
            let summary = Self.summarize(.sentences(n), method: method)
            #expect(summary.sentences.count == min(n, 6), "\(method)")
        }
    }

    @Test(arguments: [15, 20, 30, 45, 60])
    func wordBudgetIsNeverExceeded(_ limit: Int) {
        for method in SummaryMethod.allCases {
            let summary = Self.summarize(.words(limit), method: method)
            #expect(!summary.sentences.isEmpty)
            #expect(Self.words(summary.text) <= limit, "\(method): \(summary.text)")
        }
    }

    @Test func aFirstSentenceLongerThanTheBudgetIsKeptAlone() {
        let summary = Self.summarize(.words(5))
        #expect(summary.sentences.count == 1)
        #expect(Self.words(summary.text) > 5)
    }

    @Test(arguments: [80, 150, 300])
    func characterBudget(_ limit: Int) {
        let summary = Self.summarize(.characters(limit))
        #expect(summary.sentences.count >= 1)
        if summary.sentences.count > 1 { #expect(summary.text.count <= limit) }
    }

    @Test func ratioBudget() {
        let total = Self.words(Self.article)
        let summary = Self.summarize(.ratio(0.5))
        #expect(Self.words(summary.text) <= total / 2 + 1)
        #expect(summary.sentences.count >= 2)
    }

    @Test func sentencesComeInDocumentOrderWithTheirRanges() {
        let summary = Self.summarize(.sentences(3))
        #expect(summary.sentences.map(\.index) == summary.sentences.map(\.index).sorted())
        for sentence in summary.sentences {
            #expect(String(Self.article.slice(sentence.range)) == sentence.text)
        }
        #expect(summary.documentSentenceCount == 6)
    }

    @Test func emptyAndBlankDocuments() {
        #expect(Self.summarize(.sentences(2), text: "").sentences.isEmpty)
        #expect(Self.summarize(.words(60), text: " \n\n ").sentences.isEmpty)
    }

    @Test func fragmentsOnlyStillGiveASummary() {
        let summary = Self.summarize(.sentences(1), text: "Par Jean Dupont\nPhoto AFP\nLecture : 3 min", title: nil)
        #expect(summary.sentences.count == 1)
    }

    @Test func fragmentsAndTheRepeatedHeadlineAreNotPicked() {
        let title = "Un plan de relance de cent milliards pour l'économie"
        let text = "Un plan de relance de cent milliards pour l'économie\nPar Jean Dupont\nPhoto AFP\n" + Self.article
        let summary = Self.summarize(.sentences(2), text: text, title: title)
        for sentence in summary.sentences {
            #expect(!sentence.text.hasPrefix("Par ") && !sentence.text.hasPrefix("Photo") && sentence.text != title)
        }
    }

    @Test func deterministicAndBatchEqualsSingle() {
        var options = SummaryOptions()
        options.budget = .words(40)
        options.keywords = 4
        let summarizer = Summarizer(options: options)
        let documents = [
            Summarizer.Document(text: Self.article, title: "Plan de relance"),
            Summarizer.Document(text: "The government unveiled a recovery plan. Unions welcomed it. The opposition did not."),
            Summarizer.Document(text: Self.article),
        ]
        let batch = summarizer.summarize(documents)
        let single = documents.map { summarizer.summarize($0.text, title: $0.title) }
        #expect(batch == single)
        #expect(summarizer.summarize(documents) == batch)
        #expect(batch[1].language == .english)
    }

    @Test func redundancyControlSkipsNearDuplicates() {
        let text = """
            Le plan de relance coûte cent milliards d'euros selon le gouvernement.
            Le plan de relance coûte cent milliards d'euros selon le gouvernement français.
            Les syndicats demandent des hausses de salaires dans la fonction publique.
            """
        var options = SummaryOptions()
        options.budget = .sentences(2)
        options.language = .fixed(.french)
        options.method = .centroid
        options.relevance = 0.3
        let diverse = Summarizer(options: options).summarize(text)
        #expect(diverse.sentences.map(\.index).contains(2))
    }

    @Test func keywordsPreferRepeatedPhrasesInTheirSurfaceForm() {
        let text = """
            L'intelligence artificielle transforme les rédactions. Les outils d'intelligence artificielle
            écrivent déjà des dépêches. Mais l'intelligence artificielle inquiète les journalistes.
            Les syndicats de journalistes demandent des garanties.
            """
        var options = SummaryOptions()
        options.keywords = 3
        options.language = .fixed(.french)
        let keywords = Summarizer(options: options).summarize(text).keywords.map(\.text)
        #expect(keywords.first == "intelligence artificielle")
        #expect(!keywords.contains("intelligence") && !keywords.contains("artificielle"))
        #expect(keywords.contains("journalistes"))
    }
}

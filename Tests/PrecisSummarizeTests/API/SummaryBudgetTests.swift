import Testing
import PrecisText
@testable import PrecisSummarize

/// Budget rules through the public `Summarizer`, for every method.
struct SummaryBudgetTests {
    static let methods = SummaryMethod.allCases

    static func summarize(_ text: String = Articles.meta, title: String? = Articles.metaTitle,
                          method: SummaryMethod, budget: SummaryBudget) -> Summary {
        Summarizer(options: options(method: method, budget: budget)).summarize(text, title: title)
    }

    /// The sentences are distinct, in document order, and their text is the document's with
    /// line breaks made spaces.
    static func checkDocumentOrder(_ summary: Summary, _ text: String = Articles.meta) {
        let indices = summary.sentences.map(\.index)
        #expect(indices == indices.sorted() && Set(indices).count == indices.count)
        for sentence in summary.sentences {
            #expect(sentence.text == text.slice(sentence.range).split(whereSeparator: \.isNewline).joined(separator: " "))
        }
    }

    @Test(arguments: methods, [1, 2, 3, 5, 20])
    func sentencesBudgetGivesAtMostThatMany(method: SummaryMethod, count: Int) {
        let summary = Self.summarize(method: method, budget: .sentences(count))
        // 9 full sentences: the byline and the photo credit are never needed.
        #expect(summary.sentences.count == min(count, 9))
        Self.checkDocumentOrder(summary)
    }

    @Test(arguments: methods, [1, 8, 15, 25, 40, 60, 1000])
    func wordsBudgetIsNeverExceededButByASingleSentence(method: SummaryMethod, words: Int) {
        let summary = Self.summarize(method: method, budget: .words(words))
        let used = Articles.wordCount(summary.text)
        #expect(!summary.sentences.isEmpty)
        #expect(used <= words || summary.sentences.count == 1, "\(used) words: \(summary.text)")
        Self.checkDocumentOrder(summary)
    }

    @Test(arguments: methods, [1, 80, 150, 300, 100_000])
    func charactersBudgetIsNeverExceededButByASingleSentence(method: SummaryMethod, characters: Int) {
        let summary = Self.summarize(method: method, budget: .characters(characters))
        #expect(!summary.sentences.isEmpty)
        #expect(summary.text.count <= characters || summary.sentences.count == 1, "\(summary.text.count) characters")
        Self.checkDocumentOrder(summary)
    }

    @Test(arguments: methods, [0.05, 0.2, 0.5, 1.0])
    func ratioBudgetIsAShareOfTheDocumentsWords(method: SummaryMethod, ratio: Double) {
        let limit = max(Int((Double(Articles.wordCount(Articles.meta)) * ratio).rounded()), 1)
        let summary = Self.summarize(method: method, budget: .ratio(ratio))
        #expect(Articles.wordCount(summary.text) <= limit || summary.sentences.count == 1)
        Self.checkDocumentOrder(summary)
        if ratio == 1 { #expect(summary.sentences.count == 9) }
    }

    @Test(arguments: [Double.nan, -1, 0, .infinity])
    func ratioOutsideItsRangeIsClampedWithoutTrapping(ratio: Double) {
        // Regression: `.ratio(.nan)` trapped converting a NaN word count to Int.
        let summary = Self.summarize(method: .position, budget: .ratio(ratio))
        #expect(summary.sentences.count == (ratio == .infinity ? 9 : 1))
    }

    @Test func wordsAreCountedAcrossNoBreakSpacesAsRougeCountsThem() {
        // Regression: words were split on ASCII white space only, so "vite\u{A0}»." was one word
        // where Python's `str.split()` (the ROUGE scripts) and `summary.text.split` see two, and
        // a 20-word budget let 22 words through. The sentences have 12 and 10 words.
        let text = """
            Le président a déclaré\u{00A0}: «\u{00A0}Nous allons agir très vite\u{00A0}». \
            Le gouvernement prépare un plan de relance pour l'industrie française.
            """
        let summary = Summarizer(options: options(method: .position, budget: .words(20))).summarize(text)
        #expect(summary.sentences.count == 1)
        #expect(Articles.wordCount(summary.text) == 12)
        let both = Summarizer(options: options(method: .position, budget: .words(22))).summarize(text)
        #expect(both.sentences.count == 2)
        #expect(Articles.wordCount(both.text) == 22)
    }

    @Test(arguments: [SummaryMethod.position, .default])
    func aFirstSentenceLongerThanTheBudgetIsReturnedAlone(method: SummaryMethod) {
        let text = """
            Le gouvernement a présenté mercredi un vaste plan de relance de l'industrie, doté de trente milliards d'euros sur cinq ans, qui vise à relocaliser la production de médicaments et de composants électroniques.
            Les syndicats saluent une première étape.
            Le patronat réclame des baisses d'impôts.
            """
        let summary = Summarizer(options: options(method: method, budget: .words(10))).summarize(text)
        #expect(summary.sentences.map(\.index) == [0])
        #expect(Articles.wordCount(summary.text) == 32)
    }

    @Test func emptyTextGivesAnEmptySummary() {
        for text in ["", "   \n\n \t "] {
            let summary = Summarizer(options: options(budget: .words(60), keywords: 5)).summarize(text, title: "Titre")
            #expect(summary.sentences.isEmpty && summary.keywords.isEmpty)
            #expect(summary.text == "")
            #expect(summary.documentSentenceCount == 0)
        }
    }

    @Test(arguments: methods)
    func aDocumentOfFragmentsStillGivesASummary(method: SummaryMethod) {
        let summary = Summarizer(options: options(method: method, budget: .sentences(2))).summarize(Articles.fragments)
        #expect(summary.documentSentenceCount == 4)
        #expect(summary.sentences.count == 2)
    }

    @Test func shortSentencesAreChosenOnlyWhenNoFullSentenceIsLeft() {
        // Word counts: 12, 1, 12, 8.
        let text = """
            Le conseil municipal a voté hier soir le budget de la ville. Adopté. \
            Les élus de l'opposition ont dénoncé une forte hausse des impôts fonciers. \
            Le maire défend un budget responsable et équilibré.
            """
        func indices(minimumWords: Int) -> [Int] {
            var o = options(method: .tfidf, budget: .sentences(10))
            o.minimumSentenceWords = minimumWords
            return Summarizer(options: o).summarize(text).sentences.map(\.index)
        }
        #expect(indices(minimumWords: 5) == [0, 2, 3])
        #expect(indices(minimumWords: 1) == [0, 1, 2, 3])
        #expect(indices(minimumWords: 10) == [0, 2])
        #expect(indices(minimumWords: 50) == [0, 1, 2, 3])  // no sentence is full: all compete
    }

    @Test(arguments: [Articles.metaTitle, Articles.metaTitle + "."])
    func aTitleRepeatedAsTheFirstLineIsNotPicked(title: String) {
        // With a final period the repeated headline is long enough and ends as a sentence does:
        // only its similarity to the title keeps it out.
        let text = title + "\n\n" + Articles.meta
        for method in [SummaryMethod.position, .title, .default, .centroid] {
            let summary = Summarizer(options: options(method: method, budget: .sentences(2))).summarize(text, title: title)
            #expect(!summary.sentences.contains { $0.index == 0 || $0.text == title }, "\(method)")
        }
    }

    @Test func aHeadlineLikeFirstLineIsPickedWhenNoTitleIsGiven() {
        // The counterpart of the test above: without the title, that line is a full sentence.
        let line = Articles.metaTitle + "."
        let summary = Summarizer(options: options(method: .position, budget: .sentences(1))).summarize(line + "\n\n" + Articles.meta)
        #expect(summary.sentences.map(\.text) == [line])
    }

    @Test func sentencesCarryTheirScoresAndTheDocumentsSize() {
        let summary = Self.summarize(method: .position, budget: .sentences(2))
        #expect(summary.documentSentenceCount == 11)
        #expect(summary.language == .french)
        #expect(summary.sentences.map(\.index) == [1, 2])
        #expect(close(summary.sentences.map(\.score), [1, 1 / 2.0.squareRoot()]))
        #expect(summary.text == summary.sentences.map(\.text).joined(separator: " "))
    }
}

import Testing
import PrecisText
@testable import PrecisSummarize

struct SummarizerDeterminismTests {
    static let documents: [Summarizer.Document] = [
        .init(text: Articles.meta, title: Articles.metaTitle),
        .init(text: Articles.council, title: "Council approves budget"),
        .init(text: Articles.fragments),
        .init(text: ""),
        .init(text: Articles.meta),
        .init(text: SentenceScorerTests.animals),
    ]

    static func summarizer(method: SummaryMethod, models: [IDFModel] = []) -> Summarizer {
        var options = SummaryOptions()
        options.method = method
        options.budget = .words(40)
        options.keywords = 5
        return Summarizer(options: options, models: models)  // language: auto
    }

    @Test(arguments: SummaryMethod.allCases)
    func sameInputGivesTheSameSummary(method: SummaryMethod) {
        let summarizer = Self.summarizer(method: method)
        for document in Self.documents {
            let first = summarizer.summarize(document.text, title: document.title)
            #expect(Self.summarizer(method: method).summarize(document.text, title: document.title) == first)
            #expect(summarizer.summarize(document.text, title: document.title) == first)
        }
    }

    @Test(arguments: SummaryMethod.allCases)
    func batchEqualsOneByOne(method: SummaryMethod) {
        var model = IDFModel(language: .french)
        model.add(document: Articles.meta)
        model.add(document: "Le gouvernement annonce un plan de relance.")
        let summarizer = Self.summarizer(method: method, models: [model])
        let single = Self.documents.map { summarizer.summarize($0.text, title: $0.title) }
        #expect(summarizer.summarize(Self.documents) == single)
        // Reversed, through one session: the shared analyzer and its caches change nothing.
        #expect(summarizer.summarize(Self.documents.reversed()) == single.reversed())
    }

    @Test(arguments: [1, 2, 3, 8])
    func threadsGiveTheSameSummariesInOrder(threads: Int) {
        let summarizer = Self.summarizer(method: .default)
        // Enough documents for many blocks per thread, each one different (its own title).
        let documents = (0..<150).map { k in
            let base = Self.documents[k % Self.documents.count]
            return Summarizer.Document(text: base.text, title: k % 4 == 0 ? nil : "\(base.title ?? "Meta") \(k)")
        }
        let single = documents.map { summarizer.summarize($0.text, title: $0.title) }
        #expect(summarizer.summarize(documents, threads: threads) == single)
        // A pool keeps its sessions across batches; the results stay those of one by one.
        var pool = Summarizer.SessionPool(summarizer: summarizer, threads: threads)
        #expect(pool.summarize(Array(documents.reversed())) == single.reversed())
        #expect(pool.summarize(documents) == single)
        #expect(pool.map(Array(0..<1000)) { _, k in k * 2 } == (0..<1000).map { $0 * 2 })
        #expect(pool.map([Int]()) { _, k in k }.isEmpty)
    }

    @Test func identifiesTheLanguageOfEachDocument() {
        let summaries = Self.summarizer(method: .default).summarize(Array(Self.documents.prefix(2)))
        #expect(summaries.map(\.language) == [.french, .english])
    }

    @Test func aDocumentsOwnLanguageWinsOverTheOptions() {
        let auto = Self.summarizer(method: .default)
        var fixedOptions = auto.options
        fixedOptions.language = .fixed(.french)
        let fixed = Summarizer(options: fixedOptions)
        let english = Summarizer.Document(text: Articles.council, language: .english)
        #expect(auto.summarize([english]).map(\.language) == [.english])
        #expect(fixed.summarize([english]).map(\.language) == [.english])
        // The same summary as a summarizer fixed on that language gives.
        var englishOptions = auto.options
        englishOptions.language = .fixed(.english)
        #expect(fixed.summarize([english]) == [Summarizer(options: englishOptions).summarize(Articles.council)])
        let french = Summarizer.Document(text: Articles.council, language: .french)
        #expect(auto.summarize([french]).map(\.language) == [.french])
    }
}

import PrecisText

/// Picks the sentences that best say what a French or English article is about.
///
/// The summarizer segments the article (``SentenceSegmenter``), turns each sentence into a
/// TF-IDF vector of stemmed terms (weights from an ``IDFModel`` fitted on a news corpus, or,
/// without one, from the article's own sentences), scores the sentences with the chosen
/// ``SummaryMethod``, and selects whole sentences under the ``SummaryBudget`` with redundancy
/// control (MMR). Results are deterministic.
///
/// `Summarizer` is a `Sendable` value: share one across threads. For many articles on one
/// thread, ``summarize(_:)`` with an array reuses the stemming cache between them.
///
/// ```swift
/// var options = SummaryOptions()
/// options.budget = .words(60)
/// let summarizer = Summarizer(options: options)
/// let summary = summarizer.summarize(article, title: "Meta défie OpenAI")
/// print(summary.text)
/// ```
public struct Summarizer: Sendable {
    /// The options every summary uses.
    public var options: SummaryOptions
    /// IDF models by language; a language without one uses in-document IDF.
    public var models: [Language: IDFModel]

    /// Creates a summarizer; `models` gives corpus IDF statistics per language.
    public init(options: SummaryOptions = SummaryOptions(), models: [IDFModel] = []) {
        self.options = options
        self.models = Dictionary(models.map { ($0.language, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// An article to summarize.
    public struct Document: Sendable, Hashable {
        public var text: String
        public var title: String?
        /// The article's language when it is known; `nil` leaves it to the options'
        /// ``SummaryOptions/language`` (identified, or the fixed one).
        public var language: Language?
        public init(text: String, title: String? = nil, language: Language? = nil) {
            self.text = text
            self.title = title
            self.language = language
        }
    }

    /// Summarizes one article.
    public func summarize(_ text: String, title: String? = nil) -> Summary {
        var session = makeSession()
        return session.summarize(Document(text: text, title: title))
    }

    /// Summarizes several articles in order, sharing the stemming cache between them.
    public func summarize(_ documents: [Document]) -> [Summary] {
        var session = makeSession()
        return documents.map { session.summarize($0) }
    }

    /// A session for summarizing a stream of articles on one thread, reusing its caches.
    public func makeSession() -> Session { Session(summarizer: self) }

    /// One thread's summarizing state: an analyzer (with its stemming cache) per language.
    ///
    /// Use one session per thread; it is not `Sendable`.
    public struct Session {
        let summarizer: Summarizer
        var analyzers: [Language: TermAnalyzer] = [:]

        /// Summarizes one article.
        public mutating func summarize(_ document: Document) -> Summary {
            let options = summarizer.options
            let language: Language
            switch (document.language, options.language) {
            case (let known?, _): language = known
            case (nil, .fixed(let fixed)): language = fixed
            case (nil, .auto): language = LanguageIdentifier(sampleLimit: 256).identify(document.text, default: .french)
            }
            let analyzer = analyzers[language] ?? TermAnalyzer(language: language, stopwords: options.stopwords[language])
            analyzers[language] = analyzer
            let analyzed = AnalyzedDocument(
                text: document.text, title: document.title, language: language, analyzer: analyzer,
                model: summarizer.models[language], minimumSentenceWords: options.minimumSentenceWords,
                keepingWords: options.keywords > 0
            )
            let scores = ScoreCombiner.scores(analyzed, options: options)
            let chosen = SentenceSelector(document: analyzed, options: options).select(scores: scores)
            let sentences = chosen.map { index in
                let sentence = analyzed.sentences[index]
                let text = Summarizer.oneLineText(document.text, range: sentence.range)
                return Summary.Sentence(index: index, range: sentence.range, text: text, score: scores[index])
            }
            let keywords = KeywordExtractor(document: analyzed).keywords(count: options.keywords)
            return Summary(sentences: sentences, keywords: keywords, language: language,
                           documentSentenceCount: analyzed.sentences.count)
        }
    }
}

import PrecisText

/// How sentences are scored.
public enum SummaryMethod: String, Sendable, CaseIterable, Codable {
    /// Document-level TF-IDF weight of the sentence's terms, length-normalized.
    case tfidf
    /// Cosine similarity to the document centroid.
    case centroid
    /// Continuous LexRank: PageRank over TF-IDF cosine similarities.
    case lexrank
    /// TextRank: PageRank over word-overlap similarities.
    case textrank
    /// The lead prior: earlier sentences first.
    case position
    /// Similarity to the headline (needs a title; without one, falls back to `centroid`).
    case title
    /// A weighted mix of the scorers above (see ``ScoreWeights/standard``).
    case `default`
}

/// How long a summary may be.
public enum SummaryBudget: Sendable, Hashable {
    /// At most this many sentences.
    case sentences(Int)
    /// Whole sentences totalling at most this many words (whitespace-separated, as ROUGE
    /// counts them); a single first sentence longer than the budget is kept alone.
    case words(Int)
    /// Whole sentences totalling at most this many characters (separating spaces included);
    /// a single first sentence longer than the budget is kept alone.
    case characters(Int)
    /// This fraction of the document's words (0 < ratio ≤ 1).
    case ratio(Double)
}

/// Weights of the scorers in the `default` method.
public struct ScoreWeights: Sendable, Hashable, Codable {
    public var tfidf: Double
    public var centroid: Double
    public var lexrank: Double
    public var textrank: Double
    public var position: Double
    public var title: Double

    public init(tfidf: Double = 0, centroid: Double = 0, lexrank: Double = 0, textrank: Double = 0,
                position: Double = 0, title: Double = 0) {
        self.tfidf = tfidf
        self.centroid = centroid
        self.lexrank = lexrank
        self.textrank = textrank
        self.position = position
        self.title = title
    }

    /// The weights of the `default` method, fitted on the OrangeSum training split.
    ///
    /// `Scripts/fit-summary-weights.py` searched them by coordinate ascent (position fixed at 1)
    /// on training articles 500–2,499, maximizing mean ROUGE-1/2/L F1 over the one-sentence and
    /// 60-word budgets, with titles given and in-document IDF (which beat the corpus IDF model
    /// there: 19.19 against 18.81). No dev or test article was used.
    public static let standard = ScoreWeights(tfidf: 0.5, centroid: 1.0, lexrank: 0, textrank: 0.1, position: 1.0, title: 1.0)
}

/// Everything that shapes a summary.
///
/// ```swift
/// var options = SummaryOptions()
/// options.budget = .words(60)
/// options.method = .lexrank
/// ```
public struct SummaryOptions: Sendable, Hashable {
    /// The text's language, or `auto` to identify it.
    public var language: LanguageChoice = .auto
    /// How sentences are scored.
    public var method: SummaryMethod = .default
    /// How long the summary may be.
    public var budget: SummaryBudget = .sentences(3)
    /// MMR trade-off between relevance and novelty: 1 keeps the best-scored sentences whatever
    /// they repeat; lower values skip sentences similar to those already chosen.
    public var relevance: Double = 0.75
    /// How many keywords to extract (0: none).
    public var keywords: Int = 0
    /// Weights of the `default` method.
    public var weights: ScoreWeights = .standard
    /// Sentences with fewer words than this are chosen only when nothing else fits
    /// (bylines, "Lecture : 3 minutes", captions).
    public var minimumSentenceWords: Int = 5
    /// LexRank edges below this cosine similarity are dropped (0: continuous LexRank).
    public var lexrankThreshold: Double = 0
    /// Stopword lists by language, replacing the standard ones (`Stopwords.standard(for:)`).
    public var stopwords: [Language: Stopwords] = [:]

    public init() {}
}

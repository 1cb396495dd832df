import PrecisText

/// A summary: the chosen sentences in document order, with their scores, and keywords.
public struct Summary: Sendable, Hashable {
    /// One chosen sentence.
    public struct Sentence: Sendable, Hashable {
        /// Its index among the document's sentences.
        public var index: Int
        /// Its UTF-8 byte range in the document.
        public var range: Range<Int>
        /// Its text, with line breaks made spaces.
        public var text: String
        /// Its score under the method used (higher is better; scale depends on the method).
        public var score: Double
    }

    /// A keyword or keyphrase, as written in the document.
    public struct Keyword: Sendable, Hashable {
        /// The phrase as it most often appears in the text.
        public var text: String
        /// Its TF-IDF score.
        public var score: Double
    }

    /// The chosen sentences, in document order.
    public var sentences: [Sentence]
    /// Keywords, best first (empty unless asked for).
    public var keywords: [Keyword]
    /// The language the document was read as.
    public var language: Language
    /// How many sentences the document has.
    public var documentSentenceCount: Int

    /// The summary as one string: the sentences joined by spaces.
    public var text: String { sentences.map(\.text).joined(separator: " ") }
}

import PrecisText

extension TermAnalyzer {
    /// What one pass over a document's sentences gives: their word counts and their terms,
    /// numbered locally.
    struct SentenceTerms {
        /// Whitespace-separated words per sentence.
        var wordCounts: [Int] = []
        /// Document-local term ids per sentence, in order (slices of one array).
        var terms: [ArraySlice<Int32>] = []
        /// The analyzer's id of each local term.
        var globalIDs: [Int32] = []
        /// Every word token in order, with its local term id (-1: not a term), when asked for
        /// (keywords read them).
        var words: DocumentWords?
    }

    /// Starts a new document, counts each sentence's words, and turns its tokens straight into
    /// document-local term ids (surface cache hit: a hash and a probe; miss: analysed and
    /// cached).
    ///
    /// Gives what counting words and calling ``forEachTerm(in:range:_:)`` per sentence give,
    /// without a `String` or a dictionary look-up per token.
    ///
    /// - Complexity: O(*n*) in the length of the text, plus one analysis per new surface form.
    func analyzeSentences(_ sentences: [Sentence], in text: String, keepingWords: Bool = false) -> SentenceTerms {
        var result = SentenceTerms()
        result.wordCounts.reserveCapacity(sentences.count)
        result.terms.reserveCapacity(sentences.count)
        var words = keepingWords ? DocumentWords() : nil
        text.withUTF8Buffer { bytes in
            cache.beginDocument()
            for sentence in sentences { result.wordCounts.append(WordCounter.count(bytes, sentence.range)) }
            cache.appendLocalTerms(bytes, sentences: sentences, tokenizer: tokenizer, to: &result.terms,
                                   globalIDs: &result.globalIDs, words: &words) { word in
                self.analyzeSurface(bytes, word)
            }
        }
        result.words = words
        return result
    }
}

/// The word tokens of a document in order, each with its document-local term id (-1 for a
/// word that is not a term), and where each sentence's words end: what keyword extraction
/// reads instead of tokenizing the text again.
struct DocumentWords {
    var ranges: [Range<Int>] = []
    var terms: [Int32] = []
    /// The index past each sentence's last word.
    var sentenceEnds: [Int] = []
}

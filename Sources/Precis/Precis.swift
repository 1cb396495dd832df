/// Precis: French news into short English.
///
/// `import Precis` brings the whole public API: the text layer (``SentenceSegmenter``,
/// ``Tokenizer``, stemmers, stopwords, language identification) and the quality measures
/// (`PrecisEval`), the summarizer (`PrecisSummarize`), the glossary engine (`PrecisGlossary`),
/// the translator (`PrecisTranslate`) and the JSON Lines records of the batch commands
/// (`PrecisBatch`).
///
/// ```swift
/// import Precis
///
/// let text = "Meta défie OpenAI. Le choc des titans !"
/// let sentences = SentenceSegmenter(language: .french).sentences(in: text)
/// ```
@_exported import PrecisBatch
@_exported import PrecisEval
@_exported import PrecisGlossary
@_exported import PrecisSummarize
@_exported import PrecisText
@_exported import PrecisTranslate

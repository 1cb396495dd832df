/// Reduces a word to its stem, so that inflected forms share one key.
///
/// Precis ships the Snowball stemmers for French (``FrenchStemmer``) and English
/// (``EnglishStemmer``, Porter2), written in Swift from the published algorithm descriptions at
/// snowballstem.org. Both reproduce the official Snowball vocabularies exactly.
///
/// Input is expected in lower case, as Snowball's own test vocabularies are; the stemmers do not
/// fold case themselves.
///
/// ```swift
/// let stemmer = Stemmers.stemmer(for: .french)
/// stemmer.stem("continuellement")   // "continuel"
/// ```
public protocol Stemmer: Sendable {
    /// The language whose rules this stemmer applies.
    var language: Language { get }

    /// Returns the stem of a lower-case word.
    func stem(_ word: String) -> String
}

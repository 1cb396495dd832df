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

    /// Calls `body` with the UTF-8 bytes of the stem of a lower-case word given as well-formed
    /// UTF-8, and returns what it returns: ``stem(_:)`` without making strings.
    ///
    /// The default implementation goes through ``stem(_:)``; ``FrenchStemmer`` works on the
    /// bytes directly. The bytes are valid only during the call.
    ///
    /// ```swift
    /// let utf8 = Array("chevaux".utf8)
    /// let stem = utf8.withUnsafeBufferPointer { word in
    ///     FrenchStemmer().withStem(ofUTF8: word) { String(decoding: $0, as: UTF8.self) }
    /// }   // "cheval"
    /// ```
    func withStem<R>(ofUTF8 word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

extension Stemmer {
    public func withStem<R>(ofUTF8 word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var stem = stem(String(decoding: word, as: UTF8.self))
        return stem.withUTF8 { body($0) }
    }
}

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

    /// Writes the stem of a lower-case word given as well-formed UTF-8 into `output`, and
    /// returns how many bytes it wrote: ``stem(_:)`` without making strings.
    ///
    /// With at least ``stemCapacity(forUTF8Count:)`` bytes of `output` the stem always fits;
    /// when it does not, nothing is written and the result is `nil`. The default implementation
    /// goes through ``stem(_:)``; ``FrenchStemmer`` works on the bytes directly.
    ///
    /// ```swift
    /// let word = Array("chevaux".utf8)
    /// var stem = [UInt8](repeating: 0, count: FrenchStemmer.stemCapacity(forUTF8Count: word.count))
    /// let count = word.withUnsafeBufferPointer { word in
    ///     stem.withUnsafeMutableBufferPointer { FrenchStemmer().stem(utf8: word, into: $0) }
    /// }
    /// String(decoding: stem[..<count!], as: UTF8.self)   // "cheval"
    /// ```
    func stem(utf8 word: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int?
}

extension Stemmer {
    /// The room ``stem(utf8:into:)`` needs for the stem of a word of `count` UTF-8 bytes: the
    /// shipped stemmers never lengthen a word by more than one scalar.
    public static func stemCapacity(forUTF8Count count: Int) -> Int { count + 8 }

    public func stem(utf8 word: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var stem = stem(String(decoding: word, as: UTF8.self))
        return stem.withUTF8 { stem in
            guard stem.count <= output.count else { return nil }
            _ = output.initialize(fromContentsOf: stem)
            return stem.count
        }
    }
}

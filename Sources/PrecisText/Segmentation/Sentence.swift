/// A sentence: the UTF-8 byte range of its text in the string it was read from.
///
/// The range is trimmed: it starts at the sentence's first non-space character and ends after
/// its last one (closing quotes and brackets included).
///
/// ```swift
/// let text = "Meta défie OpenAI. Le choc des titans !"
/// let sentences = SentenceSegmenter(language: .french).sentences(in: text)
/// sentences.map { $0.text(in: text) }   // ["Meta défie OpenAI.", "Le choc des titans !"]
/// ```
public struct Sentence: Sendable, Hashable {
    /// The sentence's UTF-8 byte range in the text it was read from.
    public var range: Range<Int>

    /// Creates a sentence covering `range`.
    public init(range: Range<Int>) { self.range = range }

    /// The sentence's text, as written in `text`.
    ///
    /// - Precondition: `text` is the string the sentence was read from.
    public func text(in text: String) -> Substring { text.slice(range) }
}

extension Sentence: CustomStringConvertible {
    public var description: String { "Sentence[\(range.lowerBound)..<\(range.upperBound)]" }
}

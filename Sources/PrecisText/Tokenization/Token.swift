/// A word, number, punctuation mark, symbol, URL or e-mail address in a text.
///
/// A token does not hold its text: it holds the UTF-8 byte range of its text in the string it
/// was read from, so tokenizing allocates nothing per token. Read the text back with
/// ``text(in:)``.
///
/// French elisions are tokens of their own: "l’intelligence" gives `l’` (with
/// ``isElision`` set) and `intelligence`. Hyphenated compounds ("globe-trotteur", "a-t-il")
/// stay one token; ``parts(in:)`` gives their parts.
///
/// ```swift
/// let text = "L’IA coûte 3,6 milliards."
/// for token in Tokenizer(language: .french).tokens(in: text) {
///     print(token.kind, token.text(in: text))
/// }
/// // word L’ / word IA / word coûte / number 3,6 / word milliards / punctuation .
/// ```
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Letters (and digits, marks, inner hyphens and apostrophes): "métavers", "1er", "Covid-19".
        case word
        /// Digits with French or English separators: "2019", "3,6", "1 234,5", "2.846".
        case number
        /// One punctuation mark, or an ellipsis "..." as one token.
        case punctuation
        /// A symbol: "%", "€", "$", "+", "©", emoji.
        case symbol
        /// A web address: "https://example.org/a", "www.lemonde.fr", "Booking.com".
        case url
        /// An e-mail address: "contact@example.fr".
        case email

        public var description: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .punctuation: "punctuation"
            case .symbol: "symbol"
            case .url: "url"
            case .email: "email"
            }
        }
    }

    /// The token's UTF-8 byte range in the text it was read from.
    public var range: Range<Int>
    /// What the token is.
    public var kind: Kind
    /// Whether this is a French elided article, pronoun or conjunction ("l’", "d'", "qu’").
    public var isElision: Bool
    /// Whether this word has inner hyphens ("globe-trotteur").
    public var isHyphenated: Bool

    /// Creates a token.
    public init(range: Range<Int>, kind: Kind, isElision: Bool = false, isHyphenated: Bool = false) {
        self.range = range
        self.kind = kind
        self.isElision = isElision
        self.isHyphenated = isHyphenated
    }

    /// The token's text, as written in `text`.
    ///
    /// - Precondition: `text` is the string the token was read from.
    public func text(in text: String) -> Substring { text.slice(range) }

    /// Whether the token is a word or a number: the tokens that carry content.
    public var isWordLike: Bool { kind == .word || kind == .number }

    /// The byte ranges of the parts of a hyphenated word ("a-t-il" → "a", "t", "il").
    ///
    /// A word without hyphens has one part, its whole range.
    public func parts(in text: String) -> [Range<Int>] {
        guard isHyphenated else { return [range] }
        return text.withUTF8Buffer { bytes in
            var parts: [Range<Int>] = []
            var partStart = range.lowerBound
            var i = range.lowerBound
            while i < range.upperBound {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
                if ScalarClass.of(scalar) == .hyphen {
                    if i > partStart { parts.append(partStart..<i) }
                    partStart = i + length
                }
                i += length
            }
            if range.upperBound > partStart { parts.append(partStart..<range.upperBound) }
            return parts
        }
    }
}

extension Token: CustomStringConvertible {
    public var description: String { "\(kind)[\(range.lowerBound)..<\(range.upperBound)]" }
}

/// Splits text into words, numbers, punctuation, symbols, URLs and e-mail addresses.
///
/// The rules are written for news text:
/// - French elisions are split off (l' d' j' m' t' s' n' c' qu' jusqu' lorsqu' puisqu' quoiqu',
///   with ' or ’), while "aujourd'hui", "prud'homme", "quelqu'un", "presqu'île" stay whole.
/// - Hyphenated compounds stay one token ("globe-trotteur", "a-t-il"); see ``Token/parts(in:)``.
/// - Numbers keep their French or English separators: "1 234,5" (space, NBSP or U+202F groups),
///   "3,6", "2.846", "1,234.5". A number glued to letters is a word: "1er", "10h30", "4G".
/// - Initialisms keep their dots: "U.S.", "J.-C.", "É.-U.", "e.g.".
/// - URLs ("https://…", "www.…", "lemonde.fr") and e-mail addresses are single tokens.
/// - Every other punctuation mark is its own token, except "..." which is one.
///
/// Two engines produce the same tokens: ``Engine/scanner``, a hand-written UTF-8 scanner (the
/// default, several times faster), and ``Engine/icu``, which starts from ICU's word boundaries
/// and applies the same rules. The test suite checks that they agree on the bundled corpus.
///
/// ```swift
/// let text = "Aujourd’hui, l’IA de Meta coûte 1 234,5 M€."
/// let words = Tokenizer(language: .french).tokens(in: text)
///     .filter(\.isWordLike)
///     .map { $0.text(in: text) }
/// // ["Aujourd’hui", "l’", "IA", "de", "Meta", "coûte", "1 234,5", "M"]
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
public struct Tokenizer: Sendable {
    /// How tokens are found.
    public enum Engine: String, Sendable, CaseIterable {
        /// The hand-written UTF-8 scanner: the fast path.
        case scanner
        /// ICU word boundaries refined by the same rules: the reference path.
        case icu
    }

    /// The language whose rules apply (elision splitting is French only).
    public var language: Language
    /// The engine that finds the tokens.
    public var engine: Engine

    /// Creates a tokenizer for `language`.
    public init(language: Language = .french, engine: Engine = .scanner) {
        self.language = language
        self.engine = engine
    }

    /// The tokens of `text`.
    public func tokens(in text: String) -> [Token] {
        tokens(in: text, range: 0..<text.utf8.count)
    }

    /// The tokens inside a UTF-8 byte range of `text` (a sentence's range, say).
    ///
    /// Token ranges are offsets into the whole of `text`.
    public func tokens(in text: String, range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        forEachToken(in: text, range: range) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token of a UTF-8 byte range of `text`, in order, without building
    /// an array.
    public func forEachToken(in text: String, range: Range<Int>? = nil, _ body: (Token) -> Void) {
        text.withUTF8Buffer { bytes in
            let range = range ?? 0..<bytes.count
            precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the text")
            forEachToken(inUTF8: bytes, range: range, body)
        }
    }

    /// Calls `body` with each token of a range of UTF-8 bytes.
    ///
    /// The bytes must be valid UTF-8 (as the bytes of any Swift `String` are) and `range` must
    /// start and end on scalar boundaries.
    public func forEachToken(inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Token) -> Void) {
        var scanner = TokenScanner(bytes: bytes, end: range.upperBound, splitsElisions: language == .french)
        switch engine {
        case .scanner: scanner.scan(from: range.lowerBound, body)
        case .icu: ICUWordTokens.forEach(in: bytes, range: range, language: language, scanner: &scanner, body)
        }
    }
}

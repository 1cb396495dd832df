#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits French or English text into sentences, each with its byte range in the original.
///
/// Candidate boundaries come from Unicode's sentence-break rules (UAX #29), applied by Precis's
/// own byte scanner (``Engine/rules``, the default) or by ICU's iterator with its abbreviation
/// suppressions (``Engine/icu``, `fr@ss=standard`, `en@ss=standard`, the reference path);
/// Precis then repairs what those rules get wrong in news text:
/// - a closing `»`, `"`, `”` or `)` after `!` or `?` stays with its sentence, and a quotation
///   followed by its attribution ("« Pourquoi ? » demande-t-il.") is one sentence;
/// - no break after abbreviations ("M.", "Mme", "Dr.", "art.", "cf.", "Mr.", "Inc.", …), after
///   initials ("J.-M. Le Pen", "George W. Bush") or initialisms ("U.S.", "J.-C.");
/// - no break before a lower-case word ("etc. et", hard-wrapped lines);
/// - a break where news text glues sentences ("tendue.Consternant", "vrai?Non") but not inside
///   URLs, e-mail addresses, domain names or decimals ("2.846", "3,6");
/// - a break after an ellipsis ("…" or "...") followed by a capital;
/// - a blank line always ends a sentence, and so does a line break after a line that ends with
///   punctuation or before a capital.
///
/// ```swift
/// let text = "M. Dupont est arrivé. La séance était tendue.Consternant !"
/// let segmenter = SentenceSegmenter(language: .french)
/// for sentence in segmenter.sentences(in: text) {
///     print(sentence.text(in: text))
/// }
/// // M. Dupont est arrivé.
/// // La séance était tendue.
/// // Consternant !
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
public struct SentenceSegmenter: Sendable {
    /// How candidate boundaries are found, before Precis's repairs.
    public enum Engine: String, Sendable, CaseIterable {
        /// Unicode's sentence-break rules read from the UTF-8 bytes by Precis: the fast path.
        case rules
        /// ICU's sentence iterator with its abbreviation suppressions: the reference path.
        case icu
    }

    /// The language whose abbreviations (and ICU rules) apply.
    public var language: Language
    /// The engine that finds candidate boundaries.
    public var engine: Engine

    /// Creates a segmenter for `language`.
    public init(language: Language = .french, engine: Engine = .rules) {
        self.language = language
        self.engine = engine
    }

    /// The sentences of `text`, in order.
    public func sentences(in text: String) -> [Sentence] {
        sentences(in: text, range: 0..<text.utf8.count)
    }

    /// The sentences inside a UTF-8 byte range of `text`; ranges are offsets into all of `text`.
    public func sentences(in text: String, range: Range<Int>) -> [Sentence] {
        text.withUTF8Buffer { bytes in
            precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the text")
            return sentences(inUTF8: bytes, range: range)
        }
    }

    /// The sentences of a range of valid UTF-8 bytes.
    public func sentences(inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Sentence] {
        switch engine {
        case .rules:
            return sentences(inUTF8: bytes, range: range) { paragraph, cuts, marks in
                SentenceBreakRules(bytes: bytes, paragraph: paragraph).appendCuts(to: &cuts, marks: &marks)
                return true
            }
        case .icu:
            return ICUBreakIterator.withIterator(kind: .sentence, locale: "\(language.code)@ss=standard") { iterator in
                sentences(inUTF8: bytes, range: range) { paragraph, cuts, _ in
                    if let iterator, (try? iterator.setUTF16Text(bytes, range: paragraph)) != nil {
                        iterator.forEachBoundary { offset, _ in
                            if offset < paragraph.upperBound { cuts.append(offset) }
                        }
                    } else {
                        // ICU cannot run: line starts are the fallback.
                        cuts = Self.lineStarts(in: bytes, range: paragraph)
                    }
                    return false
                }
            }
        }
    }

    /// The sentences of a range of valid UTF-8 bytes, with the candidate cuts of each paragraph
    /// from `candidates`: it appends them, in order, to an empty array, and returns whether it
    /// also recorded the positions of the paragraph's `.` and `…` in the second one.
    private func sentences(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
        candidates: (Range<Int>, inout [Int], inout [Int]) -> Bool
    ) -> [Sentence] {
        var result: [Sentence] = []
        result.reserveCapacity(range.count / 100)
        var repairer = SentenceRepairer(bytes: bytes, abbreviations: Self.abbreviations(for: language),
                                        abbreviationTable: Self.abbreviationTable(for: language),
                                        longestAbbreviation: Self.longestAbbreviation)
        // Room for a cut and a period every 64 bytes (news text has about one per 130 to 190),
        // so that neither list grows element by element.
        var cuts: [Int] = []
        cuts.reserveCapacity(range.count / 64 + 16)
        var marks: [Int] = []
        marks.reserveCapacity(range.count / 64 + 16)
        for paragraph in Self.paragraphs(in: bytes, range: range) {
            cuts.removeAll(keepingCapacity: true)
            marks.removeAll(keepingCapacity: true)
            let recordedMarks = candidates(paragraph, &cuts, &marks)
            repairer.paragraph = paragraph
            let repaired = repairer.repair(cuts, marks: recordedMarks ? marks : nil)
            var start = paragraph.lowerBound
            for cut in repaired {
                if let trimmed = repairer.trimmed(start..<cut) { result.append(Sentence(range: trimmed)) }
                start = cut
            }
            if let trimmed = repairer.trimmed(start..<paragraph.upperBound) { result.append(Sentence(range: trimmed)) }
        }
        return result
    }

    /// Paragraphs: ranges separated by blank lines (lines holding only white space).
    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            // Jump to the next line feed (memchr reads many bytes per step).
            guard let base = bytes.baseAddress,
                  let found = memchr(base + i, 0x0A, range.upperBound - i) else { break }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            // A line feed: is the next line blank?
            var j = i + 1
            while j < range.upperBound, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
            if j < range.upperBound, bytes[j] == 0x0A {
                if i > start { paragraphs.append(start..<i) }
                while j < range.upperBound, bytes[j] == 0x0A || bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D {
                    j += 1
                }
                start = j
            }
            i = j
        }
        if range.upperBound > start { paragraphs.append(start..<range.upperBound) }
        return paragraphs
    }

    /// Starts of lines, the fallback when ICU cannot be used.
    static func lineStarts(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Int] {
        var starts: [Int] = []
        for i in range where bytes[i] == 0x0A && i + 1 < range.upperBound { starts.append(i + 1) }
        return starts
    }
}

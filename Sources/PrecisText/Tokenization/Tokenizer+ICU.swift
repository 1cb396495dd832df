/// The ICU engine of ``Tokenizer``: ICU's word boundaries (locale-aware, with dictionaries for
/// scripts written without spaces) bound every letter run, and the scanner's rules then split
/// elisions and join hyphens, number groups, initialisms, URLs and e-mail addresses.
enum ICUWordTokens {
    static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, language: Language,
        scanner: inout TokenScanner, _ body: (Token) -> Void
    ) {
        var boundaries: [Int] = []
        boundaries.reserveCapacity(range.count / 3)
        do {
            let iterator = try ICUBreakIterator(kind: .word, locale: language.code)
            try iterator.setText(bytes, range: range)
            iterator.forEachBoundary { offset, _ in boundaries.append(offset) }
        } catch {
            // ICU could not run: the scanner's own runs are the fallback.
            boundaries = []
        }
        scanner.wordBoundaries = boundaries
        scanner.scan(from: range.lowerBound, body)
    }
}

import PrecisText
import Testing

/// Runs a stemmer over one of Snowball's official vocabularies and counts the differences,
/// through both ``Stemmer/stem(_:)`` and ``Stemmer/stem(utf8:into:)`` (into a buffer of exactly
/// ``Stemmer/stemCapacity(forUTF8Count:)`` bytes).
enum SnowballVocabulary {
    struct Result {
        var words: Int
        var mismatchCount: Int
        /// The first ten differences, "word → actual (expected stem)".
        var firstMismatches: String
    }

    static func check(_ stemmer: some Stemmer, words wordsPath: String, stems stemsPath: String) throws -> Result {
        let words = try Fixtures.lines(wordsPath)
        let stems = try Fixtures.lines(stemsPath)
        try #require(words.count == stems.count)
        var mismatches: [String] = []
        var count = 0
        for (word, expected) in zip(words, stems) {
            var utf8 = word
            let bytes = utf8.withUTF8 { word in
                [UInt8](unsafeUninitializedCapacity: FrenchStemmer.stemCapacity(forUTF8Count: word.count)) { output, count in
                    count = stemmer.stem(utf8: word, into: output) ?? 0
                }
            }
            let fromBytes = String(decoding: bytes, as: UTF8.self)
            let actual = fromBytes == expected ? stemmer.stem(word) : fromBytes
            guard actual != expected else { continue }
            count += 1
            if mismatches.count < 10 { mismatches.append("\(word) → \(actual) (expected \(expected))") }
        }
        return Result(words: words.count, mismatchCount: count, firstMismatches: mismatches.joined(separator: "; "))
    }
}

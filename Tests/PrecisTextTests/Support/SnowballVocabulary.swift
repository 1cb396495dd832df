import PrecisText
import Testing

/// Runs a stemmer over one of Snowball's official vocabularies and counts the differences.
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
            let actual = stemmer.stem(word)
            guard actual != expected else { continue }
            count += 1
            if mismatches.count < 10 { mismatches.append("\(word) → \(actual) (expected \(expected))") }
        }
        return Result(words: words.count, mismatchCount: count, firstMismatches: mismatches.joined(separator: "; "))
    }
}

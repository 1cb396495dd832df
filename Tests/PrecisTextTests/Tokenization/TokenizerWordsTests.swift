import PrecisTestSupport
import Testing
@testable import PrecisText

/// ``Tokenizer/forEachWord(inUTF8:range:_:)`` gives exactly the word tokens of
/// ``Tokenizer/forEachToken(inUTF8:range:_:)``: on the corpus, on the rules' edge cases, and on
/// random strings built from the pieces that end or extend a word.
struct TokenizerWordsTests {
    static func words(_ tokenizer: Tokenizer, _ text: String, range: Range<Int>? = nil) -> (fast: [Range<Int>], reference: [Range<Int>]) {
        text.withUTF8Buffer { bytes in
            let range = range ?? 0..<bytes.count
            var fast: [Range<Int>] = [], reference: [Range<Int>] = []
            tokenizer.forEachWord(inUTF8: bytes, range: range) { fast.append($0) }
            tokenizer.forEachToken(inUTF8: bytes, range: range) { if $0.kind == .word { reference.append($0.range) } }
            return (fast, reference)
        }
    }

    @Test func sameWordsOnTheCorpus() throws {
        var total = 0
        for language in [Language.french, .english] {
            for text in try CorpusArticles.all() {
                let (fast, reference) = Self.words(Tokenizer(language: language), text)
                #expect(fast == reference)
                total += fast.count
            }
        }
        #expect(total > 300_000)
    }

    @Test(arguments: [
        "l'IA aujourd'hui jusqu'à presqu’île", "globe-trotteur a-t-il J.-C. U.S. e.g.", "www.lemonde.fr https://x.fr/a?b=1 a@b.fr",
        "Covid-19 1er 10h30 4G G7 3,6 % 1 234,5 2.846", "œuvre Œdipe ×2 a÷b été ÉTÉ naïve", "mot_clé c++ C# x:y", "fin...", "a\u{301}b e\u{301}té",
        "Москва 中文 😀 mots", "km/h (texte) «\u{00A0}cité\u{00A0}» – “quote”", "", "a", "é", "1",
        // Sentence ends, elisions and Latin-1 first letters (the fast path's own cases).
        "France. Le", "été.", "ab.", "ab.c", "ab.1", "ab.é", "ab..", "a. b", "É.-U. ensuite", "Mme.X",
        "l'été qu’il L’État À l'évidence jusqu'au lorsqu’elle", "aujourd’hui prud'homme quelqu'un", "j'ai l'1 l' l'- d’ d’é l'×",
        "anticonstitutionnellement interdépendances ÉCONOMIQUEMENT", "abcdefgh", "abcdefgh.", "abcdefghijklmnop'x", "Œuvre œufs ×÷",
    ])
    func sameWordsOnEdgeCases(_ text: String) {
        for language in [Language.french, .english] {
            let (fast, reference) = Self.words(Tokenizer(language: language), text)
            #expect(fast == reference, "\(text.debugDescription)")
        }
    }

    @Test(arguments: 0..<6)
    func sameWordsOnRandomStrings(seed: UInt64) {
        let pieces = ["a", "mot", "Été", "é", "ç", "œ", "×", " ", "\u{00A0}", "-", "'", "’", ".", ":", "@", "_", "+", ",", "7", "42",
                      "\u{301}", "«", "/", "\n", "中", "www", "http", "fr", "l", "qu", "U.S."]
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalarStarts = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } + [text.utf8.count]
            let from = scalarStarts.randomElement(using: &generator)!
            let to = scalarStarts.filter { $0 >= from }.randomElement(using: &generator)!
            let (fast, reference) = Self.words(Tokenizer(language: .french), text, range: from..<to)
            #expect(fast == reference, "\(text.debugDescription) \(from)..<\(to)")
        }
    }
}

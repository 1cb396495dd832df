import Foundation
import Testing
import PrecisText

struct StopwordsTests {
    // MARK: The shipped lists

    static let frenchMust: [String] = [
        // articles, contractions, elisions with and without the apostrophe
        "le", "la", "les", "l'", "l", "un", "une", "de", "d'", "d", "du", "des", "au", "aux", "à",
        "qu'", "qu", "j'", "n'", "s'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'",
        // pronouns
        "je", "il", "elle", "on", "nous", "vous", "ils", "se", "lui", "leur", "y", "en", "ça", "celui-ci",
        // prepositions and conjunctions
        "dans", "par", "pour", "sur", "avec", "sans", "chez", "entre", "et", "ou", "mais", "donc", "car", "dont", "où",
        // auxiliaries
        "est", "sont", "été", "était", "sera", "soit", "a", "ont", "avait", "aura", "eu", "ayant", "a-t-il",
        // negation, degree, news fillers
        "ne", "pas", "plus", "très", "selon", "ainsi", "alors", "après", "avant", "depuis", "encore", "déjà",
        "aussi", "cette", "ces", "notamment", "également", "lors", "aujourd'hui",
    ]

    static let frenchMustNot: [String] = [
        "essai", "valeur", "or", "avions", "étés", "personne", "point", "grâce", "face", "fait", "cas",
        "gouvernement", "président", "ministre", "france", "euros", "deux", "trois", "intelligence",
        "métavers", "lundi", "ours", "homme", "temps", "monde",
    ]

    static let englishMust: [String] = [
        "the", "a", "an", "this", "these", "i", "you", "he", "she", "it", "we", "they", "them", "their",
        "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did",
        "will", "would", "should", "can", "could", "must",
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "between",
        "and", "but", "or", "if", "because", "however", "also",
        "n't", "'s", "'re", "'ll", "don't", "it's", "can't", "won't", "isn't", "s", "t",
    ]

    static let englishMustNot: [String] = [
        "may", "us", "said", "new", "people", "government", "president", "world", "one", "two",
        "year", "state", "law", "time", "market", "intelligence",
    ]

    @Test("French list holds function words", arguments: frenchMust)
    func frenchContains(_ word: String) {
        #expect(Stopwords.standard(for: .french).contains(word))
    }

    @Test("French list leaves content words out", arguments: frenchMustNot)
    func frenchOmits(_ word: String) {
        #expect(!Stopwords.standard(for: .french).contains(word))
    }

    @Test("English list holds function words", arguments: englishMust)
    func englishContains(_ word: String) {
        #expect(Stopwords.standard(for: .english).contains(word))
    }

    @Test("English list leaves content words out", arguments: englishMustNot)
    func englishOmits(_ word: String) {
        #expect(!Stopwords.standard(for: .english).contains(word))
    }

    @Test(arguments: Language.allCases)
    func listsAreNormalized(_ language: Language) {
        let stopwords = Stopwords.standard(for: language)
        #expect(stopwords.count > 200)
        for word in stopwords.words {
            #expect(word == word.lowercased(), "\(word) is not lower-case")
            #expect(!word.contains("’"), "\(word) has a typographic apostrophe")
            #expect(word == word.precomposedStringWithCanonicalMapping, "\(word) is not NFC")
            #expect(!word.contains(" "), "\(word) has a space")
            #expect(word.utf8.count <= 16, "\(word) is longer than the fast lookup key")
        }
    }

    @Test func elisionsComeInBothForms() {
        let french = Stopwords.standard(for: .french)
        for word in french.words where word.hasSuffix("'") {
            #expect(french.contains(String(word.dropLast())), "\(word) without its apostrophe")
        }
    }

    // MARK: Lookups

    static let spellings: [(word: String, language: Language, expected: Bool)] = [
        ("L’", .french, true), ("L'", .french, true), ("QU’", .french, true), ("qu‘", .french, true),
        ("Été", .french, true), ("ÉTÉ", .french, true), ("DÉJÀ", .french, true), ("À", .french, true),
        ("A-T-IL", .french, true), ("Aujourd’hui", .french, true), ("aujourdʼhui", .french, true),
        ("Selon", .french, true), ("ŒUVRE", .french, false), ("Essai", .french, false),
        ("The", .english, true), ("DON’T", .english, true), ("N’T", .english, true), ("’s", .english, true),
        ("May", .english, false), ("US", .english, false),
        ("", .french, false), ("'", .french, false), ("anticonstitutionnellement", .french, false),
        ("ΑΛΛΆ", .french, false), ("Δ", .english, false),
    ]

    @Test("lookups fold case and apostrophes", arguments: spellings)
    func lookups(_ example: (word: String, language: Language, expected: Bool)) {
        let stopwords = Stopwords.standard(for: example.language)
        #expect(stopwords.contains(example.word) == example.expected)
        #expect(stopwords.contains(example.word[...]) == example.expected, "Substring")
        let sentence = "« \(example.word) »"
        let token = sentence.dropFirst(2).dropLast(2)
        #expect(stopwords.contains(token) == example.expected, "Substring inside a longer string")
    }

    @Test func lookupsBeyondLatin1AndSixteenBytes() {
        let stopwords = Stopwords(["αλλά", "anticonstitutionnellement", "Straße"])
        #expect(stopwords.contains("ΑΛΛΆ"))
        #expect(stopwords.contains("Αλλά"))
        #expect(stopwords.contains("Anticonstitutionnellement"))
        #expect(stopwords.contains("ANTICONSTITUTIONNELLEMENT"))
        #expect(!stopwords.contains("anticonstitutionnellementx"))
        #expect(stopwords.contains("straße"))
        #expect(!stopwords.contains("alla"))
    }

    /// ``Stopwords/contains(foldedUTF8:)`` answers as ``Stopwords/contains(utf8:)`` for every
    /// lower-cased word: the lists' own words, the corpus's words, and words longer than a
    /// table key.
    @Test(arguments: Language.allCases)
    func foldedLookupsAgree(language: Language) throws {
        let stopwords = Stopwords.standard(for: language).adding(["anticonstitutionnellement"])
        var words = Set(stopwords.words)
        for text in try CorpusArticles.all().prefix(100) {
            for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" }) { words.insert(word.lowercased()) }
        }
        words.formUnion(["anticonstitutionnellement", "anticonstitutionnellementx", "été", "ça", "œuvre", "x", "l'"])
        for word in words where !word.contains("’") {
            let (folded, plain) = Array(word.utf8).withUnsafeBufferPointer { (stopwords.contains(foldedUTF8: $0), stopwords.contains(utf8: $0)) }
            #expect(folded == plain, "\(word)")
        }
        #expect(words.count > 3_000)
    }

    // MARK: Building and overriding

    @Test func initNormalizes() {
        let stopwords = Stopwords(["Le", "L’", "  la  ", "", "e\u{301}te\u{301}"])
        #expect(stopwords.words == ["le", "l'", "la", "été"])
        #expect(stopwords.contains("ÉTÉ"))
        let literal: Stopwords = ["AFP", "Reuters"]
        #expect(literal.words == ["afp", "reuters"])
        #expect(Stopwords([String]()).isEmpty)
        #expect(!Stopwords([String]()).contains("le"))
    }

    @Test func addingAndRemoving() {
        let french = Stopwords.standard(for: .french)
        let custom = french.adding(["AFP", "Lundi"]).removing(["Plus", "très"])
        #expect(custom.contains("afp"))
        #expect(custom.contains("LUNDI"))
        #expect(!custom.contains("plus"))
        #expect(!custom.contains("très"))
        #expect(custom.contains("le"))
        #expect(custom.count == french.count + 2 - 2)
        #expect(french.contains("plus"), "the standard list is a value: unchanged")
        #expect(french.adding(["longer-than-sixteen-bytes"]).contains("Longer-Than-Sixteen-Bytes"))
    }

    @Test func wordsSetterNormalizes() {
        var stopwords = Stopwords(["le"])
        stopwords.words = ["LA", "Qu’"]
        #expect(stopwords.words == ["la", "qu'"])
        #expect(stopwords.contains("QU'"))
        #expect(!stopwords.contains("le"))
    }

    @Test func equality() {
        #expect(Stopwords(["Le", "la"]) == Stopwords(["la", "le"]))
        #expect(Stopwords(["le"]) != Stopwords(["la"]))
        #expect(Set([Stopwords(["le"]), Stopwords(["LE"])]).count == 1)
    }

    static let overrideTexts: [(text: String, expected: Set<String>)] = [
        ("afp\nreuters\n", ["afp", "reuters"]),
        ("# a comment\n\n  AFP  \n", ["afp"]),
        ("afp # trailing comment\r\nbelga\r\n", ["afp", "belga"]),
        ("lundi mardi\tmercredi\n", ["lundi", "mardi", "mercredi"]),
        ("#only comments\n# here\n", []),
        ("", []),
        ("aujourd’hui\nQU’\n", ["aujourd'hui", "qu'"]),
    ]

    @Test("parses the override format", arguments: overrideTexts)
    func parsing(_ example: (text: String, expected: Set<String>)) {
        #expect(Stopwords.parse(example.text).words == example.expected)
    }

    @Test func overrideFile() throws {
        let extra = Stopwords.parse(try Fixtures.text("stopwords-override.txt"))
        #expect(extra.words == ["afp", "reuters", "belga", "lundi", "mardi", "mercredi"])
        let stopwords = Stopwords.standard(for: .french).adding(extra.words)
        #expect(stopwords.contains("AFP"))
        #expect(stopwords.contains("le"))
    }

    @Test func description() {
        #expect(Stopwords(["le", "la"]).description == "Stopwords(2 words)")
    }
}

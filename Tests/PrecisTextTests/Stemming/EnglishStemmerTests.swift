import Testing
import PrecisText

struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test func reproducesTheSnowballVocabulary() throws {
        let result = try SnowballVocabulary.check(stemmer, words: "snowball/english-voc.txt", stems: "snowball/english-output.txt")
        #expect(result.words == 42_649)
        #expect(result.mismatchCount == 0, "\(result.mismatchCount) mismatches, first: \(result.firstMismatches)")
    }

    @Test(arguments: [
        ("caresses", "caress"),                // step 1a: -sses → -ss
        ("cried", "cri"),                      // step 1a: -ied → -i
        ("ties", "tie"),                       // step 1a: -ies → -ie in a short word
        ("gaps", "gap"),                       // step 1a: -s removed after an earlier vowel
        ("gas", "gas"),                        // step 1a: -s kept, the vowel is just before it
        ("there's", "there"),                  // step 1a: possessive 's removed
        ("'s'", "s"),                          // leading apostrophe, then trailing ' removed
        ("agreed", "agre"),                    // step 1b: -eed → -ee in R1, then step 5 -e
        ("hopping", "hop"),                    // step 1b: -ing removed, double p undoubled
        ("hoping", "hope"),                    // step 1b: short syllable gains an e
        ("adding", "add"),                     // step 1b: double kept after initial a
        ("cry", "cri"),                        // step 1c: y after a consonant → i
        ("sayings", "say"),                    // prelude: y after a vowel is a consonant
        ("youth", "youth"),                    // prelude: initial y is a consonant
        ("conditional", "condit"),             // step 2 -tional → -tion, step 4 -ion after t
        ("geology", "geolog"),                 // step 2: -ogi after l → -og
        ("hopefulness", "hope"),               // step 2 -fulness → -ful, step 3 -ful
        ("electrical", "electr"),              // step 3 -ical → -ic, step 4 -ic
        ("adjustment", "adjust"),              // step 4: -ment in R2
        ("cease", "ceas"),                     // step 5: final e in R1 after a long syllable
        ("controll", "control"),               // step 5: final ll in R2
        ("skies", "sky"),                      // exception: special form
        ("skis", "ski"),                       // exception: special form
        ("early", "earli"),                    // exception: special -ly form
        ("news", "news"),                      // exception: invariant form
        ("dying", "die"),                      // step 1b: consonant + -ying → -ie
        ("innings", "inning"),                 // step 1b: inning kept
        ("succeeded", "succeed"),              // step 1b: succeed kept
        ("generously", "generous"),            // region: gener- prefix
        ("emergency", "emergenc"),             // region: emerg- prefix
        ("international", "internat"),         // region: inter- prefix
        ("pasted", "paste"),                   // short syllable: past counts as one
    ])
    func stemsKnownWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(arguments: ["", "a", "é", "ab", "is", "by", "'s", "a'", "😀"])
    func leavesEmptyAndShortInputUnchanged(word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test func leavesShortWordsTheAlgorithmKeepsUnchanged() {
        for word in ["the", "cat", "was", "his", "yes", "sky", "news", "bias"] {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test func handlesUpperCaseAndOtherCharactersWithoutTrapping() {
        let inputs = [
            "RUNNING", "Running", "Hôtel", "naïvely", "café's", "😀😀😀ing", "Éducation", "straße",
            "中文字符", "e\u{301}ed", "l’homme", "x-ray's", "\u{0}\u{0}\u{0}", "yyyyy", "YyY",
            "IUYH", "'''", "''", "y'", "'yes", "façades", "123", "a b c",
        ]
        for input in inputs {
            _ = stemmer.stem(input)
        }
        // Upper-case and non-ASCII letters count as consonants and are kept as they are.
        #expect(stemmer.stem("RUNNING") == "RUNNING")
        #expect(stemmer.stem("Running") == "Run")
        #expect(stemmer.stem("Hôtel") == "Hôtel")
        #expect(stemmer.stem("naïvely") == "naïv")
        #expect(stemmer.stem("café's") == "café")
        #expect(stemmer.stem("façades") == "façad")
        #expect(stemmer.stem("😀😀😀ing") == "😀😀😀ing")
        #expect(stemmer.stem("中文字符") == "中文字符")
        #expect(stemmer.stem("yyyyy") == "yyyyy")
        #expect(stemmer.stem("'''") == "'")
    }

    @Test func isAnEnglishStemmer() {
        #expect(stemmer.language == .english)
        #expect(Stemmers.stemmer(for: .english).language == .english)
    }
}

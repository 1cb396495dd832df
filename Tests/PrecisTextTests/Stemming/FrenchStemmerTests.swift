import Testing
import PrecisText

struct FrenchStemmerTests {
    let stemmer = FrenchStemmer()

    @Test func reproducesTheSnowballVocabulary() throws {
        let result = try SnowballVocabulary.check(stemmer, words: "snowball/french-voc.txt", stems: "snowball/french-output.txt")
        #expect(result.words == 21_655)
        #expect(result.mismatchCount == 0, "\(result.mismatchCount) mismatches, first: \(result.firstMismatches)")
    }

    @Test(arguments: [
        ("chiens", "chien"),                   // residual: plural -s
        ("chevaux", "cheval"),                 // -aux in R1 → -al
        ("beaux", "beau"),                     // -eaux → -eau
        ("genoux", "genou"),                   // -oux after n → -ou
        ("gouvernements", "gouvern"),          // -ements in RV
        ("continuellement", "continuel"),      // -ement, then -ell undoubled
        ("évidemment", "évident"),             // -emment → -ent
        ("nationalité", "national"),           // -ité in R2
        ("heureuse", "heureux"),               // -euse in R1 only → -eux
        ("finissons", "fin"),                  // -ir verb ending after a consonant
        ("parlèrent", "parl"),                 // verb ending -èrent
        ("mangeais", "mang"),                  // verb ending -eais
        ("mauvaise", "mauvais"),               // -aise kept after "auv"
        ("palais", "palais"),                  // -ais kept in palais
        ("français", "franc"),                 // -ais removed, then ç → c
        ("jouait", "jou"),                     // u between vowels marked, -ait
        ("payer", "pai"),                      // y marked, -er removed, Y → i
        ("ambiguë", "ambigu"),                 // ë split, final e removed
        ("maïs", "maï"),                       // -s after ï removed
        ("ancienne", "ancien"),                // -e removed, -enn undoubled
        ("fidèle", "fidel"),                   // -e removed, è → e
        ("l'enseignement", "enseign"),         // elision l'
        ("qu'il", "il"),                       // elision qu'
    ])
    func stemsKnownWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test func stemsIntoBytesOnlyWhenThereIsRoom() {
        var word = "continuellement"
        word.withUTF8 { word in
            var room = [UInt8](repeating: 0, count: FrenchStemmer.stemCapacity(forUTF8Count: word.count))
            let count = room.withUnsafeMutableBufferPointer { stemmer.stem(utf8: word, into: $0) }
            #expect(count.map { String(decoding: room[..<$0], as: UTF8.self) } == "continuel")
            var small = [UInt8](repeating: 0, count: word.count)
            #expect(small.withUnsafeMutableBufferPointer { stemmer.stem(utf8: word, into: $0) } == nil)
            #expect(small.allSatisfy { $0 == 0 })
        }
    }

    @Test(arguments: ["", "a", "é", "s", "y", "ë", "x"])
    func leavesEmptyAndOneLetterInputUnchanged(word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test func leavesShortWordsTheAlgorithmKeepsUnchanged() {
        for word in ["le", "de", "un", "il", "où", "d'", "au"] {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test func handlesUpperCaseAndOtherCharactersWithoutTrapping() {
        let inputs = [
            "Hôtel", "ÉCOLES", "QU'IL", "l'État", "x-ray42", "123", "😀", "e\u{301}té",
            "aujourd'hui", "c'", "''", "l'", "IUYH", "ïïïï", "ëëë", "quququ", "yyyyy",
            "\u{0}", "l’homme", "a b", "中文",
        ]
        for input in inputs {
            _ = stemmer.stem(input)
        }
        // Upper-case letters count as consonants and are kept as they are.
        #expect(stemmer.stem("Hôtel") == "Hôtel")
        #expect(stemmer.stem("l'État") == "État")
        #expect(stemmer.stem("😀") == "😀")
    }

    /// Capital `I`, `U` and `Y` are letters like any other, never the prelude's consonant
    /// markers: `-iqUe` is not `-ique`, `-Ier` not `-ier` (stems from the Snowball rules).
    @Test(arguments: [
        ("èziqUe", "èziqU"),
        ("roYbier", "roYbi"),
        ("isIions", "isIion"),
        ("QoUbeaux", "QoUbeau"),
    ])
    func keepsCapitalsApartFromTheMarkers(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
        var word = word
        word.withUTF8 { word in
            var room = [UInt8](repeating: 0, count: FrenchStemmer.stemCapacity(forUTF8Count: word.count))
            let count = room.withUnsafeMutableBufferPointer { stemmer.stem(utf8: word, into: $0) }
            #expect(count.map { String(decoding: room[..<$0], as: UTF8.self) } == stem)
        }
    }

    @Test func isAFrenchStemmer() {
        #expect(stemmer.language == .french)
        #expect(Stemmers.stemmer(for: .french).language == .french)
    }
}

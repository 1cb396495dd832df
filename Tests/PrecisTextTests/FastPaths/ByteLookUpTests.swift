import Testing
@testable import PrecisText

/// The byte look-ups that replaced `String` look-ups answer as the sets do.
struct ByteLookUpTests {
    @Test(arguments: Language.allCases)
    func abbreviationTableHoldsTheListedWordsAllBelowU0300(_ language: Language) {
        let words = SentenceSegmenter.abbreviations(for: language)
        let table = SentenceSegmenter.abbreviationTable(for: language)
        #expect(table.count == words.count)
        for word in words {
            // The byte path is exact only for words of scalars below U+0300 (NFC as they stand).
            #expect(word.utf8.allSatisfy { $0 < 0xCC }, "\(word)")
            let bytes = Array(word.utf8)
            let found = bytes.withUnsafeBufferPointer { table.value($0, 0..<$0.count, hash: ByteStringTable.hash($0, 0..<$0.count)) }
            #expect(found != nil, "\(word)")
        }
    }

    @Test func segmenterStillHonoursAbbreviationsAndInitials() {
        let text = "M. Dupont et Mme Durand sont venus. Le Gén. Martin aussi, av. J.-C. dit-on. George W. Bush parla. Les U.S. aussi. Fin."
        let sentences = SentenceSegmenter(language: .french).sentences(in: text).map { String($0.text(in: text)) }
        #expect(sentences.first == "M. Dupont et Mme Durand sont venus.")
        #expect(sentences.contains { $0.hasPrefix("George W. Bush") })
    }

    @Test(arguments: ["L’", "QU'", "Été", "métavers", "LES", "", "xxxxxxxxxxxxxxxxxxxxxxxx", "ΑΥΤΌΣ", "Aujourd’hui"])
    func stopwordsStringOverloadMatchesTheGenericOne(_ word: String) {
        func generic<S: StringProtocol>(_ s: S, _ list: Stopwords) -> Bool { list.contains(s) }
        for language in Language.allCases {
            let list = Stopwords.standard(for: language)
            #expect(list.contains(word) == generic(word, list))
            #expect(list.contains(word) == generic(word[...], list))
        }
    }
}

import Testing
@testable import PrecisText

/// ICU gives the same sentence boundaries over a UTF-16 copy as over the UTF-8 bytes in place.
struct ICUBreakIteratorUTF16Tests {
    static func boundaries(_ text: String, utf16: Bool, locale: String = "fr@ss=standard") throws -> [Int] {
        var result: [Int] = []
        let iterator = try ICUBreakIterator(kind: .sentence, locale: locale)
        try text.withUTF8Buffer { bytes in
            let range = 0..<bytes.count
            if utf16 { try iterator.setUTF16Text(bytes, range: range) } else { try iterator.setText(bytes, range: range) }
            iterator.forEachBoundary { offset, _ in result.append(offset) }
        }
        return result
    }

    @Test(arguments: [
        "M. Dupont l’a dit : la croissance atteint 3,6 %. La séance était tendue.Consternant !",
        "Émoji 😀 en tête. Puis 𝒳 mathématique ! Et 中文。Fin…",
        "« Pourquoi ? » demande-t-il. Personne ne sait.\nUne ligne\u{2028}séparée. Dernière",
        "", "a", "😀", "U.S. officials met. They agreed.",
    ])
    func sameBoundaries(_ text: String) throws {
        #expect(try Self.boundaries(text, utf16: true) == Self.boundaries(text, utf16: false))
        #expect(try Self.boundaries(text, utf16: true, locale: "en@ss=standard")
                == Self.boundaries(text, utf16: false, locale: "en@ss=standard"))
    }

    @Test func sameBoundariesOnTheCorpus() throws {
        var compared = 0
        for article in try CorpusArticles.all() {
            #expect(try Self.boundaries(article, utf16: true) == Self.boundaries(article, utf16: false))
            compared += 1
        }
        #expect(compared == 500)
    }

    @Test func pooledIteratorsGiveTheSameSentences() throws {
        // The segmenter reuses iterators between calls; a second pass must not differ.
        let segmenter = SentenceSegmenter(language: .french)
        let articles = try CorpusArticles.all().prefix(50)
        let first = articles.map { segmenter.sentences(in: $0) }
        let second = articles.map { segmenter.sentences(in: $0) }
        #expect(first == second)
    }
}

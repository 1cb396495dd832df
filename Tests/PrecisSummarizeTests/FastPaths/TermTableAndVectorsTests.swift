import Testing
import PrecisText
@testable import PrecisSummarize

/// The byte-keyed term table and the batched TF-IDF vectors give what the reference paths give.
struct TermTableAndVectorsTests {
    @Test func internGivesEachDistinctTermTheNextID() {
        var table = TermTable()
        // Terms reach the table in NFC (the analyzer normalizes surfaces first), so keys are
        // compared by their bytes.
        let words = ["réseau", "social", "réseau", "met", "", "été", "social", "été", "ete"]
        var reference: [String: Int32] = [:]
        for word in words {
            let expected = reference[word] ?? Int32(reference.count)
            reference[word] = expected
            #expect(table.intern(word) == expected, "\(word)")
        }
        #expect(table.strings == ["réseau", "social", "met", "", "été", "ete"])
        #expect(table.id(of: "met") == 2)
        #expect(table.id(of: "absent") == nil)
    }

    @Test func analyzerTermsKeepTheirStrings() {
        let analyzer = TermAnalyzer(language: .french)
        #expect(analyzer.terms(of: "Les réseaux sociaux de Meta") == ["réseau", "social", "met"])
        #expect(analyzer.terms(of: "Un réseau, des réseaux") == ["réseau", "réseau"])
        #expect(analyzer.existingID("réseau") == 0)
        // Decomposed accents give the composed word's term.
        #expect(analyzer.terms(of: "L'e\u{301}te\u{301} brûlant") == analyzer.terms(of: "L'été brûlant"))
    }

    @Test func batchedVectorsMatchOneByOneOnTheCorpus() {
        let analyzer = TermAnalyzer(language: .french)
        var sentences = 0
        for (text, title) in FusedAnalysisTests.corpus.prefix(200) {
            let document = AnalyzedDocument(text: text, title: title, language: .french, analyzer: analyzer, model: nil)
            let oneByOne = document.sentenceTerms.map { AnalyzedDocument.vector(of: $0, idf: document.idf) }
            #expect(document.vectors.count == oneByOne.count)
            for (a, b) in zip(document.vectors, oneByOne) {
                #expect(a.entries.map(\.term) == b.entries.map(\.term))
                #expect(a.entries.map(\.weight) == b.entries.map(\.weight))
                #expect(a.norm == b.norm)
            }
            sentences += oneByOne.count
        }
        #expect(sentences > 2_000)
    }

    /// Words of one scalar and words without letters are no terms; the byte checks agree
    /// with the scalar-property ones.
    @Test(arguments: ["a", "é", "ab", "1er", "2019", "3,6", "covid-19", "ǅ", "٣٤", "语言", "x\u{301}"])
    func letterAndLengthChecksMatchUnicode(_ word: String) {
        #expect(TermAnalyzer.hasTwoScalars(word) == (word.unicodeScalars.count > 1))
        #expect(TermAnalyzer.hasLetter(word) == word.unicodeScalars.contains { $0.properties.isAlphabetic })
    }
}

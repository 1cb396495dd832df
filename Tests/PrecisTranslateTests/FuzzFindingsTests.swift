import Foundation
import Testing
@testable import PrecisTranslate

/// Inputs the fuzz targets (Fuzz/, `Scripts/fuzz.sh`) found, minimised: each crashed the
/// translator and must now translate.
struct TranslatorFuzzFindingsTests {
    /// FuzzTranslator: a contraction (au, aux, du, des) ending a line left the noun phrase after
    /// it with no word to read: index out of range. Found as the 2-byte input "au".
    @Test(arguments: [
        ("au", "to"),
        ("aux", "to"),
        ("du", "of"),
        ("le prix du", "the price of"),
        ("la décision du\nConseil d'État", "the decision of\nCouncil of State"),
    ])
    func contractionsEndingALine(_ french: String, _ english: String) {
        let translation = TranslatorTests.translator.translate(french)
        #expect(translation.text == english)
        #expect(translation.spans.allSatisfy { $0.source.upperBound <= french.utf8.count })
    }

    /// The same with the shipped lexicon and glossaries, as `precis translate` reads them.
    @Test(arguments: ["au", "aux", "du", "des", "Le prix du", "au\n\ndu\r\n"])
    func contractionsEndingALineWithTheShippedLexicon(_ french: String) {
        let translation = ShippedResourcesTests.translator.translate(french)
        #expect(translation.text.split(separator: "\n", omittingEmptySubsequences: false).count
                == french.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(translation.spans.allSatisfy { $0.source.upperBound <= french.utf8.count })
    }
}

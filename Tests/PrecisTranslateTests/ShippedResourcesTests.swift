import Testing
@testable import PrecisTranslate

/// The shipped lexicon and glossaries in `glossaries/`: they load with no warning, and the
/// translator built on them handles the issue's own examples.
struct ShippedResourcesTests {
    static let translator: Translator = try! Translator()

    @Test func loadWithoutWarnings() throws {
        let translator = Self.translator
        #expect(translator.warnings.isEmpty, "\(translator.warnings.prefix(5))")
        let statistics = translator.statistics
        #expect(statistics.forms > 15_000)
        #expect(statistics.glossaryEntries > 3_000)
    }

    @Test(arguments: [
        ("réseaux sociaux", "social networks"),
        ("centres de données", "data centers"),
        ("L'intelligence artificielle défie les réseaux sociaux", "Artificial intelligence challenges"),
        ("Le Conseil d'État", "Council of State"),
        ("la RDC", "DRC"),
        ("le Royaume-Uni", "United Kingdom"),
        ("725 millions de dollars", "$725 million"),
        ("3,6 %", "3.6%"),
        ("le 1er septembre", "September 1"),
        ("le 11 mai", "May 11"),
        ("les promesses de Zuckerberg", "Zuckerberg's promises"),
        ("Le projet a été dévoilé", "has been unveiled"),
    ])
    func issueExamples(french: String, english: String) {
        let result = Self.translator.translate(french).text
        #expect(result.contains(english), "\(french) → \(result)")
    }
}

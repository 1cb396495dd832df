import Testing
import PrecisText
@testable import PrecisSummarize

struct TermAnalyzerTests {
    /// A phrase, the words of it that are terms (lower-cased; stopwords, numbers and one-letter
    /// words out), and their stems.
    struct Case: Sendable, CustomTestStringConvertible {
        var language: Language
        var phrase: String
        var kept: [String]
        var stems: [String]
        var testDescription: String { "\(language): \(phrase)" }
    }

    static let cases: [Case] = [
        Case(language: .french, phrase: "Les réseaux sociaux de Meta",
             kept: ["réseaux", "sociaux", "meta"], stems: ["réseau", "social", "met"]),
        Case(language: .french, phrase: "Le chat mange la souris.",
             kept: ["chat", "mange", "souris"], stems: ["chat", "mang", "sour"]),
        Case(language: .french, phrase: "L'intelligence artificielle transforme les entreprises.",
             kept: ["intelligence", "artificielle", "transforme", "entreprises"],
             stems: ["intelligent", "artificiel", "transform", "entrepris"]),
        Case(language: .french, phrase: "Le Gouvernement a présenté 3 mesures en 2024 : à suivre !",
             kept: ["gouvernement", "présenté", "mesures", "suivre"], stems: ["gouvern", "présent", "mesur", "suivr"]),
        Case(language: .french, phrase: "Ils n'ont rien dit, et nous non plus.", kept: ["dit"], stems: ["dit"]),
        Case(language: .english, phrase: "The cats are running in the gardens.",
             kept: ["cats", "running", "gardens"], stems: ["cat", "run", "garden"]),
        Case(language: .english, phrase: "Unions criticised the plan on Monday evening.",
             kept: ["unions", "criticised", "plan", "monday", "evening"],
             stems: ["union", "criticis", "plan", "monday", "evening"]),
        Case(language: .english, phrase: "I, me and you: it is what it is!", kept: [], stems: []),
    ]

    @Test(arguments: cases)
    func keepsContentWordsAndStemsThem(_ c: Case) {
        let analyzer = TermAnalyzer(language: c.language)
        let stemmer: any Stemmer = c.language == .french ? FrenchStemmer() : EnglishStemmer()
        // The expected stems are the stemmer's, not guesses.
        #expect(c.kept.map { stemmer.stem($0) } == c.stems)
        #expect(analyzer.terms(of: c.phrase) == c.stems)
    }

    @Test func givesTheSameTermsFromItsCacheTheSecondTime() {
        let analyzer = TermAnalyzer(language: .french)
        let phrase = "Les réseaux sociaux et les Réseaux de Meta"
        let first = analyzer.terms(of: phrase)
        #expect(first == ["réseau", "social", "réseau", "met"])
        #expect(analyzer.terms(of: phrase) == first)
        #expect(analyzer.termCount == 3)
    }

    @Test func honoursCustomStopwords() {
        let analyzer = TermAnalyzer(language: .english, stopwords: ["cats"])
        #expect(analyzer.terms(of: "The cats") == ["the"])
    }
}

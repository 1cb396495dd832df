import Testing
import PrecisText

struct LanguageIdentifierTests {
    /// A text and the answer expected for it (`nil`: unknown).
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: Language?
        let note: String

        init(_ text: String, _ expected: Language?, _ note: String) {
            self.text = text
            self.expected = expected
            self.note = note
        }

        var testDescription: String { "\(note): \(text.prefix(40))" }
    }

    static let cases: [Case] = [
        // French headlines and sentences.
        Case("Meta défie OpenAI : une révolution dans le monde de l'intelligence artificielle ?", .french, "seed headline"),
        Case("Le chat dort.", .french, "three words"),
        Case("Covid-19 : le gouvernement annonce de nouvelles restrictions", .french, "kicker headline"),
        Case("VIDÉO. Les pompiers sauvent un chien coincé sur un toit", .french, "all-caps kicker"),
        Case("Grève à la SNCF : trafic très perturbé lundi", .french, "short headline"),
        Case("« Nous n’avons pas le choix », estime la ministre", .french, "quote with attribution"),
        Case("Incendie dans un immeuble de Marseille, trois blessés", .french, "no function word but 'de'"),
        Case("L’État va mobiliser environ 10 millions d’euros pour soutenir la cohabitation entre ours et pastoralisme.", .french, "sentence"),
        Case("LE PRÉSIDENT A ANNONCÉ UNE RÉFORME DES RETRAITES", .french, "upper case"),
        // English headlines and sentences.
        Case("Meta challenges OpenAI: a revolution in the world of artificial intelligence?", .english, "seed headline, English"),
        Case("The cat is asleep.", .english, "four words"),
        Case("Government announces new restrictions as cases rise", .english, "headline"),
        Case("Firefighters rescue a dog stuck on a roof", .english, "headline"),
        Case("Stocks fell sharply on Monday after the central bank raised interest rates.", .english, "sentence"),
        Case("WHAT THE NEW LAW MEANS FOR YOUR PENSION", .english, "upper case"),
        // Mixed: the majority language wins.
        Case("Selon le communiqué publié ce matin, le « Black Friday » commencera dès jeudi dans les magasins.", .french, "French with an English phrase"),
        Case("The minister said the « plan de relance » would be expanded next year.", .english, "English with a French phrase"),
        Case("La start-up lance une nouvelle offre de cloud computing pour les PME", .french, "French with English loanwords"),
        // Acronyms in mixed-case text are not words of either language ("ai" is French).
        Case("Meta challenges OpenAI: a revolution in AI?", .english, "English with acronyms"),
        Case("L’IA au service de la SNCF et de la RATP", .french, "French with acronyms"),
        // No letters, nothing to say.
        Case("", nil, "empty"),
        Case("   \n\t  ", nil, "whitespace"),
        Case("2024-05-11 12:30 +33 1 23 45 67 89", nil, "digits only"),
        Case("!!! ??? … — 42 % 3,6 €", nil, "punctuation, symbols, numbers"),
        // Other languages.
        Case("El ministerio de sanidad confirmó ayer los primeros casos en la capital.", nil, "Spanish"),
        Case("Die Bundesregierung will die Steuern für kleine Unternehmen senken.", nil, "German"),
        Case("Il sindaco ha chiesto ai cittadini di restare a casa durante il fine settimana.", nil, "Italian"),
        Case("Правительство объявило о новых мерах поддержки экономики.", nil, "Russian (Cyrillic)"),
        Case("政府宣布了新的经济措施。", nil, "Chinese"),
        Case("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", nil, "Greek"),
    ]

    @Test("identifies the language", arguments: cases)
    func identifies(_ example: Case) {
        let identifier = LanguageIdentifier()
        #expect(identifier.identify(example.text) == example.expected)
        #expect(identifier.identify(example.text[...]) == example.expected, "Substring input")
    }

    @Test func unknownReasons() {
        let identifier = LanguageIdentifier()
        #expect(identifier.analyze("").reason == .noLetters)
        #expect(identifier.analyze("12:30, 1 234,5 €").reason == .noLetters)
        #expect(identifier.analyze("Правительство объявило о новых мерах").reason == .otherScript)
        let german = identifier.analyze("Tausende Menschen demonstrierten am Wochenende in Berlin für mehr Klimaschutz.")
        #expect(german.language == nil)
        if case .otherLanguage = german.reason {} else {
            Issue.record("expected .otherLanguage, got \(String(describing: german.reason))")
        }
        #expect(identifier.analyze("Le chat dort.").reason == nil)
    }

    @Test func scoresAreProbabilities() {
        let identifier = LanguageIdentifier()
        let french = identifier.scores("Le gouvernement a présenté mercredi son projet de loi.")
        let english = identifier.scores("The government presented its bill on Wednesday.")
        for scores in [french, english] {
            #expect(abs((scores[.french] ?? 0) + (scores[.english] ?? 0) - 1) < 1e-9)
        }
        #expect((french[.french] ?? 0) > 0.99)
        #expect((english[.english] ?? 0) > 0.99)
        #expect(identifier.scores("1234").isEmpty)

        let analysis = identifier.analyze("Le gouvernement a présenté mercredi son projet de loi.")
        #expect(analysis.language == .french)
        #expect(analysis.confidence == analysis.scores[.french])
        #expect(analysis.evidence > 20)
    }

    @Test func readsOnlyTheSample() {
        let english = String(repeating: "The government presented its new budget on Wednesday. ", count: 100)
        let french = String(repeating: "Le gouvernement a présenté son nouveau budget mercredi. ", count: 1000)
        let text = english + french
        #expect(LanguageIdentifier().identify(text) == .english)
        #expect(LanguageIdentifier(sampleLimit: .max).identify(text) == .french)
        #expect(LanguageIdentifier(sampleLimit: 0).identify(text) == nil)
        // A limit inside a multi-byte scalar backs up to its start.
        #expect(LanguageIdentifier(sampleLimit: 13).identify("Élections : été chaud") == .french)
    }

    @Test func decomposedAccentsAreIgnored() {
        let decomposed = "Le gouvernement a pre\u{301}sente\u{301} son projet de re\u{301}forme."
        #expect(LanguageIdentifier().identify(decomposed) == .french)
    }

    @Test func languageChoiceResolves() {
        #expect(LanguageChoice.auto.resolve(for: "Le chat dort.") == .french)
        #expect(LanguageChoice.auto.resolve(for: "The cat is asleep.") == .english)
        #expect(LanguageChoice.auto.resolve(for: "12:30") == .french)
        #expect(LanguageChoice.auto.resolve(for: "12:30", default: .english) == .english)
        #expect(LanguageChoice.fixed(.english).resolve(for: "Le chat dort.") == .english)
        #expect(LanguageChoice(argument: "auto")?.resolve(for: "Le chat dort.") == .french)
    }

    @Test func scoresAreSymmetric() {
        let identifier = LanguageIdentifier()
        for text in ["Le chat", "The cat", "Paris", "Trump", "Bruxelles", "OK"] {
            let scores = identifier.scores(text)
            guard let french = scores[.french], let english = scores[.english] else { continue }
            #expect(abs(french + english - 1) < 1e-12, "\(text)")
            #expect(french >= 0 && french <= 1)
        }
    }

    // MARK: Held-out accuracy on the bundled excerpts

    static let heldOut: [(file: String, language: Language, minimum: Double)] = [
        ("language-id/flores200-devtest.fr.txt", .french, 0.99),
        ("language-id/flores200-devtest.en.txt", .english, 0.99),
        ("language-id/orangesum-dev-titles.fr.txt", .french, 0.98),
    ]

    @Test("held-out accuracy", arguments: heldOut.indices)
    func heldOutAccuracy(_ index: Int) throws {
        let (file, language, minimum) = Self.heldOut[index]
        let lines = try Fixtures.lines(file)
        #expect(lines.count >= 100)
        let identifier = LanguageIdentifier()
        let misses = lines.filter { identifier.identify($0) != language }
        let accuracy = Double(lines.count - misses.count) / Double(lines.count)
        #expect(accuracy >= minimum, "\(file): \(accuracy); missed \(misses.prefix(5))")
    }

    @Test func otherLanguagesAreMostlyUnknown() throws {
        let sentences = try Fixtures.lines("language-id/other-languages.tsv").compactMap { line in
            line.split(separator: "\t", maxSplits: 1).last.map(String.init)
        }
        #expect(sentences.count >= 40)
        let identifier = LanguageIdentifier()
        let unknown = sentences.filter { identifier.identify($0) == nil }.count
        #expect(Double(unknown) / Double(sentences.count) >= 0.9, "\(unknown) of \(sentences.count) unknown")
    }
}

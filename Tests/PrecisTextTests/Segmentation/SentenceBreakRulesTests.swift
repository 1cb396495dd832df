import Testing
import PrecisText

/// The rules engine (Precis's own boundary rules, no ICU) on the cases news text raises, and
/// the repairs both engines share.
struct SentenceBreakRulesTests {
    /// Cases both engines segment the same way.
    static let shared: [SegmentationCase] = [
        // decimals and numbers (UAX #29 SB6, SB8)
        .init("Le taux passe à 3.5 points. Il baisse.", ["Le taux passe à 3.5 points.", "Il baisse."]),
        .init("Il a perdu 2.846 euros.Le reste suit.", ["Il a perdu 2.846 euros.", "Le reste suit."]),
        .init("Il y avait 12 cas. 3 personnes sont mortes.", ["Il y avait 12 cas. 3 personnes sont mortes."]),
        .init("Il y avait 12 cas. 300 morts.", ["Il y avait 12 cas. 300 morts."]),
        // initials and abbreviations
        .init("Selon J. K. Rowling, le livre sort. Il plaît.", ["Selon J. K. Rowling, le livre sort.", "Il plaît."]),
        .init("Le général C. de Gaulle parle.", ["Le général C. de Gaulle parle."]),
        .init("Voir le chap. III du rapport.", ["Voir le chap. III du rapport."]),
        .init(.english, "Gov. Newsom spoke. Sen. Warren replied.", ["Gov. Newsom spoke.", "Sen. Warren replied."]),
        // quotes and brackets
        .init("Il a dit : « Je pars. » Elle reste.", ["Il a dit : « Je pars. »", "Elle reste."]),
        .init("« Non ! », a-t-il répondu.", ["« Non ! », a-t-il répondu."]),
        .init("Il a crié «\u{00A0}Assez\u{00A0}!\u{00A0}» Puis il est parti.",
              ["Il a crié «\u{00A0}Assez\u{00A0}!\u{00A0}»", "Puis il est parti."]),
        .init("Il a dit “C’est fini.” Elle a ri.", ["Il a dit “C’est fini.”", "Elle a ri."]),
        .init("Une hausse (de 5 %.) Le reste suit.", ["Une hausse (de 5 %.)", "Le reste suit."]),
        // a straight quote between a space and a word opens, even after an unpaired one
        .init("Il cite un \"mot. Elle répond. \"Non\", dit-il.", ["Il cite un \"mot.", "Elle répond.", "\"Non\", dit-il."]),
        // terminals in a row (SB8a) and ellipses
        .init("Et alors ?! Rien.", ["Et alors ?!", "Rien."]),
        .init("Vraiment ?!? Oui.", ["Vraiment ?!?", "Oui."]),
        .init("Il attend... Rien.", ["Il attend...", "Rien."]),
        .init("Trois points… suffisent.", ["Trois points… suffisent."]),
        .init("Fin ? , dit-il.", ["Fin ? , dit-il."]),
        // glued sentences, including a glued title
        .init("La séance est levée.M. Dupont proteste.", ["La séance est levée.", "M. Dupont proteste."]),
        .init("Selon l'AFP.M. Casanova dément.", ["Selon l'AFP.", "M. Casanova dément."]),
        .init("Il a conclu, poursuit-il.MM. Durand et Petit signent.", ["Il a conclu, poursuit-il.", "MM. Durand et Petit signent."]),
        .init("Le fichier J.M. Dupont existe.", ["Le fichier J.M. Dupont existe."]),
        // URLs and e-mail addresses
        .init("Voir https://exemple.fr/a.html. Merci.", ["Voir https://exemple.fr/a.html.", "Merci."]),
        .init("Écrire à jean.Dupont@mail.fr aujourd'hui.", ["Écrire à jean.Dupont@mail.fr aujourd'hui."]),
        .init("Rendez-vous sur www.Site.fr. Le site ouvre.", ["Rendez-vous sur www.Site.fr.", "Le site ouvre."]),
        // line and paragraph separators
        .init("Titre\r\nLe texte suit.", ["Titre", "Le texte suit."]),
        .init("Une phrase.\nUne autre.", ["Une phrase.", "Une autre."]),
        .init("Ligne un\u{2028}Ligne deux", ["Ligne un", "Ligne deux"]),
        .init("Fin.\u{0085}Suite.", ["Fin.", "Suite."]),
        // invisible characters after a terminal (SB5)
        .init("Il est parti. \u{200B}\u{200B}Elle reste.", ["Il est parti.", "Elle reste."]),
        .init("Il est parti.\u{00AD} Elle reste.", ["Il est parti.\u{00AD}", "Elle reste."]),
        // other scripts' terminals
        .init("Fin\u{3002}Suite\u{FF01} Encore.", ["Fin\u{3002}", "Suite\u{FF01}", "Encore."]),
    ]

    /// Sentence ends that ICU's suppression list hides (it matches the end of any word: "RTL."
    /// for "L.", "animaux." for "aux."); the rules engine finds them.
    static let rulesOnly: [SegmentationCase] = [
        .init("Il l'a dit sur RTL. Elle dément.", ["Il l'a dit sur RTL.", "Elle dément."]),
        .init("Il protège les animaux. À Lamballe, rien ne change.", ["Il protège les animaux.", "À Lamballe, rien ne change."]),
        .init("L'affaire enflamme les réseaux sociaux. L'enquête suit.", ["L'affaire enflamme les réseaux sociaux.", "L'enquête suit."]),
        .init("Il l'a confié au JDD. Puis il s'est tu.", ["Il l'a confié au JDD.", "Puis il s'est tu."]),
        .init("Il a rejoint LREM. Son choix surprend.", ["Il a rejoint LREM.", "Son choix surprend."]),
    ]

    @Test(arguments: shared, SentenceSegmenter.Engine.allCases)
    func segments(_ testCase: SegmentationCase, engine: SentenceSegmenter.Engine) {
        let segmenter = SentenceSegmenter(language: testCase.language, engine: engine)
        let sentences = segmenter.sentences(in: testCase.input).map { String($0.text(in: testCase.input)) }
        #expect(sentences == testCase.expected)
    }

    @Test(arguments: rulesOnly)
    func findsEndsICUSuppresses(_ testCase: SegmentationCase) {
        let sentences = SentenceSegmenter(language: testCase.language, engine: .rules)
            .sentences(in: testCase.input).map { String($0.text(in: testCase.input)) }
        #expect(sentences == testCase.expected)
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.shared.count + Self.rulesOnly.count >= 35)
    }

    /// Ranges inside a larger text are offsets into all of it, as with ICU.
    @Test func rangesInsideASubrange() {
        let text = "Avant. Le choc ! Fin. Après."
        let range = 7..<text.utf8.count - 7
        let rules = SentenceSegmenter(engine: .rules).sentences(in: text, range: range)
        let icu = SentenceSegmenter(engine: .icu).sentences(in: text, range: range)
        #expect(rules == icu)
        #expect(rules.map { String($0.text(in: text)) } == ["Le choc !", "Fin."])
    }
}

import Testing
import PrecisText

/// One segmentation case: the input and the sentences expected, in order.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    var language: Language
    var input: String
    var expected: [String]
    var testDescription: String { "\(language): \(input.prefix(50))" }

    init(_ language: Language, _ input: String, _ expected: [String]) {
        self.language = language
        self.input = input
        self.expected = expected
    }

    init(_ input: String, _ expected: [String]) {
        self.init(.french, input, expected)
    }
}

struct SentenceSegmenterTests {
    static let french: [SegmentationCase] = [
        // plain breaks
        .init("Meta défie OpenAI. Le choc des titans commence.", ["Meta défie OpenAI.", "Le choc des titans commence."]),
        .init("Qui dominera l'IA ? Personne ne le sait.", ["Qui dominera l'IA ?", "Personne ne le sait."]),
        .init("Quelle audace ! Le marché applaudit.", ["Quelle audace !", "Le marché applaudit."]),
        .init("Une seule phrase sans point final", ["Une seule phrase sans point final"]),
        .init("", []),
        .init("   \n\n  ", []),
        .init("Fin.", ["Fin."]),
        // closing quotes and brackets after ! and ?
        .init("Il a crié « Au secours ! » Puis il est parti.", ["Il a crié « Au secours ! »", "Puis il est parti."]),
        .init("« Pourquoi pas ? » Le ministre hésite.", ["« Pourquoi pas ? »", "Le ministre hésite."]),
        .init("« Pourquoi pas ? » s'interroge le ministre.", ["« Pourquoi pas ? » s'interroge le ministre."]),
        .init("« Est-ce la fin ? », demande-t-il. Non.", ["« Est-ce la fin ? », demande-t-il.", "Non."]),
        .init("Il a dit \"C'est fini !\" Puis il a quitté la salle.", ["Il a dit \"C'est fini !\"", "Puis il a quitté la salle."]),
        .init("Il a dit \"C'est fini ! \" Puis il a quitté la salle.", ["Il a dit \"C'est fini ! \"", "Puis il a quitté la salle."]),
        .init("Le projet (enfin lancé !) coûte cher. Les élus protestent.", ["Le projet (enfin lancé !) coûte cher.", "Les élus protestent."]),
        .init("Il est parti (vraiment ?) Oui, hier.", ["Il est parti (vraiment ?)", "Oui, hier."]),
        .init("Le texte dit : « Nous continuerons. » Voilà la réponse.", ["Le texte dit : « Nous continuerons. »", "Voilà la réponse."]),
        // abbreviations
        .init("M. Dupont est arrivé. Il parle.", ["M. Dupont est arrivé.", "Il parle."]),
        .init("MM. Dupont et Durand sont là.", ["MM. Dupont et Durand sont là."]),
        .init("Mme. Martin et Mlle. Petit votent.", ["Mme. Martin et Mlle. Petit votent."]),
        .init("Le Dr. Martin opère. Le Pr. Petit aussi.", ["Le Dr. Martin opère.", "Le Pr. Petit aussi."]),
        .init("Selon Me. Dupond, avocat, tout va bien.", ["Selon Me. Dupond, avocat, tout va bien."]),
        .init("L'église St. Pierre est fermée.", ["L'église St. Pierre est fermée."]),
        .init("Voir l'art. L. 121-1 du code.", ["Voir l'art. L. 121-1 du code."]),
        .init("Il compte env. 200 habitants.", ["Il compte env. 200 habitants."]),
        .init("Voir cf. Annexe 2 du rapport.", ["Voir cf. Annexe 2 du rapport."]),
        .init("Lire p. 12 et suivantes.", ["Lire p. 12 et suivantes."]),
        .init("Des fruits, par ex. Pommes et poires.", ["Des fruits, par ex. Pommes et poires."]),
        .init("Pommes, poires, etc. et d'autres fruits.", ["Pommes, poires, etc. et d'autres fruits."]),
        .init("Pommes, poires, etc. Le marché ferme.", ["Pommes, poires, etc.", "Le marché ferme."]),
        .init("Né en 52 av. J.-C. à Rome, il meurt jeune.", ["Né en 52 av. J.-C. à Rome, il meurt jeune."]),
        .init("Le 3 janv. 2020 tout change.", ["Le 3 janv. 2020 tout change."]),
        .init("Le 14 févr. Paris vote.", ["Le 14 févr. Paris vote."]),
        .init("Rendez-vous le 5 déc. Nous verrons.", ["Rendez-vous le 5 déc. Nous verrons."]),
        // initials and initialisms
        .init("J.-M. Le Pen a réagi. Il conteste.", ["J.-M. Le Pen a réagi.", "Il conteste."]),
        .init("Selon J. Dupont, la hausse continue.", ["Selon J. Dupont, la hausse continue."]),
        .init("Les É.-U. Nouvelle politique ?", ["Les É.-U. Nouvelle politique ?"]),
        .init("La U.S. Navy patrouille.", ["La U.S. Navy patrouille."]),
        // glued sentences
        .init("La séance était tendue.Consternant, le vote a échoué.", ["La séance était tendue.", "Consternant, le vote a échoué."]),
        .init("Le bilan s'alourdit en 2019.Les secours restent mobilisés.", ["Le bilan s'alourdit en 2019.", "Les secours restent mobilisés."]),
        .init("Vraiment ?Non, pas du tout.", ["Vraiment ?", "Non, pas du tout."]),
        .init("Quelle surprise!Personne ne l'attendait.", ["Quelle surprise!", "Personne ne l'attendait."]),
        // no break in addresses and numbers
        .init("Voir www.Lemonde.fr pour les détails.", ["Voir www.Lemonde.fr pour les détails."]),
        .init("Écrire à contact.Presse@exemple.fr pour tout savoir.", ["Écrire à contact.Presse@exemple.fr pour tout savoir."]),
        .init("Lire https://exemple.fr/Politique.Article ici.", ["Lire https://exemple.fr/Politique.Article ici."]),
        .init("Il réserve sur Booking.com et paie.", ["Il réserve sur Booking.com et paie."]),
        .init("Le CAC 40 perd 2.846 points. Les marchés reculent.", ["Le CAC 40 perd 2.846 points.", "Les marchés reculent."]),
        .init("La croissance atteint 3,6 % cette année. Une première.", ["La croissance atteint 3,6 % cette année.", "Une première."]),
        .init("Version 2.0 disponible. Mise à jour conseillée.", ["Version 2.0 disponible.", "Mise à jour conseillée."]),
        // paragraphs and lines
        .init("Premier paragraphe sans point\n\nDeuxième paragraphe.", ["Premier paragraphe sans point", "Deuxième paragraphe."]),
        .init("Un titre\nLe texte commence ici.", ["Un titre", "Le texte commence ici."]),
        .init("Une ligne coupée au milieu\nde la phrase continue.", ["Une ligne coupée au milieu\nde la phrase continue."]),
        .init("Ligne un.\r\n\r\nLigne deux.", ["Ligne un.", "Ligne deux."]),
        .init("Titre : la crise\n\n  \n\nTexte.", ["Titre : la crise", "Texte."]),
        // words ending in "-aux." that ICU's suppressions take for abbreviations
        .init("Il paie ses impôts locaux. Le maire se réjouit.", ["Il paie ses impôts locaux.", "Le maire se réjouit."]),
        .init("Ils ont visité les eaux. Les touristes ont suivi.", ["Ils ont visité les eaux.", "Les touristes ont suivi."]),
        .init("Des tests médicaux. Puis une pause.", ["Des tests médicaux.", "Puis une pause."]),
        // ellipses
        .init("Il hésite… Puis il signe.", ["Il hésite…", "Puis il signe."]),
        .init("Il hésite... Puis il signe.", ["Il hésite...", "Puis il signe."]),
        .init("Il hésite… et signe enfin.", ["Il hésite… et signe enfin."]),
        .init("Il hésite... et signe enfin.", ["Il hésite... et signe enfin."]),
        // spaces of all kinds
        .init("Qui gagne\u{00A0}? Meta\u{202F}!  Fin.", ["Qui gagne\u{00A0}?", "Meta\u{202F}!", "Fin."]),
        .init("  Espaces avant. Et après.  ", ["Espaces avant.", "Et après."]),
        .init("Les États-Unis et la Chine s'affrontent. L'Europe observe.", ["Les États-Unis et la Chine s'affrontent.", "L'Europe observe."]),
    ]

    static let english: [SegmentationCase] = [
        .init(.english, "Meta challenges OpenAI. The race is on.", ["Meta challenges OpenAI.", "The race is on."]),
        .init(.english, "Mr. Smith met Mrs. Jones and Ms. Lee. They talked.", ["Mr. Smith met Mrs. Jones and Ms. Lee.", "They talked."]),
        .init(.english, "Dr. Brown and Prof. White agree.", ["Dr. Brown and Prof. White agree."]),
        .init(.english, "Apple Inc. Reports record sales.", ["Apple Inc. Reports record sales."]),
        .init(.english, "Acme Ltd. and Foo Co. merged.", ["Acme Ltd. and Foo Co. merged."]),
        .init(.english, "Fruits, e.g. apples, are healthy.", ["Fruits, e.g. apples, are healthy."]),
        .init(.english, "Vegetables, i.e. carrots, are cheap.", ["Vegetables, i.e. carrots, are cheap."]),
        .init(.english, "Apples, pears, etc. are sold here.", ["Apples, pears, etc. are sold here."]),
        .init(.english, "The U.S. President spoke today.", ["The U.S. President spoke today."]),
        .init(.english, "We met at 9 a.m. and left at 5 p.m. sharp.", ["We met at 9 a.m. and left at 5 p.m. sharp."]),
        .init(.english, "George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
        .init(.english, "He shouted \"Help!\" Then he ran.", ["He shouted \"Help!\"", "Then he ran."]),
        .init(.english, "Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]),
        .init(.english, "Shares fell 2.5 percent. Investors worried.", ["Shares fell 2.5 percent.", "Investors worried."]),
        .init(.english, "Visit www.example.com today. It is free.", ["Visit www.example.com today.", "It is free."]),
        .init(.english, "The session was tense.Nobody voted.", ["The session was tense.", "Nobody voted."]),
    ]

    @Test(arguments: french + english, SentenceSegmenter.Engine.allCases)
    func segments(_ testCase: SegmentationCase, engine: SentenceSegmenter.Engine) {
        let segmenter = SentenceSegmenter(language: testCase.language, engine: engine)
        let sentences = segmenter.sentences(in: testCase.input).map { String($0.text(in: testCase.input)) }
        #expect(sentences == testCase.expected)
    }

    @Test func rulesAreTheDefaultEngine() {
        #expect(SentenceSegmenter().engine == .rules)
        #expect(SentenceSegmenter(language: .english).engine == .rules)
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.french.count + Self.english.count >= 60)
    }

    @Test(arguments: SentenceSegmenter.Engine.allCases)
    func rangesPointIntoTheOriginal(engine: SentenceSegmenter.Engine) {
        let text = "  Le choc\u{00A0}! « Pourquoi ? » Fin.  "
        let sentences = SentenceSegmenter(language: .french, engine: engine).sentences(in: text)
        #expect(sentences.map(\.range) == [2..<12, 13..<29, 30..<34])
    }
}

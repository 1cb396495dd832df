import Foundation
import PrecisGlossary
import Testing
@testable import PrecisTranslate

/// Rule tests over a small fixture lexicon and glossary, so they do not move when the shipped
/// lexicon grows.
struct TranslatorTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static let translator: Translator = {
        let lexicon = try! Lexicon(contentsOf: [fixtures + "/lexicon.tsv"])
        let user = try! GlossaryLoader().load(path: fixtures + "/user.tsv").glossary
        let shipped = try! GlossaryLoader().load(path: fixtures + "/glossary.tsv").glossary
        let keep = Glossary(path: "keep.tbx", format: .tbx, entries: [
            GlossaryEntry(source: "Le Monde", targets: [], status: .doNotTranslate, isCaseSensitive: true,
                          origin: .init(file: "keep.tbx", line: 3)),
        ])
        return Translator(lexicon: lexicon, glossaries: [keep, shipped], userGlossaries: [user])
    }()

    @Test(arguments: [
        // Glossary terms, elision, contraction, number agreement, article dropping.
        ("Les réseaux sociaux défient la police", "Social networks challenge the police"),
        ("L'intelligence artificielle défie les réseaux sociaux", "Artificial intelligence challenges the social networks"),
        ("Les centres de données", "The data centers"),
        ("un centre de données", "a data center"),
        ("le service client", "the customer service"),
        ("la décision du Conseil d'État", "the decision of the Council of State"),
        ("la RDC et le Royaume-Uni", "the DRC and the United Kingdom"),
        ("le Premier ministre", "the Prime Minister"),
        // User glossary first, even inside a longer shipped term ("prix de l'essence").
        ("une voiture rouge", "a red automobile"),
        ("le prix de l'essence", "the price of the petrol"),
        // Noun–adjective order.
        ("une décision importante", "an important decision"),
        ("une décision très importante", "a very important decision"),
        ("le président français", "the French president"),
        ("un grand homme", "a big man"),
        ("les hommes", "the men"),
        ("deux enfants", "two children"),
        ("trois personnes", "three people"),
        ("les lunettes", "the glasses"),
        // Possessive of a proper noun.
        ("les promesses de Zuckerberg", "Zuckerberg's promises"),
        // Proper nouns and articles.
        ("la France", "France"),
        ("les États-Unis", "the United States"),
        ("à Londres", "in London"),
        ("au Québec", "in Québec"),
        ("deux milliards d'euros", "two billion euros"),
        ("le taux de chômage", "the unemployment rate"),
        ("des contrats d'égouts", "sewer contracts"),
        ("Ancelotti est-il l'homme ?", "Is Ancelotti the man?"),
        ("Quel est le test ?", "What is the test?"),
        ("en Europe", "in Europe"),
        // Verbs: tense, person, compound tenses, passive.
        ("il défie", "he challenges"),
        ("ils défient", "they challenge"),
        ("il a annoncé", "he announced"),
        ("le président a été dévoilé", "the president has been unveiled"),
        ("il est arrêté", "he is arrested"),
        ("ils sont arrêtés", "they are arrested"),
        ("il est mort", "he died"),
        ("il était arrêté", "he was arrested"),
        ("elle sera", "she will be"),
        ("il serait", "he would be"),
        ("il peut gagner", "he can win"),
        ("il pourrait gagner", "he could win"),
        ("il doit partir", "he must leave"),
        ("il veut partir", "he wants to leave"),
        ("ils veulent travailler", "they want to work"),
        ("il va annoncer", "he will announce"),
        ("il avait annoncé", "he had announced"),
        ("il faut partir", "we must leave"),
        ("il faut deux ans", "it takes two years"),
        ("90 % des hommes", "90% of the men"),
        ("A-t-il annoncé le test ?", "Did he announce the test?"),
        ("« Le test », explique-t-il.", "\"The test,\" he explains."),   // English: comma before the closing quote
        ("Peut-il gagner ?", "Can he win?"),
        // Do not translate; elisions and contractions before glossary terms.
        ("selon Le Monde", "according to Le Monde"),
        ("la décision de l'intelligence artificielle", "the decision of artificial intelligence"),
        ("au service client", "to the customer service"),
        ("aux centres de données", "to the data centers"),
        ("d'un réseau social", "of a social network"),
        // Typography of French punctuation.
        ("la police ; le test", "the police; the test"),
        ("« un test » !", "\"a test\"!"),
        ("la police et/ou le test", "the police and/or the test"),        // a tight slash stays tight
        ("le test 2019-2020", "the test 2019-2020"),                      // so does a tight dash
        ("le test 2019 – 2020", "the test 2019 – 2020"),                  // a spaced one stays spaced
        ("(un test)", "(a test)"),
        ("le 1er septembre 2020", "September 1, 2020"),
        ("12,5 millions de personnes", "12.5 million people"),
        ("5 000 euros", "5,000 euros"),
        // Comparatives and superlatives.
        ("les maladies les plus courantes", "the most common diseases"),
        ("Les Allemands doivent jouer un plus grand rôle.", "Germans must play a bigger role."),
        ("le plus grand pays", "the biggest country"),
        ("la ville est la plus proche", "the city is the closest"),
        ("il gagne le plus rapidement", "he wins the most quickly"),
        ("il a le plus d'argent", "he has the most money"),
        ("celui de la police", "that of the police"),
        ("un autre pays", "another country"),
        ("deux hommes, dont trois enfants", "two men, including three children"),
        ("les pays, notamment la France", "the countries, including France"),
        ("comme il défie la police", "as he challenges the police"),
        ("vers 21 h", "around 9 p.m."),
        ("et l'on gagne", "and we win"),
        ("la vie est importante", "life is important"),
        ("parce qu'il gagne", "because he wins"),                      // elided que after a conjunction's word
        ("le président dont le test", "the president whose test"),
        ("il est considéré comme important", "he is considered important"),   // considérer comme → consider
        ("il travaille comme médecin", "he works as a doctor"),         // comme after such a verb → as (a)
        ("il a besoin de temps", "he needs time"),
        ("il a besoin de partir", "he needs to leave"),
        ("parce qu'il soit important", "because he is important"),      // subjunctive → present
        ("il parle aux hommes et aux enfants", "he speaks to the men and children"),
        ("le test équivaut à deux euros", "the test amounts to two euros"),   // no second "to" after a verb's own
        ("c'est peut être dû à la police", "it is perhaps due to the police"),   // peut être after a verb; dû à
        ("il a de meilleurs hommes", "he has better men"),
        ("il faut s'y rendre", "we must go there"),                    // reflexive infinitive with its own English
        ("pour s'y rendre", "to go there"),                             // every clitic before an infinitive
        ("Envisagez-vous de partir ?", "Do you consider leaving?"),     // gerund after an inverted verb
        ("« Le test », demande le président.", "\"The test,\" asks the president."),   // a verb of saying in an incise
        ("il m'a dit la vérité", "he told me the truth"),               // dire + indirect object → tell
        ("il mange trop.", "he eats too much."),                        // trop as a quantity
        ("Que faire ?", "What to do?"),                                 // que + infinitive
        ("28 autres pays", "28 other countries"),                       // a plural adjective makes an invariable noun plural
        ("il défie d'autres.", "he challenges others."),                // d'autres with no noun
        ("une telle qualité", "such a quality"),                        // un tel → such a
        ("les années 1980", "the 1980s"),                               // a decade
        ("l'Allemand Thomas Müller défie la police", "German Thomas Müller challenges the police"),   // nationality + name
        ("le test des années 90", "the test of the 1990s"),
        ("il est responsable de la police", "he is responsible for the police"),   // an adjective's own preposition
        ("après avoir mangé", "after eating"),                          // après + past infinitive → -ing
        ("le taux est de 5 %", "the rate is 5%"),                       // être de + amount
        ("il est également important", "he is also important"),        // adverb after a lone "is"
        ("les hommes qui gagnent", "the men who win"),                  // qui after a person → who
        ("ces derniers gagnent", "the latter win"),                     // ces derniers as a pronoun
        ("la baisse du chômage", "the drop in unemployment"),           // a change in amount takes in
        ("le test permet de gagner", "the test makes it possible to win"),   // allow needs an object
        ("il gagne, ce qui aidera la police", "he wins, which will help the police"),   // , ce qui → which                          // meilleur with no definite article
        ("le prix de la voiture et de la ville", "the price of the automobile and the city"),   // coordinated de once
        ("« la police ». Le test", "\"the police.\" The test"),
        // Periphrases.
        ("Un cours vient de commencer", "A course has just begun"),
        ("Il s'agit d'un test.", "It is a test."),
        ("il ne mange que du pain", "he only eats bread"),
        ("ce qui est privé", "what is private"),
        ("Visitez les musées", "Visit the museums"),
        // Questions, quantities, negative objects.
        ("Comment fonctionne ce réseau ?", "How does this network work?"),
        ("Vous n'avez pas d'argent ?", "You do not have any money?"),
        ("Trop d'actions à trop d'endroits", "Too many actions to too many places"),
        ("Quels sont les groupes ?", "What are the groups?"),
        ("Qui a été le meilleur ?", "Who was the best?"),
        ("Chaque jour, un verre de beurre fondu", "Each day, a glass of melted butter"),
        ("Région de Paris", "Paris region"),
        // Questions with a noun subject: the verb goes first.
        ("Le président est-il français ?", "Is the president French?"),
        ("La police peut-elle gagner ?", "Can the police win?"),
        ("Le gouvernement défie-t-il la police ?", "Does the government challenge the police?"),
        // Negation.
        ("il ne défie pas", "he does not challenge"),
        ("ils ne défient pas", "they do not challenge"),
        ("il n'est pas arrêté", "he is not arrested"),
        ("il n'a pas annoncé", "he did not announce"),
        ("il ne peut pas gagner", "he cannot win"),
        ("il ne gagne jamais", "he never wins"),
        // Clitics.
        ("il le défie", "he challenges it"),
        ("il les annonce", "he announces them"),
        // il y a.
        ("il y a deux ans", "two years ago"),
        ("il y a un problème", "there is a problem"),
        ("il n'y a pas de problème", "there is no problem"),
        // Infinitives after prepositions.
        ("pour gagner", "to win"),
        ("sans annoncer", "without announcing"),
        // Infinitives governed by a verb: pouvoir as an infinitive, a verb of belief's clause,
        // a verb's own preposition before a gerund, "y" of place.
        ("Je crois pouvoir le faire", "I believe I can do it"),
        ("Il veut pouvoir partir", "He wants to be able to leave"),
        ("Il parle de partir", "He talks about leaving"),
        ("Je pense y aller", "I plan to go there"),
        ("Il pense à partir", "He thinks about leaving"),
        // seul before the noun, a superlative's place, quantities of a group, voici + plural.
        ("la seule solution", "the only solution"),
        ("un seul homme", "a single man"),
        ("le plus grand pays du monde", "the biggest country in the world"),
        ("beaucoup d'entre eux", "many of them"),
        ("voici les résultats", "here are the results"),
        ("six cents personnes", "six hundred people"),
        ("Seuls les hommes gagnent", "Only men win"),
        ("M. Dupont défie la police", "Mr. Dupont challenges the police"),
        ("450 m", "450 m"),
        ("Les droits de l'homme sont mentionnés", "Human rights are mentioned"),
        // Numbers, money, percentages, dates.
        ("3,6 %", "3.6%"),
        ("2.846 personnes", "2,846 people"),
        ("1 234,5", "1,234.5"),
        ("725 millions de dollars", "$725 million"),
        ("3 milliards d'euros", "3 billion euros"),
        ("20 €", "20 euros"),
        ("le 11 mai", "May 11"),
        ("le 1er septembre", "September 1"),
        ("le 11 mai 2020", "May 11, 2020"),
        ("2019", "2019"),
        ("à 7 h 19", "at 7:19 a.m."),
        ("21 h", "9 p.m."),
        // Typography.
        ("« la voiture »", "\"the automobile\""),
        ("un \"test\" rouge", "a \"test\" red"),
        ("le test.\"", "the test.\""),
        ("un test ?", "a test?"),
        ("la police : un problème", "the police: a problem"),
        ("un test !", "a test!"),
        // Capitals and unknown words.
        ("VIDÉO. Le test", "VIDEO. The test"),
        ("Le test", "The test"),
        ("le blorfizz", "the blorfizz"),
        ("la légalisation", "the legalization"), ("électromagnétique", "electromagnetic"),
        ("Mark Zuckerberg défie la police", "Mark Zuckerberg challenges the police"),
        // Morphology for unlisted forms.
        ("les voitures électriques rapides", "the quick electric automobiles"),
    ] as [(String, String)])
    func translates(french: String, english: String) {
        #expect(Self.translator.translate(french).text == english)
    }

    /// Verb-group paths the table above does not reach: each line names the French construction.
    @Test(arguments: [
        ("il avait été le meilleur", "he had been the best"),           // avait été without a participle
        ("A-t-il été arrêté ?", "Has he been arrested?"),               // inverted question, passive perfect
        ("Veut-il partir ?", "Does he want to leave?"),                 // inverted question, do-support before verb + infinitive
        ("S'agit-il d'un test ?", "Is it a test?"),                     // s'agir de in an inverted question
        ("il ne veut pas partir", "he does not want to leave"),         // do-support before verb + infinitive
        ("il ne gagne plus", "he no longer wins"),                      // ne … plus
        ("il ne mange rien", "he eats nothing"),                        // ne … rien
        ("il ne peut gagner", "he cannot win"),                         // literary negation without pas
        ("il ne faut pas partir", "we must not leave"),                 // negated il faut
        ("Ne visitez pas les musées", "Do not visit the museums"),      // negative imperative
        ("il a déjà annoncé", "he already announced"),                  // adverb between auxiliary and participle
        ("nous allons gagner", "we will win"),                          // clitic nous as the subject, aller + infinitive
        ("il se trouve à Paris", "he is in Paris"),                     // reflexive verb with another English verb
        ("je ne crois pas pouvoir le faire", "I do not believe I can do it"),  // negated verb of belief + pouvoir
        ("il disait pouvoir gagner", "he said he could win"),           // verb of belief in the past: "could"
        ("il doit pouvoir partir", "he must be able to leave"),         // modal + pouvoir
        ("il a voulu pouvoir partir", "he wanted to be able to leave"), // participle + pouvoir (read as a noun alone)
        ("le pouvoir de la police", "the power of the police"),         // pouvoir with no infinitive stays a noun
        ("il veut y envoyer des troupes", "he wants to send troops there"),  // y of place after the object
        ("il a parlé de partir", "he talked about leaving"),            // participle + its preposition + gerund
        ("il prend le pouvoir", "he takes power"),                      // no bare infinitive after prendre: a noun
        ("il veut le pouvoir", "he wants power"),                       // pouvoir is a verb only before an infinitive
        ("il a passé le test", "he took the test"),                     // passer + an exam → take
        ("le retard est dû à la grève", "the delay is due to the strike"),  // être dû à → be due to
        ("il est médecin", "he is a doctor"),                           // copula + bare person noun → a
        ("il est président", "he is president"),                        // a unique role keeps no article
        ("ils ne sont pas d'accord", "they do not agree"),              // être d'accord → agree
        ("y a-t-il des problèmes ?", "are there problems?"),            // y a-t-il + plural
        ("il n'y a que deux solutions", "there are only two solutions"),    // il n'y a que → there is only
    ] as [(String, String)])
    func translatesVerbGroups(french: String, english: String) {
        #expect(Self.translator.translate(french).text == english)
    }

    @Test func generalDictionaryOnlyFillsGaps() {
        let lexicon = try! Lexicon(contentsOf: [Self.fixtures + "/lexicon.tsv"])
        let dictionary = Glossary(path: "fra-eng.index", format: .dictd, entries: [
            GlossaryEntry(source: "zorglub", targets: ["gizmo", "gadget"], partOfSpeech: "noun", origin: .init(file: "fra-eng.index", line: 7)),
            GlossaryEntry(source: "voiture", targets: ["carriage"], partOfSpeech: "noun", origin: .init(file: "fra-eng.index", line: 9)),
        ])
        let translator = Translator(lexicon: lexicon, dictionaries: [dictionary])
        let result = translator.translate("les zorglubs et la voiture")
        #expect(result.text == "the gizmos and the car")
        #expect(result.spans.first { $0.text == "gizmos" }?.origin?.contains("fra-eng.index:7") == true)
        #expect(result.unknownWords.isEmpty)
    }

    @Test func keepsLineStructure() {
        let result = Self.translator.translate("le test\n\nla police\r\nla voiture")
        #expect(result.text == "the test\n\nthe police\r\nthe automobile")
    }

    @Test func flagsUnknownWordsAndExplainsEverySpan() {
        let result = Self.translator.translate("le blorfizz défie la voiture")
        #expect(result.unknownWords == ["blorfizz"])
        let car = result.spans.first { $0.text == "automobile" }
        #expect(car?.rule == .glossary)
        #expect(car?.origin?.hasSuffix("user.tsv:1") == true)
        let challenge = result.spans.first { $0.text == "challenges" }
        #expect(challenge?.rule == .lexicon)
        #expect(challenge?.origin?.contains("lexicon.tsv:") == true)
        let text = "le blorfizz défie la voiture"
        for span in result.spans where !span.source.isEmpty {
            #expect(span.source.upperBound <= text.utf8.count)
        }
        #expect(result.spans.first { $0.text == "blorfizz" }?.source == 3..<11)
    }

    @Test func sourceRangesPointIntoTheOriginalText() {
        let text = "L’intelligence\u{00A0}artificielle défie"
        let result = Self.translator.translate(text)
        #expect(result.text == "Artificial intelligence challenges")
        let span = result.spans.first { $0.rule == .glossary }
        let bytes = Array(text.utf8)
        let source = span.map { String(decoding: bytes[$0.source], as: UTF8.self) }
        #expect(source == "intelligence\u{00A0}artificielle")
    }

    @Test(arguments: ["", " ", "\n", "…", "«»", String(repeating: "a", count: 100_000), "\u{0}", "l'", "ne pas", "de de de"])
    func oddInputDoesNotCrash(text: String) {
        let result = Self.translator.translate(text)
        #expect(result.text.split(separator: "\n", omittingEmptySubsequences: false).count
                == text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }
}

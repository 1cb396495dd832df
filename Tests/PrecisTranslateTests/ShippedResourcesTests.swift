import Foundation
import PrecisGlossary
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

    /// Constructions of the WMT21 terminology dev set (tokenized text, imperatives, gerunds).
    @Test(arguments: [
        // Tokenized text writes elisions apart: "l' épidémie" is "l'épidémie".
        ("avec l' épidémie", "with the epidemic"),
        ("vous n' avez pas besoin de partir", "you do not"),
        // A verb English follows with a gerund; "avant de", "sans".
        ("évitez de toucher la table", "avoid touching the table"),
        ("avant de partir, il a dit", "before leaving"),
        ("sans les toucher", "without touching them"),
        // A reflexive clitic, an article and a body part: the possessive.
        ("évitez de vous toucher le visage", "avoid touching your face"),
        ("je me lave les mains", "I wash my hands"),
        ("il se lave le visage", "he washes his face"),
        // A phrase ending in "de" governs the infinitive: no adverb of the verb before it.
        ("la société sera en mesure de rivaliser avec OpenAI", "will be able to compete with OpenAI"),
        // A noun-subject question: the participle or infinitive goes with the fronted verb.
        ("Le président a-t-il annoncé la décision ?", "Did the president announce the decision?"),
        ("Le suspect a-t-il été arrêté ?", "Has the suspect been arrested?"),
        ("Le président veut-il partir ?", "Does the president want to leave?"),
        // ne … personne, also after a participle; a negated imperative in the singular.
        ("Il ne voit personne.", "He sees no one."),
        ("Il n'a vu personne.", "He saw no one."),
        ("Ne mange pas ça.", "Do not eat"),
        // A verb with an inverted subject after a quote is finite, its subject first.
        ("« C'est vrai », dit-il.", "he says."),
        // Reflexive clitics of every person; "vous" opening a sentence as the subject.
        ("Nous nous sommes trompés.", "We were wrong."),
        ("Vous vous trompez.", "You are wrong."),
        ("Vous êtes malades.", "You are sick."),
        ("Il nous a vus.", "He saw us."),
        // "sans pour autant", "de tels … que", "s'inviter".
        ("sans pour autant abandonner le métavers", "without necessarily abandoning the metaverse"),
        ("de tels géants que OpenAI", "such giants as OpenAI"),
        ("Quand l'IA s'invite sur Instagram", "When AI shows up on Instagram"),
        // A verb whose English depends on its object.
        ("il porte un masque", "he wears a mask"),
        ("elle porte une robe rouge", "she wears a red dress"),
        // "il y a" with a plural: "there are".
        ("Il y en a trois.", "There are three"),
        ("Il y a quelques problèmes.", "There are"),
        ("Il y a un problème.", "There is a problem"),
        // dire with an indirect object is "tell".
        ("Il lui a dit la vérité.", "He told him the truth."),
        // A name of an institution keeps "the".
        ("l'Organisation mondiale de la santé", "the World Health Organization"),
    ])
    func terminologyDevConstructions(french: String, english: String) {
        let result = Self.translator.translate(french).text
        #expect(result.contains(english), "\(french) → \(result)")
    }

    static let termTranslator: Translator = {
        let shipped = try! Translator()
        let origin = GlossaryEntry.Origin(file: "terms.tsv", line: 1)
        let terms = Glossary(path: "terms.tsv", format: .tsv, entries: [
            GlossaryEntry(source: "toucher", targets: ["touch", "touching"], origin: origin),
            GlossaryEntry(source: "épidémie", targets: ["disease outbreak", "epidemic", "outbreak"], origin: origin),
            GlossaryEntry(source: "épidémie de COVID-19", targets: ["COVID-19 epidemic", "COVID-19 outbreak"], origin: origin),
            GlossaryEntry(source: "désinfectant", targets: ["disinfectant"], origin: origin),
        ])
        return Translator(lexicon: shipped.lexicon, glossaries: [], userGlossaries: [terms])
    }()

    /// A user's term is applied in the form the grammar needs, and a longer term's alternative
    /// agrees with its head's translation.
    @Test(arguments: [
        ("évitez de toucher la table", "avoid touching"),        // a frozen entry's infinitive still takes the gerund
        ("il faut toucher", "touch"),
        ("avec l'épidémie de COVID-19", "the COVID-19 outbreak"),  // agrees with épidémie → "disease outbreak"
        ("des lingettes désinfectantes", "disinfectant wipes"),
    ])
    func userTermsInContext(french: String, english: String) {
        let result = Self.termTranslator.translate(french).text
        #expect(result.contains(english), "\(french) → \(result)")
    }

    @Test func alternativesFollowTheHeadWord() {
        let origin = GlossaryEntry.Origin(file: "t.tsv", line: 1)
        let glossary = Glossary(path: "t.tsv", format: .tsv, entries: [
            GlossaryEntry(source: "grippe", targets: ["flu", "influenza"], origin: origin),
            GlossaryEntry(source: "grippe saisonnière", targets: ["seasonal influenza", "seasonal flu"], origin: origin),
            GlossaryEntry(source: "virus de la grippe", targets: ["influenza virus", "flu virus"], origin: origin),
            GlossaryEntry(source: "grippe aviaire", targets: ["bird flu", "avian flu"], origin: origin),  // both agree: order kept
            GlossaryEntry(source: "taux de mortalité", targets: ["death rate", "mortality rate"], origin: origin),  // no one-word entry
        ])
        let harmonized = Glossary.harmonizingAlternatives([glossary])[0].entries.map(\.preferredTarget)
        #expect(harmonized == ["flu", "seasonal flu", "flu virus", "bird flu", "death rate"])
    }
}

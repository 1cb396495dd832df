/// A French verb group as read from the items, before any English is written.
///
/// `Generator.parseVerbGroup()` fills it from "ne", the clitics, the finite verb and what
/// follows it (inverted subject, negation, adverbs, été, participle or infinitive);
/// `Generator.render(_:)` then writes the English chain in English order.
///
/// "il ne l'a pas encore annoncé" reads as: negated, clitics ["l'"], finite "a" (present,
/// 3rd singular), negation "pas", adverbs ["encore"], participle "annoncé".
struct VerbGroup {
    /// The group's first item: "ne", a clitic or the finite verb. Words English inserts
    /// ("not", "do") without a French word of their own point there.
    let first: Item
    /// Whether "ne"/"n'" opens the group.
    let isNegated: Bool
    /// Object and reflexive clitics before the verb, in French order ("se", "le", "lui").
    var clitics: [Item]
    /// The finite verb ("a", "peut", "défie").
    let finite: Item
    /// The finite verb's reading as a finite verb (its lemma decides auxiliary, modal, falloir…).
    let finiteAnalysis: Analysis
    /// The finite form that agrees with the subject: tense, person and number.
    var form: VerbForm
    /// A clitic "nous"/"vous" that agrees with the verb and so is its subject ("nous allons").
    var cliticSubject: Item? = nil
    /// A subject pronoun written after the verb ("explique-t-il", "peut-il").
    var invertedSubject: Item? = nil
    /// Whether the inversion asks a question (a "?" follows): "Peut-il gagner ?".
    var isQuestion = false
    /// The subject pronoun that decides the verb's person ("il", "on"), inverted or just
    /// before the group; nil for a noun subject.
    var subjectPronoun: String? = nil
    /// The second part of the negation ("pas", "plus", "jamais", "rien", "personne", "guère",
    /// "point"), or the "ne" itself for a literary negation ("ne peut empêcher").
    var negation: Item? = nil
    /// Adverbs between the verb and its participle or infinitive ("a déjà annoncé").
    var adverbs: [Item] = []
    /// The "que" of "ne … que" ("only").
    var only: Item? = nil
    /// "été" after avoir ("a été dévoilé", "a été le meilleur").
    var ete: Item? = nil
    /// The past participle after avoir, être or "été" ("a annoncé", "est arrêté").
    var participle: Item? = nil
    /// Clitics between the verb and its infinitive ("veut le faire"): objects of the infinitive.
    var infinitiveObjects: [Item] = []
    /// The infinitive after a modal or another verb ("peut gagner", "veut partir").
    var infinitive: Item? = nil
    /// The infinitive of "venir de + infinitive" ("vient de commencer" → "has just begun").
    var justInfinitive: Item? = nil
    /// The "en" of "être en train de + infinitive", the progressive ("est en train de préparer"
    /// → "is preparing"); the infinitive is ``infinitive``.
    var progressive: Item? = nil
    /// "cher" after a verb of price, written after the verb and its object with its
    /// intensifier ("coûte cher" → "costs a lot", "coûtera plus cher" → "will cost more"); the
    /// item spans the intensifier and "cher".
    var priceAdverb: (item: Item, english: String)? = nil
    /// The English of the verb and "cher" together, the adverb's English then empty: "coûte
    /// cher" → "is expensive".
    var priceVerbEnglish: String? = nil
    /// The "à" of "rester à + infinitive" ("reste à savoir" → "remains to be seen"); the
    /// infinitive is ``infinitive``.
    var remainsTo: Item? = nil
    /// Whether the group is an imperative: a verb with no subject opening a sentence, in the
    /// imperative or the 2nd-person plural present ("Visitez les musées", "Ne visitez pas"), or a
    /// negated form that can be an imperative ("Ne mange pas ça"; "Reste à savoir" stays a statement).
    var isImperative: Bool {
        subjectPronoun == nil && invertedSubject == nil && cliticSubject == nil && first.startsSentence && !finite.isFrontedQuestionVerb
            && (form.tense == .imperative || (form.tense == .present && form.person == 2 && form.isPlural)
                || (isNegated && finiteAnalysis.verbForms.contains { $0.tense == .imperative }))   // "Ne mange pas ça"
    }
    /// The English tense of the finite form (the base form for an imperative).
    var tense: Generator.Tense { isImperative ? .base : Generator.englishTense(form.tense) }
    /// The finite verb's lemma ("avoir", "pouvoir", "falloir").
    var lemma: String { finiteAnalysis.lemma }
    /// The clitic that makes the verb reflexive: "se"/"s'" ("se trouve", "s'agit"), or the one of
    /// the subject's own person ("nous nous sommes trompés", "je me lave", "vous vous trompez").
    var reflexiveClitic: Item? {
        let subject = subjectPronoun ?? cliticSubject?.lower
        return clitics.first { clitic in
            switch clitic.lower {
            case "se", "s'": true
            case "me", "m'": subject == "je" || subject == "j'"
            case "te", "t'": subject == "tu"
            case "nous", "vous": subject == clitic.lower
            default: false
            }
        }
    }
    /// Whether the verb is reflexive (see ``reflexiveClitic``).
    var isReflexive: Bool { reflexiveClitic != nil }
    /// The clitics English writes as objects after the verb: all but the reflexive one.
    var objectClitics: [Item] { clitics.filter { $0.range != reflexiveClitic?.range } }
    /// Whether the verb was moved before its noun subject to ask a question
    /// ("Le PSG peut-il gagner ?"): its words go around the subject.
    var isFrontedQuestion: Bool { finite.isFrontedQuestionVerb && invertedSubject == nil }
}

/// One English word of a verb chain with the French item it comes from.
typealias EnglishWord = (text: String, item: Item, rule: TranslationSpan.Rule, origin: String?)

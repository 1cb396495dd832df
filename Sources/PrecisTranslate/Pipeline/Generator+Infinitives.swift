/// Infinitives governed by another verb where English needs more than "to": pouvoir and devoir
/// as infinitives ("veut pouvoir partir" → "wants to be able to leave"), a verb of belief or
/// saying before them ("je crois pouvoir le faire" → "I believe I can do it"), a verb's own
/// preposition before an infinitive ("parle de partir" → "talks about leaving"), and "y" as
/// "there" with a verb of place ("je pense y aller" → "I plan to go there").
extension Generator {
    /// Modals with no English infinitive, by lemma: their English as an infinitive before another
    /// infinitive ("pouvoir partir" → "be able to leave", "devoir partir" → "have to leave"), and
    /// alone (nil: the lexicon's English, "devoir de l'argent" → "owe").
    static let modalInfinitives: [String: (beforeInfinitive: String, alone: String?)] = [
        "pouvoir": ("be able to", "be able"),
        "devoir": ("have to", nil),
    ]

    /// The English of the infinitive of `lemma` when it is one of ``modalInfinitives``, with an
    /// infinitive starting at `k` or not: "pouvoir partir" → "be able to".
    func modalInfinitiveEnglish(_ lemma: String, at k: Int) -> String? {
        guard let english = Self.modalInfinitives[lemma] else { return nil }
        return startsInfinitive(at: k) ? english.beforeInfinitive : english.alone
    }

    /// Whether a bare infinitive starts at `k`, after its object clitics ("partir", "le
    /// faire", "y aller"): a word read first as a verb, or any infinitive after a clitic.
    func startsInfinitive(at k: Int) -> Bool {
        var v = k
        while v + 1 < items.count, items[v].kind == .word, Self.clitics.contains(items[v].lower) { v += 1 }
        guard v < items.count, items[v].kind == .word,
              items[v].analyses.contains(where: { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }) else { return false }
        return v > k || items[v].analyses.first?.partOfSpeech.isVerbal == true || !items[v].can(.noun)
    }

    /// Whether the word at `k`, which can be a noun, is the infinitive of one of
    /// ``modalInfinitives`` governing the infinitive after it: "pouvoir" in "je crois pouvoir
    /// le faire" (not in "le pouvoir d'achat").
    func isModalInfinitive(at k: Int) -> Bool {
        guard k < items.count, items[k].kind == .word,
              items[k].analyses.contains(where: { $0.has(.infinitive) && Self.modalInfinitives[$0.lemma] != nil }) else { return false }
        return startsInfinitive(at: k + 1)
    }

    /// Verbs followed by a bare infinitive, by lemma: modals, verbs of wish, belief, perception,
    /// causation and motion ("veut le savoir", "fait le savoir", "va le faire"). After another
    /// verb an article and a noun that could be an infinitive stay a noun: "prend le pouvoir"
    /// → "takes power".
    static let bareInfinitiveVerbs: Set<String> = verbsTakingTo.union(beliefVerbs).union(englishBeforeInfinitive.keys).union([
        "pouvoir", "devoir", "falloir", "aller", "venir", "faire", "laisser", "voir", "entendre", "écouter", "regarder",
        "sentir", "envoyer", "courir", "partir", "sortir", "monter", "descendre", "rentrer", "revenir", "retourner",
        "avouer", "reconnaître", "nier", "imaginer", "faillir", "valoir", "compter", "savoir",
    ])

    /// Whether the word at `k` is a noun or the infinitive of one of ``modalInfinitives``
    /// ("pouvoir", "devoir"): the verb only before an infinitive (``isModalInfinitive(at:)``).
    func isModalOrNoun(at k: Int) -> Bool {
        items[k].can(.noun) && items[k].analyses.contains { $0.has(.infinitive) && Self.modalInfinitives[$0.lemma] != nil }
    }

    // MARK: Verbs of belief or saying

    /// Verbs of belief or saying whose infinitive shares their subject: English writes a clause
    /// with the subject again ("je crois pouvoir le faire" → "I believe I can do it", "il dit
    /// devoir partir" → "he says he must leave").
    static let beliefVerbs: Set<String> = [
        "croire", "penser", "estimer", "dire", "affirmer", "assurer", "déclarer", "juger", "considérer", "prétendre",
    ]

    /// The English subject pronouns of French subject pronouns, for a clause that repeats its subject.
    static let clauseSubjects: [String: String] = [
        "je": "I", "j'": "I", "tu": "you", "il": "he", "elle": "she", "on": "we", "nous": "we", "vous": "you",
        "ils": "they", "elles": "they", "ce": "it", "c'": "it",
    ]

    /// The modal of the clause after a verb of belief, in the tense English's sequence of tenses
    /// gives it: "crois pouvoir" → "can", "croyait pouvoir" → "could", "croyait devoir" → "had to".
    static func clauseModal(_ lemma: String, _ tense: Tense) -> String? {
        switch (lemma, tense) {
        case ("pouvoir", .past), ("pouvoir", .conditional): "could"
        case ("pouvoir", _): "can"
        case ("devoir", .past): "had to"
        case ("devoir", .conditional): "should"
        case ("devoir", _): "must"
        default: nil
        }
    }

    /// The subject of the group written again as an English pronoun: the pronoun just written
    /// ("he", or "it" for a thing), an inverted one ("Crois-tu …" → "you"), "they" for a plural
    /// noun subject, and "he", "she" or "it" for a singular noun whose gender and kind tell.
    /// Nil when nothing tells (a person's name).
    func clauseSubject(of group: VerbGroup, plural: Bool) -> String? {
        if let subject = group.invertedSubject {
            return Self.clauseSubjects[subject.lower]
        }
        if let subject = group.subjectPronoun ?? group.cliticSubject?.lower {
            if let written = pieces.last?.text, ["it", "he", "she", "we", "they", "you"].contains(written.lowercased()) {
                return written.lowercased()
            }
            return Self.clauseSubjects[subject]
        }
        if plural { return "they" }
        guard let first = items.firstIndex(where: { $0.range == group.first.range }),
              let subject = subjectIndex(in: sentenceStart(before: first)..<first) else { return nil }
        let masculine = agreement(ofNoun: subject, feminine: false)
        let feminine = agreement(ofNoun: subject, feminine: true)
        guard masculine != .name, feminine != .name else { return nil }
        if !isPerson(subject) { return masculine == .agrees || feminine == .agrees ? "it" : nil }
        if masculine == .agrees, feminine != .agrees { return "he" }
        if feminine == .agrees, masculine != .agrees { return "she" }
        return nil
    }

    /// A verb of belief before the infinitive pouvoir or devoir, as an English clause: "crois
    /// pouvoir" → "believe I can", "disait devoir" → "said he had to". False (the chain
    /// untouched) when the group is not one or its subject cannot be written again.
    func beliefClause(_ infinitive: Item, into chain: inout VerbChain, _ group: VerbGroup) -> Bool {
        guard Self.beliefVerbs.contains(group.lemma), let lemma = infinitive.lemma, startsInfinitive(at: objectIndex(after: group)),
              let modal = Self.clauseModal(lemma, group.tense),
              let subject = clauseSubject(of: group, plural: chain.plural) else { return false }
        let verb = group.finiteAnalysis.preferredEnglish
        for w in Self.conjugate(verb, group.tense, person: chain.person, plural: chain.plural) {
            chain.add(w, group.finite, .lexicon, group.finiteAnalysis.origin.description)
        }
        chain.isLexicalSimple = group.tense == .present || group.tense == .past
        chain.add(subject, group.finite, .grammar, "\(group.lemma) + infinitive → a clause with the subject again")
        chain.add(modal, infinitive, .grammar, "\(lemma) after a verb of belief → \(modal)")
        return true
    }

    // MARK: A verb's preposition before an infinitive

    /// Verbs whose English is another before their preposition and an infinitive, by lemma then
    /// preposition: "parler de partir" → "talk about leaving" ("parler des règles" keeps "speak
    /// about the rules").
    static let englishBeforePreposition: [String: [String: String]] = ["parler": ["de": "talk"]]

    /// The English of the verb `lemma` before the preposition at `k` and the infinitive after
    /// it, when ``englishBeforePreposition`` lists them.
    func englishBeforePreposition(of lemma: String, at k: Int) -> String? {
        guard k < items.count, items[k].kind == .word, ["de", "d'", "à"].contains(items[k].lower), startsInfinitive(at: k + 1) else { return nil }
        return Self.englishBeforePreposition[lemma]?[Self.prepositionKey(items[k].lower)]
    }

    /// The English of a verb's own preposition before an infinitive at `i`, which English
    /// follows with a gerund: "parle de partir" → "about leaving", "pense à partir" → "about
    /// leaving", "discute de partir" → "" (a direct object: "discusses leaving"). Nil after
    /// venir ("vient de partir" is "has just left") and when ``prepositionsAfterVerb`` does not
    /// list the pair.
    func prepositionBeforeGerund(at k: Int) -> String? {
        guard let english = prepositionAfterVerb(at: k) else { return nil }
        var j = k - 1
        while j > 0, items[j].kind == .word, items[j].pos == .adverb { j -= 1 }
        return items[j].lemma == "venir" ? nil : english
    }

    // MARK: "y"

    /// Verbs of place and motion after which "y" is "there" ("y aller" → "go there", "s'y
    /// rendre" → "go there", "y vivre" → "live there"); with other verbs it stands for a thing
    /// ("j'y pense") and is not written.
    static let placeVerbs: Set<String> = motionVerbs.union([
        "arriver", "rester", "vivre", "habiter", "séjourner", "entrer", "monter", "descendre", "travailler", "rendre",
        "installer", "amener", "partir", "retrouver", "passer",
    ])

    /// Whether the clitic is a "y" English writes "there", with the verb `verb` (a lemma).
    static func isThere(_ clitic: String, verb: String?) -> Bool {
        clitic == "y" && verb.map(placeVerbs.contains) == true
    }
}

/// Reading a French verb group into a `VerbGroup`: no English is written here.
extension Generator {
    /// Reads the verb group at `i` and advances `i` past it.
    ///
    /// Returns nil when no finite verb follows "ne" and the clitics; `i` is then just after
    /// them. Picks the readings it settles on (participle, infinitive) in `items`.
    /// Example: "il ne l'a pas encore annoncé", at "ne", reads up to "annoncé".
    mutating func parseVerbGroup() -> VerbGroup? {
        let first = items[i]
        let negated = first.lower == "ne" || first.lower == "n'"
        if negated { i += 1 }
        var clitics = parseClitics()
        guard i < items.count, let finiteAnalysis = items[i].analyses.first(where: { $0.partOfSpeech.isVerbal && $0.finiteForm != nil }),
              let finiteForm = finiteAnalysis.finiteForm else { return nil }
        let finite = items[i]
        i += 1
        // "explique-t-il", "pouvez-vous": the subject pronoun follows the verb.
        var invertedSubject: Item?
        if i < items.count, items[i].isInvertedPronoun { invertedSubject = items[i]; i += 1 }
        let isQuestion = invertedSubject != nil && items[i...].contains { $0.surface == "?" }
        // The subject's person decides among the verb's forms.
        let subjectPronoun = invertedSubject.map(\.lower) ?? previousSubject(before: first)
        var form = finiteForm
        if let subject = subjectPronoun, let wanted = Self.subjectPersons[subject],
           let match = finiteAnalysis.verbForms.first(where: { $0.tense.isFinite && $0.person == wanted.person && $0.isPlural == wanted.plural }) {
            form = match
        }
        // A clitic nous/vous that agrees with the verb is its subject ("nous allons").
        var cliticSubject: Item?
        if subjectPronoun == nil, let last = clitics.first, (last.lower == "nous" && form.person == 1 && form.isPlural) || (last.lower == "vous" && form.person == 2 && form.isPlural) {
            cliticSubject = last
            clitics.removeFirst()
        } else if subjectPronoun == nil, form.person != 3,
                  let third = finiteAnalysis.verbForms.first(where: { $0.tense.isFinite && $0.person == 3 }) {
            form = third   // no subject pronoun: a noun subject, third person
        }
        // Second part of the negation, adverbs, "ne … que".
        var negation: Item?
        if negated, i < items.count, ["pas", "plus", "jamais", "rien", "personne", "guère", "point"].contains(items[i].lower) {
            negation = items[i]; i += 1
        }
        let adverbs = parseVerbAdverbs()
        if negated, negation == nil, i < items.count, ["pas", "plus", "jamais", "rien"].contains(items[i].lower) { negation = items[i]; i += 1 }
        var onlyItem: Item?
        if negated, negation == nil, i < items.count, items[i].lower == "que" || items[i].lower == "qu'" {
            onlyItem = items[i]; i += 1
        }
        // Literary negation without "pas": "ne peut empêcher", "ne sait", "n'ose", "ne cesse".
        if negated, negation == nil, onlyItem == nil, ["pouvoir", "savoir", "oser", "cesser"].contains(finiteAnalysis.lemma) {
            negation = first
        }
        // été, the participle, or an infinitive with its object clitics.
        var ete: Item?
        var participle: Item?
        var infinitive: Item?
        let lemma = finiteAnalysis.lemma
        let isAuxiliary = lemma == "avoir" || lemma == "être"
        if lemma == "avoir", i < items.count, items[i].lower == "été" { ete = items[i]; i += 1 }
        if isAuxiliary || ete != nil, i < items.count, items[i].kind == .word,
           let k = items[i].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.verbForms.first?.tense == .pastParticiple }) {
            items[i].pick = k
            participle = items[i]; i += 1
        }
        var infinitiveObjects: [Item] = []
        if participle == nil, ete == nil, i < items.count, !isAuxiliary {
            var j = i
            while j < items.count, Self.clitics.contains(items[j].lower), j + 1 < items.count { j += 1 }
            if j < items.count, items[j].kind == .word, let k = items[j].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }),
               !items[j].can(.noun) || j > i {
                infinitiveObjects = Array(items[i..<j])
                items[j].pick = k
                infinitive = items[j]; i = j + 1
            }
        }
        var tense = Self.englishTense(form.tense)
        // "Visitez des musées uniques": a 2nd-person plural with no subject opening a sentence is an imperative.
        var isImperative = false
        if subjectPronoun == nil, invertedSubject == nil, first.startsSentence,
           form.tense == .imperative || (form.tense == .present && form.person == 2 && form.isPlural) {
            tense = .base
            isImperative = true
        }
        // "vient de commencer" → "has just begun".
        var justInfinitive: Item?
        if lemma == "venir", participle == nil, infinitive == nil, i + 1 < items.count, items[i].lower == "de" || items[i].lower == "d'",
           let k = items[i + 1].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }) {
            items[i + 1].pick = k
            justInfinitive = items[i + 1]
            i += 2
        }
        return VerbGroup(first: first, isNegated: negated, clitics: clitics, cliticSubject: cliticSubject, finite: finite,
                         finiteAnalysis: finiteAnalysis, form: form, invertedSubject: invertedSubject, isQuestion: isQuestion,
                         subjectPronoun: subjectPronoun, negation: negation, adverbs: adverbs, only: onlyItem, ete: ete,
                         participle: participle, infinitiveObjects: infinitiveObjects, infinitive: infinitive,
                         justInfinitive: justInfinitive, tense: tense, isImperative: isImperative)
    }

    /// Clitics before the finite verb ("se", "le", "lui"), advancing `i`: "il le lui donne".
    /// A clitic word that can also be a finite verb ends the list unless a verb follows it.
    private mutating func parseClitics() -> [Item] {
        var clitics: [Item] = []
        while i < items.count, items[i].kind == .word, Self.clitics.contains(items[i].lower),
              i + 1 < items.count, !(items[i + 1].analyses.isEmpty) {
            if items[i].analyses.contains(where: { $0.partOfSpeech.isVerbal && $0.finiteForm != nil }) && !items[i + 1].analyses.contains(where: { $0.partOfSpeech.isVerbal }) { break }
            clitics.append(items[i]); i += 1
        }
        return clitics
    }

    /// Adverbs English puts before the main verb, advancing `i`: "a déjà annoncé",
    /// "a soudainement annoncé", and glossary phrases before a verb ("a par ailleurs annoncé").
    private mutating func parseVerbAdverbs() -> [Item] {
        var adverbs: [Item] = []
        while i < items.count, (items[i].kind == .word && items[i].pos == .adverb
                                && (Self.verbAdverbs.contains(items[i].lower) || Self.isMannerAdverb(items, at: i)))
                || (items[i].isGlossaryPhrase && i + 1 < items.count && items[i + 1].analyses.contains { $0.partOfSpeech.isVerbal }) {
            adverbs.append(items[i]); i += 1
        }
        return adverbs
    }
}

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
        let clitics = parseClitics()
        guard i < items.count, let finiteAnalysis = items[i].analyses.first(where: { $0.partOfSpeech.isVerbal && $0.finiteForm != nil }),
              let finiteForm = finiteAnalysis.finiteForm else { return nil }
        var group = VerbGroup(first: first, isNegated: negated, clitics: clitics, finite: items[i],
                              finiteAnalysis: finiteAnalysis, form: finiteForm)
        i += 1
        parseSubject(&group)
        parseNegation(&group)
        parseParticipleOrInfinitive(&group)
        parseVenirDe(&group)
        parseEnTrainDe(&group)
        parseResterA(&group)
        parsePriceAdverb(&group)
        return group
    }

    /// Verbs of price after which "cher" is an adverb, with its English there: "payer cher"
    /// → "pay dearly", "vendre cher" → "sell at a high price", "coûter cher" → "cost …
    /// dearly" after an object pronoun ("cela nous a coûté cher" → "that cost us dearly");
    /// without one, coûter cher is "be expensive", its usual English (see ``VerbGroup/priceVerbEnglish``).
    static let priceVerbs: [String: String] = ["coûter": "dearly", "valoir": "a lot", "payer": "dearly", "vendre": "at a high price"]
    /// Intensifiers before that "cher", with the English of the pair ("coûte plus cher" →
    /// "costs more"); only for the verbs that give "a lot" or "dearly" a comparative.
    static let priceIntensifiers: [String: String] = ["plus": "more", "moins": "less", "trop": "too much", "très": "a great deal", "si": "so much"]

    /// "cher" (with an intensifier) right after a verb of ``priceVerbs`` or its participle or
    /// infinitive, advancing `i`: an adverb, not the adjective "expensive".
    private mutating func parsePriceAdverb(_ group: inout VerbGroup) {
        let lemma = group.participle?.lemma ?? group.infinitive?.lemma ?? group.lemma
        guard let bare = Self.priceVerbs[lemma], i < items.count, items[i].kind == .word else { return }
        let chers: Set<String> = ["cher", "chère", "chers", "chères"]
        if chers.contains(items[i].lower) {
            if lemma == "coûter", group.objectClitics.isEmpty {
                // "ce produit coûte cher" → "this product is expensive": "cher" is in the verb's English.
                group.priceVerbEnglish = "be expensive"
                group.priceAdverb = (items[i], "")
            } else {
                group.priceAdverb = (items[i], bare)
            }
            i += 1
        } else if let english = Self.priceIntensifiers[items[i].lower], lemma != "vendre", i + 1 < items.count,
                  items[i + 1].kind == .word, chers.contains(items[i + 1].lower) {
            var item = items[i + 1]
            item.range = items[i].range.lowerBound..<item.range.upperBound
            if lemma == "coûter", group.objectClitics.isEmpty, let degree = ["très": "very", "si": "so", "trop": "too"][items[i].lower] {
                group.priceVerbEnglish = "be \(degree) expensive"   // "coûte très cher" → "is very expensive"
                group.priceAdverb = (item, "")
            } else {
                group.priceAdverb = (item, english)
            }
            i += 2
        }
    }

    /// The subject and the verb form agreeing with it: an inverted pronoun ("explique-t-il",
    /// "Peut-il …?", advancing `i`), else the pronoun before the group ("ils défient"), else
    /// a clitic "nous"/"vous" ("nous allons"), else a noun subject, third person
    /// ("le gouvernement défie").
    private mutating func parseSubject(_ group: inout VerbGroup) {
        if i < items.count, items[i].isInvertedPronoun { group.invertedSubject = items[i]; i += 1 }
        // A question mark ahead asks; so does an inversion opening a headline with no final
        // "." or "!" ("Faut-il partir" → "Should we leave").
        group.isQuestion = group.invertedSubject != nil && (items[i...].contains { $0.surface == "?" }
            || (group.first.startsSentence && !items[i...].contains { $0.surface == "." || $0.surface == "!" }))
        group.subjectPronoun = group.invertedSubject.map(\.lower) ?? previousSubject(before: group.first)
        let verbForms = group.finiteAnalysis.verbForms
        if let subject = group.subjectPronoun, let wanted = Self.subjectPersons[subject],
           let match = verbForms.first(where: { $0.tense.isFinite && $0.person == wanted.person && $0.isPlural == wanted.plural }) {
            group.form = match
        }
        guard group.subjectPronoun == nil else { return }
        let form = group.form
        if let clitic = group.clitics.first,
           (clitic.lower == "nous" && form.person == 1 && form.isPlural) || (clitic.lower == "vous" && form.person == 2 && form.isPlural) {
            group.cliticSubject = clitic
            group.clitics.removeFirst()
        } else if form.person != 3, let third = verbForms.first(where: { $0.tense.isFinite && $0.person == 3 }) {
            group.form = third
        }
    }

    /// After "ne", advancing `i`: the second part of the negation ("ne gagne pas"), adverbs
    /// before the main verb ("n'a pas encore annoncé", also without "ne": "a déjà annoncé"),
    /// "ne … que" ("ne mange que du pain"), and the literary negation without "pas" ("ne
    /// peut empêcher", "ne sait", "n'ose", "ne cesse").
    private mutating func parseNegation(_ group: inout VerbGroup) {
        let negated = group.isNegated
        if negated, i < items.count, ["pas", "plus", "jamais", "rien", "personne", "guère", "point"].contains(items[i].lower) {
            group.negation = items[i]; i += 1
        }
        group.adverbs = parseVerbAdverbs(lemma: group.lemma)
        if negated, group.negation == nil, i < items.count, ["pas", "plus", "jamais", "rien"].contains(items[i].lower) {
            group.negation = items[i]; i += 1
        }
        if negated, group.negation == nil, i < items.count, items[i].lower == "que" || items[i].lower == "qu'" {
            group.only = items[i]; i += 1
        }
        if negated, group.negation == nil, group.only == nil, ["pouvoir", "savoir", "oser", "cesser"].contains(group.lemma) {
            group.negation = group.first
        }
    }

    /// What the finite verb governs, advancing `i` and picking the reading: "été" after avoir
    /// ("a été dévoilé"), a past participle after avoir, être or "été" ("a annoncé"), or an
    /// infinitive after another verb, with the clitics between ("peut gagner", "veut le faire").
    private mutating func parseParticipleOrInfinitive(_ group: inout VerbGroup) {
        let isAuxiliary = group.lemma == "avoir" || group.lemma == "être"
        if group.lemma == "avoir", i < items.count, items[i].lower == "été" { group.ete = items[i]; i += 1 }
        // "est dû à la grève" → "is due to the strike": dû before à is the adjective.
        if group.lemma == "être", i + 1 < items.count, ["à", "au", "aux"].contains(items[i + 1].firstLower),
           let k = items[i].analyses.firstIndex(where: { $0.partOfSpeech == .adjective && $0.lemma == "dû" }) {
            items[i].pick = k
            return
        }
        if isAuxiliary || group.ete != nil, i < items.count, items[i].kind == .word,
           let k = items[i].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.verbForms.first?.tense == .pastParticiple }) {
            items[i].pick = k
            group.participle = items[i]; i += 1
            // "n'a vu personne": "personne" follows the participle.
            if group.isNegated, group.negation == nil, i < items.count, items[i].lower == "personne" { group.negation = items[i]; i += 1 }
        }
        // "il a fallu partir", "il aurait fallu le dire": the participle of falloir governs an infinitive.
        let governsInfinitive = group.participle == nil ? !isAuxiliary : group.participle?.lemma == "falloir"
        guard governsInfinitive, group.ete == nil, i < items.count else { return }
        parseInfinitive(&group, allowingNoun: false)
    }

    /// The infinitive at `i`, after the clitics that are its objects, advancing `i` and picking
    /// its reading: "peut gagner", "veut le faire". A word that can also be a noun ("savoir")
    /// counts only after a clitic when the finite verb takes a bare infinitive ("veut le savoir";
    /// "prend le pouvoir" is a noun), when `allowingNoun` (a preposition announced a verb), or
    /// when it governs an infinitive itself ("je crois pouvoir le faire"); pouvoir and devoir
    /// only then ("veut le pouvoir" → "wants power").
    private mutating func parseInfinitive(_ group: inout VerbGroup, allowingNoun: Bool) {
        var j = i
        while j < items.count, Self.clitics.contains(items[j].lower), j + 1 < items.count { j += 1 }
        if j < items.count, items[j].kind == .word, let k = items[j].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }),
           !items[j].can(.noun) || isModalInfinitive(at: j)
            || (!isModalOrNoun(at: j) && ((j > i && Self.bareInfinitiveVerbs.contains(group.lemma)) || allowingNoun)) {
            group.infinitiveObjects = Array(items[i..<j])
            items[j].pick = k
            group.infinitive = items[j]; i = j + 1
        }
    }

    /// "être en train de + infinitive", advancing `i` past the infinitive: "est en train de
    /// préparer une réforme" → "is preparing a reform", "était en train d'enquêter".
    private mutating func parseEnTrainDe(_ group: inout VerbGroup) {
        guard group.lemma == "être", group.participle == nil, group.ete == nil, group.infinitive == nil, i + 3 < items.count,
              items[i].lower == "en", items[i + 1].lower == "train", items[i + 2].lower == "de" || items[i + 2].lower == "d'" else { return }
        let start = i
        i += 3
        parseInfinitive(&group, allowingNoun: true)
        if group.infinitive == nil { i = start } else { group.progressive = items[start] }
    }

    /// "rester à + infinitive", advancing `i` past the infinitive: "reste à savoir" → "remains
    /// to be seen", "le plus dur reste à faire" → "remains to be done".
    private mutating func parseResterA(_ group: inout VerbGroup) {
        // Not with an object clitic or an inversion: "que vous reste-t-il à faire ?" is "what
        // do you have left to do?".
        guard group.lemma == "rester", group.participle == nil, group.infinitive == nil, group.negation == nil,
              group.clitics.isEmpty, group.invertedSubject == nil, i < items.count else { return }
        if Self.remainsToBeSeen.contains(items[i].lower) {
            // The glossary reads "à savoir" as "namely"; after rester it is the infinitive.
            group.remainsTo = items[i]
            group.infinitive = items[i]
            i += 1
            return
        }
        guard i + 1 < items.count, items[i].lower == "à" else { return }
        let start = i
        i += 1
        parseInfinitive(&group, allowingNoun: true)
        if group.infinitive == nil { i = start } else { group.remainsTo = items[start] }
    }

    /// "venir de + infinitive", advancing `i` past "de" and the infinitive: "vient de
    /// commencer" → "has just begun".
    private mutating func parseVenirDe(_ group: inout VerbGroup) {
        guard group.lemma == "venir", group.participle == nil, group.infinitive == nil, i + 1 < items.count,
              items[i].lower == "de" || items[i].lower == "d'",
              let k = items[i + 1].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }) else { return }
        items[i + 1].pick = k
        group.justInfinitive = items[i + 1]
        i += 2
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

    /// Adverbs between the finite verb and the main verb, advancing `i`: "a déjà annoncé",
    /// "a soudainement annoncé", glossary phrases before a verb ("a par ailleurs annoncé"),
    /// "mal"/"mieux" before a participle ("a mal dormi") and the object "tout" ("a tout perdu",
    /// "sait tout."). `lemma` is the finite verb's.
    private mutating func parseVerbAdverbs(lemma: String) -> [Item] {
        var adverbs: [Item] = []
        while i < items.count, (items[i].kind == .word && items[i].pos == .adverb
                                && (Self.verbAdverbs.contains(items[i].lower) || Self.isMannerAdverb(items, at: i))
                                && !Self.opensQuantity(items, at: i))
                || isAdverbBeforeParticiple(at: i, lemma: lemma)
                || (items[i].isGlossaryPhrase && !Self.governsInfinitive(items[i]) && i + 1 < items.count
                    && items[i + 1].analyses.contains { $0.partOfSpeech.isVerbal }) {
            adverbs.append(items[i]); i += 1
        }
        return adverbs
    }

    /// "à savoir", "à voir" after rester: "reste à savoir" → "remains to be seen".
    static let remainsToBeSeen: Set<String> = ["à savoir", "à voir"]

    /// "beaucoup de", "bien des": a quantity opening a noun phrase, not an adverb of the verb.
    static func opensQuantity(_ items: [Item], at k: Int) -> Bool {
        ["beaucoup", "bien"].contains(items[k].lower) && k + 1 < items.count && ["de", "d'", "du", "des"].contains(items[k + 1].lower)
    }

    /// "mal"/"mieux" before a past participle ("a mal dormi"), and "tout" as the object of a
    /// verb: before a participle ("a tout perdu") or ending the clause after a verb other than
    /// être ("il sait tout.").
    private func isAdverbBeforeParticiple(at k: Int, lemma: String) -> Bool {
        guard k < items.count, items[k].kind == .word, ["mal", "mieux", "tout"].contains(items[k].lower) else { return false }
        let next = k + 1 < items.count ? items[k + 1] : nil
        let participleFollows = next.map { $0.kind == .word && $0.analyses.contains { $0.partOfSpeech.isVerbal && $0.verbForms.first?.tense == .pastParticiple } } ?? false
        if participleFollows { return lemma == "avoir" || (lemma == "être" && items[k].lower != "tout") }
        return items[k].lower == "tout" && lemma != "être" && lemma != "avoir" && (next == nil || next!.kind == .punctuation)
    }

    /// A phrase ending in de/d'/à introduces the infinitive after it ("sera en mesure de
    /// rivaliser" → "will be able to compete"): it is no adverb of the verb before it.
    static func governsInfinitive(_ item: Item) -> Bool {
        let lower = item.lower
        return lower.hasSuffix(" de") || lower.hasSuffix(" d'") || lower.hasSuffix(" d’") || lower.hasSuffix(" à")
    }
}

/// Subject pronouns for things: French "il"/"elle" stand for any noun of their gender, English
/// "he"/"she" only for persons (and animals). A pronoun whose antecedent in the same line is a
/// thing is "it": "La voiture est rouge. Elle est rapide." → "… It is fast." Impersonal "il"
/// ("il est important de …", "il pleut") is "it" too, and so is a pronoun standing for a place
/// ("Paris est une ville. Elle est belle." → "… It is beautiful."). When unsure — no antecedent
/// in the line, a person noun, a person's name — the pronoun keeps its own English ("he"/"she").
extension Generator {
    /// Nouns (lemmas, and feminine forms the lexicon lists as their own lemma) that name persons
    /// or animals, for which English writes "he"/"she". The lexicon records no such feature;
    /// every noun not listed here counts as a thing when it is a pronoun's antecedent.
    static let personNouns: Set<String> = [
        // People, family, relations.
        "homme", "femme", "enfant", "fille", "fils", "garçon", "bébé", "nourrisson", "adolescent", "ado", "jeune", "père",
        "mère", "parent", "frère", "sœur", "oncle", "tante", "cousin", "neveu", "nièce", "grand-père", "grand-mère",
        "petit-fils", "petite-fille", "mari", "époux", "épouse", "compagnon", "compagne", "fiancé", "veuf", "veuve", "ami",
        "copain", "copine", "voisin", "personne", "individu", "habitant", "citoyen", "résident", "ressortissant",
        "compatriote", "étranger", "immigré", "migrant", "réfugié", "touriste", "visiteur", "voyageur", "passager",
        "piéton", "conducteur", "automobiliste", "cycliste", "client", "consommateur", "usager", "utilisateur",
        "internaute", "héros", "héroïne", "star", "vedette", "célébrité", "monsieur", "madame", "dame", "seigneur",
        // Politics, institutions, law, security.
        "président", "vice-président", "ministre", "premier ministre", "député", "sénateur", "maire", "élu", "candidat",
        "électeur", "chef", "dirigeant", "leader", "responsable", "porte-parole", "secrétaire", "ambassadeur",
        "ambassadrice", "diplomate", "roi", "reine", "prince", "princesse", "pape", "empereur", "gouverneur", "chancelier",
        "préfet", "commissaire", "juge", "avocat", "procureur", "magistrat", "notaire", "policier", "gendarme", "agent",
        "enquêteur", "inspecteur", "détective", "espion", "soldat", "militaire", "officier", "général", "colonel",
        "capitaine", "commandant", "lieutenant", "sergent", "suspect", "accusé", "prévenu", "détenu", "prisonnier",
        "criminel", "meurtrier", "assassin", "tueur", "terroriste", "djihadiste", "victime", "témoin", "otage", "blessé",
        "manifestant", "militant", "syndicaliste", "opposant", "partisan", "rival", "adversaire", "négociateur",
        "médiateur", "représentant", "délégué", "conseiller", "fondateur", "successeur", "prédécesseur", "homologue",
        // Work, professions.
        "patron", "directeur", "directrice", "employé", "salarié", "travailleur", "ouvrier", "agriculteur", "paysan",
        "commerçant", "entrepreneur", "chômeur", "retraité", "stagiaire", "apprenti", "propriétaire", "locataire",
        "investisseur", "actionnaire", "banquier", "économiste", "analyste", "consultant", "expert", "ingénieur",
        "architecte", "médecin", "docteur", "infirmier", "chirurgien", "pharmacien", "dentiste", "vétérinaire",
        "patient", "malade", "chercheur", "scientifique", "professeur", "enseignant", "instituteur", "étudiant", "élève",
        "journaliste", "reporter", "photographe", "écrivain", "auteur", "romancier", "poète", "artiste", "acteur",
        "actrice", "chanteur", "chanteuse", "musicien", "réalisateur", "producteur", "animateur", "présentateur",
        "créateur", "cuisinier", "serveur", "vendeur", "boulanger", "pompier", "secouriste", "sauveteur", "bénévole",
        "volontaire", "collaborateur", "collègue", "membre", "prêtre", "évêque", "imam", "rabbin", "pasteur", "moine",
        "religieuse", "fidèle", "influenceur", "blogueur", "youtubeur", "peintre", "sculpteur", "traducteur", "interprète",
        "informaticien", "comptable", "mannequin", "chauffeur", "mécanicien", "plombier", "électricien", "coiffeur",
        "boucher", "facteur", "pêcheur", "marin", "commerçante", "avocate", "styliste", "couturier",
        // Sport.
        "joueur", "footballeur", "athlète", "sportif", "champion", "championne", "entraîneur", "sélectionneur", "arbitre",
        "coureur", "pilote", "boxeur", "nageur", "skieur", "attaquant", "défenseur", "gardien", "coéquipier",
        "remplaçant", "recrue", "supporter", "spectateur", "lauréat", "gagnant", "vainqueur", "perdant", "favori",
        // Animals.
        "animal", "chien", "chat", "cheval", "vache", "taureau", "oiseau", "lion", "tigre", "ours", "loup", "éléphant",
        "singe", "requin", "baleine", "dauphin",
    ]

    /// Cities, which the lexicon lists as proper names without a gender: places, hence things,
    /// taken up by "il" or "elle" alike ("Paris est une ville. Elle est belle." → "… It is
    /// beautiful."). Countries and regions need no list: the lexicon gives them a gender.
    static let cityNames: Set<String> = [
        "paris", "lyon", "marseille", "toulouse", "nice", "nantes", "strasbourg", "montpellier", "bordeaux", "lille",
        "rennes", "reims", "toulon", "grenoble", "dijon", "angers", "nîmes", "brest", "tours", "limoges", "amiens",
        "metz", "besançon", "perpignan", "orléans", "rouen", "caen", "nancy", "avignon", "cannes", "ajaccio", "bastia",
        "calais", "londres", "bruxelles", "berlin", "rome", "madrid", "barcelone", "lisbonne", "amsterdam", "genève",
        "moscou", "pékin", "tokyo", "washington", "new-york", "montréal", "athènes", "varsovie", "kiev",
        "istanbul", "jérusalem", "beyrouth", "damas", "bagdad", "téhéran", "le caire", "alger", "tunis",
        "rabat", "dakar", "abidjan", "marrakech", "casablanca", "milan", "venise", "munich", "francfort", "vienne",
    ]
    /// Proper nouns the lexicon gives a gender that may still name a person ("Maurice" is
    /// Mauritius and a first name): they keep "he"/"she".
    static let ambiguousThingNames: Set<String> = ["maurice", "vierge", "césar", "virginie", "grenade"]

    /// The agreement of the place or other thing named at `k` — a one-word proper name or
    /// glossary name: either gender for one of ``cityNames``, else the lexicon's gender for a
    /// proper noun that has one (countries, regions, rivers, institutions: "la France" f.s, "le
    /// Japon" m.s, "l'Allemagne" f.s). Nil for other names (persons: "Marie", "Pierre"), and
    /// before another capitalized word ("Maurice Papon" is a person).
    func thingNameAgreement(_ k: Int) -> Agreement? {
        let lower = items[k].lower
        guard !lower.contains(" "), !Self.ambiguousThingNames.contains(lower) else { return nil }
        if k + 1 < items.count, items[k + 1].kind != .punctuation, items[k + 1].isCapitalized { return nil }
        if Self.cityNames.contains(lower) { return Agreement(gender: .both, number: .singular) }
        return translator.lexicon.analyses(of: lower).first { $0.partOfSpeech == .properNoun && $0.agreement != nil }?.agreement
    }

    /// Adjectives that make "il est + adjective + de/que" impersonal ("il est important de
    /// partir" → "it is important to leave"); "il est content de partir" stays "he".
    static let impersonalAdjectives: Set<String> = [
        "important", "possible", "impossible", "nécessaire", "difficile", "facile", "probable", "improbable", "clair",
        "évident", "essentiel", "indispensable", "utile", "inutile", "urgent", "normal", "logique", "interdit",
        "préférable", "vrai", "faux", "certain", "rare", "fréquent", "courant", "naturel", "dangereux", "crucial",
        "primordial", "légitime", "temps", "dommage", "intéressant", "permis", "prévu", "question",
    ]
    /// Verbs whose "il" is always impersonal ("il pleut" → "it is raining" reads "it rains").
    static let impersonalVerbs: Set<String> = ["pleuvoir", "neiger", "grêler", "venter"]
    /// Verbs whose "il" is impersonal before "que"/"de" ("il semble que" → "it seems that").
    static let impersonalBeforeQue: Set<String> = ["sembler", "paraître", "suffire", "importer", "convenir", "valoir"]

    /// The English of the subject pronoun "il"/"elle" at `k` when it is not its own ("he",
    /// "she"): "it" for an impersonal "il" or a pronoun standing for a thing. Nil otherwise,
    /// and for every other word.
    func subjectPronounOverride(at k: Int) -> String? {
        guard k < items.count, items[k].kind == .word, items[k].lower == "il" || items[k].lower == "elle" else { return nil }
        if !items[k].isInvertedPronoun {
            guard k + 1 < items.count, startsVerbGroup(at: k + 1) || items[k + 1].isFiniteVerb else { return nil }
        }
        if items[k].lower == "il", isImpersonalIl(at: k) { return "it" }
        return standsForThing(pronoun: k, depth: 0) ? "it" : nil
    }

    /// Whether the "il" at `k` is impersonal: a weather verb ("il pleut"), a verb like sembler
    /// before que/de ("il semble que"), or être + one of ``impersonalAdjectives`` + de/que
    /// ("il est important de", "il n'est pas possible que").
    func isImpersonalIl(at k: Int) -> Bool {
        var j = k + 1
        while j < items.count, items[j].kind == .word, items[j].lower == "ne" || items[j].lower == "n'" || Self.clitics.contains(items[j].lower) { j += 1 }
        guard j < items.count, let verb = items[j].analyses.first(where: { $0.partOfSpeech.isVerbal && $0.finiteForm != nil }) else { return false }
        if Self.impersonalVerbs.contains(verb.lemma) { return true }
        j += 1
        while j < items.count, items[j].kind == .word, items[j].pos == .adverb { j += 1 }   // "n'est pas", "est très"
        guard j < items.count else { return false }
        if Self.impersonalBeforeQue.contains(verb.lemma) {
            return ["que", "qu'", "de", "d'"].contains(items[j].lower)
        }
        guard verb.lemma == "être", j + 1 < items.count,
              Self.impersonalAdjectives.contains(items[j].lemma ?? items[j].lower) || Self.impersonalAdjectives.contains(items[j].lower) else { return false }
        return ["que", "qu'", "de", "d'"].contains(items[j + 1].lower)
    }

    /// Whether the pronoun at `k` ("il"/"elle") stands for a thing: the subject of its own
    /// sentence before it, else of the sentence before, when that subject agrees with the
    /// pronoun; when it does not agree, the last noun of that sentence that does. A person
    /// noun or a proper name met first means "no" (the pronoun's own English stays).
    func standsForThing(pronoun k: Int, depth: Int) -> Bool {
        guard depth < 8 else { return false }
        let feminine = items[k].lower == "elle"
        let current = sentenceStart(before: k)
        var regions: [Range<Int>] = []
        if current < k { regions.append(current..<k) }
        if current > 0 { regions.append(sentenceStart(before: current - 1)..<current) }
        for (n, region) in regions.enumerated() {
            guard let subject = subjectIndex(in: region) else {
                if n == 0 { continue }   // "Selon la police, il …": look at the sentence before
                return lastAgreeingNounIsThing(in: region, feminine: feminine)
            }
            let item = items[subject]
            if item.kind == .word, ["il", "elle", "ils", "elles"].contains(item.lower) {
                if item.lower == items[k].lower { return standsForThing(pronoun: subject, depth: depth + 1) }
                return lastAgreeingNounIsThing(in: (subject + 1)..<region.upperBound, feminine: feminine)
            }
            switch agreement(ofNoun: subject, feminine: feminine) {
            case .name: return false
            case .agrees: return !isPerson(subject)
            case .disagrees: return lastAgreeingNounIsThing(in: (subject + 1)..<region.upperBound, feminine: feminine)
            }
        }
        return false
    }

    /// The first item of the sentence holding `k` (just after the last ".", "!" or "?").
    func sentenceStart(before k: Int) -> Int {
        var j = k
        while j > 0, !(items[j - 1].kind == .punctuation && [".", "!", "?", "…", "..."].contains(items[j - 1].surface)) { j -= 1 }
        return j
    }

    /// The subject of a sentence: its first noun (after determiners, adjectives and
    /// "et"/"mais"/"puis") or subject pronoun, also after an opening phrase ending in a comma
    /// ("Hier, la voiture …"). Nil when none opens the sentence before a verb.
    func subjectIndex(in region: Range<Int>) -> Int? {
        var j = region.lowerBound
        while j < region.upperBound {
            let item = items[j]
            if item.kind == .glossary { return item.isGlossaryPhrase ? nil : j }
            if item.kind == .word, ["il", "elle", "ils", "elles", "on", "je", "j'", "tu", "nous", "vous"].contains(item.lower),
               item.pos == .pronoun { return j }
            if item.kind == .word, item.pos == .noun || isProperName(item) || (item.analysis == nil && item.isCapitalized) { return j }
            if item.kind == .word, item.pos == .determiner || item.pos == .adjective || item.pos == .numeral
                || ["et", "mais", "puis", "ensuite", "alors"].contains(item.lower) {
                j += 1; continue
            }
            // An opening phrase before a comma, with no verb in it: the subject follows the comma.
            if let comma = items[j..<region.upperBound].firstIndex(where: { $0.surface == "," }),
               !items[j..<comma].contains(where: { $0.isFiniteVerb }) {
                j = comma + 1; continue
            }
            return nil
        }
        return nil
    }

    /// How a noun-like item agrees with a 3rd-person singular pronoun.
    enum PronounAgreement { case agrees, disagrees, name }

    /// Whether the noun at `k` agrees in gender and number with "il" (or "elle" when
    /// `feminine`); a proper name (or a glossary name) is `.name`, whatever its gender, unless
    /// it names a place (``thingNameAgreement(_:)``), which agrees like a noun.
    func agreement(ofNoun k: Int, feminine: Bool) -> PronounAgreement {
        let item = items[k]
        let analysis: Analysis?
        if let place = thingNameAgreement(k) {   // a place: agrees like a noun of its gender
            return agreement(place, feminine: feminine)
        } else if item.kind == .glossary {
            let english = item.glossary?.entry.preferredTarget ?? ""
            if english.first?.isUppercase == true { return .name }
            if item.glossary?.isPlural == true { return .disagrees }
            // The first word the lexicon reads as a noun gives the gender ("centre de données").
            analysis = item.lower.split(separator: " ").lazy
                .compactMap { word in translator.lexicon.analyses(of: String(word)).first { $0.partOfSpeech == .noun } }.first
        } else {
            if isProperName(item) || item.analysis == nil { return .name }
            analysis = item.analysis
        }
        guard var agreement = analysis?.agreement else { return .disagrees }
        // A noun of either gender ("ministre") takes its determiner's: "le ministre", "la ministre".
        if agreement.gender == .both, k > 0, items[k - 1].pos == .determiner, let gender = items[k - 1].analysis?.agreement?.gender {
            agreement.gender = gender
        }
        return self.agreement(agreement, feminine: feminine)
    }

    /// Whether a noun of `agreement` agrees with "il" (or "elle" when `feminine`).
    func agreement(_ agreement: Agreement, feminine: Bool) -> PronounAgreement {
        let gender = agreement.gender == .both || agreement.gender == (feminine ? .feminine : .masculine)
        return gender && agreement.number != .plural ? .agrees : .disagrees
    }

    /// Whether the last noun in `region` agreeing with the pronoun names a thing; false when
    /// none agrees or a proper name comes first (going backwards).
    func lastAgreeingNounIsThing(in region: Range<Int>, feminine: Bool) -> Bool {
        for j in region.reversed() where items[j].kind == .glossary ? !items[j].isGlossaryPhrase : (items[j].kind == .word && (items[j].pos == .noun || isProperName(items[j]))) {
            switch agreement(ofNoun: j, feminine: feminine) {
            case .name: return false
            case .agrees: return !isPerson(j)
            case .disagrees: continue
            }
        }
        return false
    }

    /// Whether the noun (or glossary term) at `k` names a person or an animal (``personNouns``).
    func isPerson(_ k: Int) -> Bool {
        let item = items[k]
        if item.kind == .glossary {
            return item.lower.split(separator: " ").contains { word in
                Self.personNouns.contains(String(word)) || translator.lexicon.analyses(of: String(word)).contains { $0.partOfSpeech == .noun && Self.personNouns.contains($0.lemma) }
            } || Self.personNouns.contains(item.lower)
        }
        return Self.personNouns.contains(item.lower) || Self.personNouns.contains(item.lemma ?? "")
    }

    /// Words opening a new clause: a possessive after one does not look back past it.
    static let clauseOpeners: Set<String> = ["mais", "car", "que", "qu'", "quand", "lorsque", "lorsqu'", "si", "s'", "puisque", "puisqu'", "dont", "où", "qui"]

    /// The English of the possessive "son"/"sa"/"ses" at `k` from the subject of the nearest
    /// verb before it in its sentence (through "qui" to its noun; no comma or new clause
    /// between the verb and the possessive): "its" for a thing ("Le
    /// gouvernement a présenté son plan" → "its plan"), "her" for "elle" or a feminine person
    /// noun ("Elle a porté plainte contre son voisin" → "her neighbor"), "his" for "il" or a
    /// masculine one. Nil — the lexicon's "his" — for a proper name, a plural subject, a noun of
    /// either gender, or no subject found.
    func possessiveOverride(at k: Int) -> String? {
        guard k < items.count else { return nil }
        let start = sentenceStart(before: k)
        guard let verb = (start..<k).last(where: { items[$0].kind == .word && items[$0].isFiniteVerb && !items[$0].isInvertedPronoun }) else {
            return frontedPhraseSubject(after: k).flatMap { possessive(forSubject: $0) }
        }
        // A new clause between the verb and the possessive ("…, mais sa formation"): its subject is another.
        guard !items[(verb + 1)..<k].contains(where: { $0.kind == .punctuation || Self.clauseOpeners.contains($0.lower) }) else { return nil }
        var v = verb
        while v > start, items[v - 1].kind == .word, items[v - 1].lower == "ne" || items[v - 1].lower == "n'" || Self.clitics.contains(items[v - 1].lower) {
            v -= 1
        }
        var s = v - 1
        if s > start, items[s].lower == "qui" {   // "la voiture qui a perdu sa roue"
            s -= 1
            // "la réalité virtuelle, qui s'est développée avec sa division": a noun right after its
            // determiner (not a date: "le 6 juillet, qui …").
            if s > start + 1, items[s].surface == ",", items[s - 2].kind == .word, items[s - 2].pos == .determiner { s -= 1 }
        }
        guard s >= start else { return nil }
        return possessive(forSubject: s)
    }

    /// The subject of the main clause after a phrase that opens the sentence and holds the
    /// possessive at `k` ("Lors de sa transformation, l'entreprise a opéré …" → "l'entreprise"):
    /// the first noun after the phrase's comma, when a finite verb follows it (adjectives between).
    func frontedPhraseSubject(after k: Int) -> Int? {
        guard let comma = (k..<items.count).first(where: { items[$0].kind == .punctuation }), items[comma].surface == "," else { return nil }
        var s = comma + 1
        while s < items.count, items[s].kind == .word, items[s].pos == .determiner { s += 1 }
        guard s < items.count, items[s].kind == .glossary || (items[s].kind == .word && items[s].pos == .noun) else { return nil }
        var v = s + 1
        while v < items.count, items[v].kind == .word, items[v].pos == .adjective { v += 1 }
        guard v < items.count, items[v].kind == .word, items[v].isFiniteVerb || Self.clitics.contains(items[v].lower) else { return nil }
        return s
    }

    /// "its", "his" or "her" for a possessive whose owner is the subject at `s` (see
    /// ``possessiveOverride(at:)``).
    func possessive(forSubject s: Int) -> String? {
        let subject = items[s]
        if subject.kind == .word, subject.lower == "il" || subject.lower == "elle" {
            if subjectPronounOverride(at: s) == "it" { return "its" }
            return subject.lower == "il" ? "his" : "her"
        }
        guard subject.kind == .glossary ? !subject.isGlossaryPhrase : (subject.kind == .word && subject.pos == .noun) else { return nil }
        let masculine = agreement(ofNoun: s, feminine: false)
        let feminine = agreement(ofNoun: s, feminine: true)
        guard masculine != .name, feminine != .name, masculine == .agrees || feminine == .agrees else { return nil }
        if !isPerson(s) { return "its" }
        if masculine == .agrees, feminine != .agrees { return "his" }
        if feminine == .agrees, masculine != .agrees { return "her" }
        return nil
    }
}

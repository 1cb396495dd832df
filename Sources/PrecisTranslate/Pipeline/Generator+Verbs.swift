import PrecisText

/// Verb groups: the entry point (`verbGroup()`), English conjugation and the tables the
/// verb steps share, and "il y a". A group is read into a `VerbGroup` in
/// Generator+VerbParsing.swift and written in English in Generator+VerbRendering.swift.
extension Generator {
    /// Verbs conjugated with être in compound tenses (être + participle is then not a passive).
    static let etreVerbs: Set<String> = [
        "aller", "venir", "arriver", "partir", "naître", "mourir", "décéder", "tomber", "rester", "entrer", "rentrer",
        "sortir", "devenir", "revenir", "retourner", "monter", "descendre", "parvenir", "intervenir", "survenir",
        "redevenir", "repartir", "ressortir", "apparaître", "disparaître", "passer",
    ]
    /// The person and number of French subject pronouns ("ils" → 3rd plural).
    static let subjectPersons: [String: (person: Int, plural: Bool)] = [
        "je": (1, false), "j'": (1, false), "tu": (2, false), "il": (3, false), "elle": (3, false), "on": (3, false),
        "nous": (1, true), "vous": (2, true), "ils": (3, true), "elles": (3, true), "c'": (3, false), "ce": (3, false),
    ]

    /// The English tenses a French finite form is written in.
    enum Tense { case present, past, future, conditional, base }

    /// The English tense of a French one: the imperfect and simple past are the past, the
    /// subjunctive the present ("bien qu'il soit" → "although he is", not "be").
    static func englishTense(_ tense: VerbForm.Tense) -> Tense {
        switch tense {
        case .present, .subjunctive: .present
        case .imperfect, .simplePast: .past
        case .future: .future
        case .conditional: .conditional
        default: .base
        }
    }

    /// `verb` conjugated: ["will", "announce"], ["announces"], ["was"].
    static func conjugate(_ verb: String, _ tense: Tense, person: Int, plural: Bool) -> [String] {
        let head = verb.split(separator: " ").first.map { String($0).lowercased() } ?? verb
        if EnglishInflector.modals.contains(head) {
            // A modal has no "will"/"would" form of its own: "devrais" → "should", "pouvait" → "could".
            switch tense {
            case .past, .conditional: return [EnglishInflector.modalPast[head].map { verb.replacingFirstWord(with: $0) } ?? verb]
            default: return [verb]
            }
        }
        return switch tense {
        case .present: [EnglishInflector.verb(verb, .present, person: person, plural: plural)]
        case .past: [EnglishInflector.verb(verb, .past, person: person, plural: plural)]
        case .future: ["will", verb]
        case .conditional: ["would", verb]
        case .base: [verb]
        }
    }

    /// Writes the verb group at `i` in English: reads it (`parseVerbGroup()`), then writes
    /// its English chain (`render(_:)`). "il ne l'a pas annoncé" → "he did not announce it".
    mutating func verbGroup() {
        let start = i
        guard let group = parseVerbGroup() else {
            // Not a verb after all: write the words one by one ("ne" as "not", then the clitics).
            for k in start..<i {
                if k == start, items[k].lower == "ne" || items[k].lower == "n'" {
                    emitGrammar("not", at: items[k], origin: "negation")
                } else {
                    emitWord(items[k])
                }
            }
            return
        }
        render(group)
    }

    /// Reflexive verbs whose English is another verb, by lemma: "se trouver" → "be".
    static let reflexiveMeanings: [String: String] = [
        "trouver": "be", "rendre": "go", "passer": "happen", "souvenir": "remember", "attendre": "expect",
        "demander": "wonder", "mettre": "start", "tromper": "be wrong", "taire": "keep quiet", "produire": "happen",
        "dérouler": "take place", "tenir": "be held", "présenter": "run", "retrouver": "find oneself", "sentir": "feel",
        "agir": "be", "moquer": "mock", "plaindre": "complain", "méfier": "be wary", "rendre compte": "realize",
        "battre": "fight", "marier": "get married", "réunir": "meet", "installer": "settle", "lever": "get up",
        "coucher": "go to bed", "réveiller": "wake up", "inquiéter": "worry", "interroger": "wonder", "opposer": "oppose",
        "inviter": "show up",
    ]
    /// Reflexive verbs whose English takes a direct object where French has "de": "se souvenir
    /// de tout" → "remember everything", "se moquer de lui" → "mock him".
    static let reflexivesDroppingDe: Set<String> = ["souvenir", "moquer"]

    /// Verbs whose English is a phrase with a bare noun after them, by lemma and noun: "porter
    /// plainte" → "file a complaint" (the verb is conjugated: "a porté plainte" → "filed a
    /// complaint"), "avoir lieu" → "take place".
    static let verbNounIdioms: [String: [String: String]] = [
        "porter": ["plainte": "file a complaint"],
        "déposer": ["plainte": "file a complaint"],
        "avoir": ["lieu": "take place", "besoin": "need", "envie": "want"],
        "prendre": ["part": "take part", "fin": "end"],
    ]

    /// Nouns of ``verbNounIdioms`` whose "de" is the English verb's object: "avoir besoin de
    /// temps" → "need time" ("avoir besoin de partir" keeps "to": "need to leave").
    static let idiomNounsTakingDe: Set<String> = ["besoin", "envie"]

    /// The English of the group's main verb with the bare noun at `i`, when
    /// ``verbNounIdioms`` lists them ("a porté plainte").
    func verbNounIdiom(of group: VerbGroup) -> String? {
        guard group.progressive == nil, group.remainsTo == nil, !(group.participle?.lemma == "falloir") else { return nil }
        let main = group.participle ?? group.infinitive ?? group.finite
        return verbNounIdiom(of: main.lemma ?? group.lemma, at: i)
    }

    /// The English of the verb `lemma` with the bare noun at `k`, when ``verbNounIdioms``
    /// lists them. A glossary term opening with that noun keeps its own English after the
    /// idiom's verb and article: "porter plainte pour viol" → "file a rape complaint".
    func verbNounIdiom(of lemma: String, at k: Int) -> String? {
        guard k < items.count, let idioms = Self.verbNounIdioms[lemma] else { return nil }
        if items[k].kind == .word { return idioms[items[k].lower] }
        guard items[k].kind == .glossary, let noun = items[k].lower.split(separator: " ").first, let idiom = idioms[String(noun)] else { return nil }
        let words = idiom.split(separator: " ")
        guard words.count == 3, words[1] == "a" else { return nil }   // "file a complaint": a countable noun
        return "\(words[0]) a \(english(of: items[k]).text)"
    }

    /// Verbs whose English depends on their object: "porter un masque" → "wear a mask".
    static let objectSensitiveVerbs: [String: (objects: Set<String>, english: String)] = [
        "porter": (["masque", "masques", "gant", "gants", "lunettes", "casque", "casques", "vêtement", "vêtements", "uniforme",
                    "costume", "robe", "maillot", "chapeau", "voile", "foulard", "brassard", "badge", "bracelet", "cravate",
                    "chemise", "veste", "blouse", "tenue", "perruque", "barbe", "moustache", "nom"], "wear"),
        "passer": (["test", "tests", "examen", "examens", "concours", "bac", "baccalauréat", "permis", "entretien", "entretiens",
                    "épreuve", "épreuves", "audition", "radio", "scanner", "IRM"], "take"),
    ]

    /// The English `lemma` takes before the object starting at `start`, when a rule of
    /// ``objectSensitiveVerbs`` applies (determiners and adjectives before the noun skipped).
    func englishForObject(of lemma: String, at start: Int) -> String? {
        guard let rule = Self.objectSensitiveVerbs[lemma] else { return nil }
        var j = start
        while j < items.count, j < start + 3, items[j].kind == .word, items[j].pos == .determiner || items[j].pos == .adjective { j += 1 }
        guard j < items.count, items[j].kind == .word || items[j].kind == .glossary else { return nil }
        let head = Folding.lowercase(items[j].surface.split(separator: " ").first ?? "")
        return rule.objects.contains(head) || rule.objects.contains(items[j].lemma ?? "") ? rule.english : nil
    }

    /// Verbs whose lexicon English needs a direct object ("passer du temps" → "spend time"),
    /// with their English when none follows: before a preposition ("passer de 10 à 20" → "go
    /// from 10 to 20", "passer devant le Sénat" → "go before the Senate") and otherwise ("la
    /// loi passe" → "the law passes", "le temps passe vite" → "time passes quickly").
    static let intransitiveVerbs: [String: (beforePreposition: String, alone: String)] = ["passer": ("go", "pass")]
    /// Prepositions after which ``intransitiveVerbs`` take their `beforePreposition` English.
    static let prepositionsAfterIntransitive: Set<String> = [
        "à", "au", "aux", "de", "d'", "chez", "dans", "devant", "derrière", "vers", "sur", "sous", "entre", "par",
    ]
    /// Prepositions whose English after a given verb is not their own, by verb lemma then
    /// preposition ("de" stands for d', du and des too): "passer par le Sénat" → "go through
    /// the Senate" (not "pass by"), "parler des règles" → "speak about the rules", "dépendre
    /// de" → "depend on", "penser à son travail" → "think about his work"; an empty English is
    /// a direct object ("discuter des règles" → "discuss the rules").
    static let prepositionsAfterVerb: [String: [String: String]] = [
        "passer": ["par": "through"], "parler": ["de": "about"], "discuter": ["de": ""], "venir": ["de": "from"],
        "dépendre": ["de": "on"], "souffrir": ["de": "from"], "bénéficier": ["de": "from"], "profiter": ["de": "of"],
        "rêver": ["de": "of"], "douter": ["de": ""], "penser": ["à": "about"], "participer": ["à": "in"],
    ]

    /// Prepositions whose English after a given adjective is not their own: "responsable de" →
    /// "responsible for".
    static let prepositionsAfterAdjective: [String: [String: String]] = ["responsable": ["de": "for"]]

    /// The key of a preposition in ``prepositionsAfterVerb``: "de" for d', du and des.
    static func prepositionKey(_ lower: String) -> String {
        ["d'", "du", "des"].contains(lower) ? "de" : lower
    }

    /// The English of the preposition at `k` after the verb it follows (adverbs between
    /// skipped; in a fronted question the verb before the subject: "Le PSG a-t-il parlé des
    /// règles ?"), when ``prepositionsAfterVerb`` lists them; nil after a passive ("a été
    /// passé par" keeps its agent's "by").
    func prepositionAfterVerb(at k: Int) -> String? {
        var j = items[k].followsFrontedVerb ? Translator.frontedVerb(items, before: k) ?? k - 1 : k - 1
        while j > 0, items[j].kind == .word, items[j].pos == .adverb { j -= 1 }
        if j >= 0, items[j].kind == .word, items[j].pos == .adjective, let lemma = items[j].lemma,
           let english = Self.prepositionsAfterAdjective[lemma]?[Self.prepositionKey(items[k].lower)] {
            return english   // "responsable de l'embauche" → "responsible for the hiring"
        }
        guard j >= 0, items[j].kind == .word, items[j].pos?.isVerbal == true, let lemma = items[j].lemma,
              let english = Self.prepositionsAfterVerb[lemma]?[Self.prepositionKey(items[k].lower)],
              !(j > 0 && items[j - 1].lower == "été") else { return nil }
        return english
    }

    /// The English `lemma` takes when no direct object starts at `start` (adverbs skipped), when
    /// it is one of ``intransitiveVerbs``; the caller checks there are no object clitics. After
    /// the auxiliary être the verb has no object ("il est passé l'an dernier" → "he passed last
    /// year"), whatever follows.
    func englishWithoutObject(of lemma: String, at start: Int, auxiliaryEtre: Bool = false) -> String? {
        guard let rule = Self.intransitiveVerbs[lemma] else { return nil }
        var j = start
        while j < items.count, j < start + 2, items[j].kind == .word, items[j].pos == .adverb,
              !(j + 1 < items.count && ["de", "d'"].contains(items[j + 1].lower)) { j += 1 }   // "plus de 60 ans" is an object
        // An object: a noun phrase, a number word ("passer trois jours"), "tout" ("tout son
        // temps") or a quantity ("plus de 60 ans").
        let object = j < items.count && (startsObject(items[j]) || items[j].pos == .numeral
                                         || ["tout", "toute", "tous", "toutes"].contains(items[j].lower)
                                         || (items[j].pos == .adverb && j + 1 < items.count && ["de", "d'"].contains(items[j + 1].lower))
                                         || (items[j].isGlossaryPhrase && items[j].lower.hasSuffix(" de")))
        guard auxiliaryEtre || !object else { return nil }
        if j < items.count, items[j].kind == .word, Self.prepositionsAfterIntransitive.contains(items[j].lower) { return rule.beforePreposition }
        return rule.alone
    }

    /// An adverb in -ment ("soudainement" → "suddenly") not modifying a following adjective:
    /// English puts it before the verb.
    static func isMannerAdverb(_ items: [Item], at k: Int) -> Bool {
        guard items[k].lower.hasSuffix("ment"), items[k].analysis?.preferredEnglish.hasSuffix("ly") == true else { return false }
        return !(k + 1 < items.count && (items[k + 1].pos == .adjective || items[k + 1].pos == .adverb))
    }

    /// English words a question puts before its subject ("can you", "does he").
    static let auxiliaries: Set<String> = ["is", "are", "am", "was", "were", "has", "have", "had", "will", "would", "can",
                                           "could", "must", "should", "may", "might", "do", "does", "did"]

    /// Adverbs English writes before the main verb ("a déjà annoncé" → "already announced").
    static let verbAdverbs: Set<String> = ["déjà", "toujours", "encore", "bien", "aussi", "vraiment", "enfin", "également",
                                           "notamment", "beaucoup", "souvent", "jamais", "désormais", "peut-être", "même", "pourtant", "donc", "ainsi"]

    /// The English of a French modal before an infinitive ("peut" → "can", "devrait" →
    /// "should", "va" → "will"), or nil when the verb is not one in that tense.
    static func modal(_ lemma: String, _ tense: Tense) -> [String]? {
        switch (lemma, tense) {
        case ("pouvoir", .present): ["can"]
        case ("pouvoir", .past), ("pouvoir", .conditional): ["could"]
        case ("pouvoir", .future): ["will", "be", "able", "to"]
        case ("devoir", .present): ["must"]
        case ("devoir", .conditional): ["should"]
        case ("devoir", .past): ["had", "to"]
        case ("devoir", .future): ["will", "have", "to"]
        case ("aller", .present): ["will"]
        case ("aller", .past): ["was", "going", "to"]
        case ("falloir", .present): ["must"]
        case ("falloir", .past): ["had", "to"]
        case ("falloir", .future): ["will", "have", "to"]
        case ("falloir", .conditional): ["should"]
        case ("vouloir", .conditional): ["would", "like", "to"]
        default: nil
        }
    }

    /// The subject pronoun just before the verb group, if any.
    func previousSubject(before item: Item) -> String? {
        guard let k = items.firstIndex(where: { $0.range == item.range }), k > 0 else { return nil }
        let previous = items[k - 1]
        return Self.subjectPersons[previous.lower] != nil ? previous.lower : nil
    }

    /// "il y a" → "there is"; "il y a deux ans" → "two years ago". Returns false when not at one.
    mutating func thereIs() -> Bool {
        var j = i + 1
        var negated = false
        if j < items.count, items[j].lower == "n'" { negated = true; j += 1 }
        var hasEn = false
        if j + 2 < items.count, items[j].lower == "y", items[j + 1].lower == "en" { hasEn = true }   // "il y en a"
        let v = hasEn ? j + 2 : j + 1
        guard v < items.count, items[j].lower == "y", items[v].lemma == "avoir",
              let form = items[v].analyses.first(where: { $0.partOfSpeech.isVerbal && $0.finiteForm != nil })?.finiteForm else { return false }
        let verb = items[v]
        j = v + 1
        var negation: Item?
        if negated, j < items.count, ["pas", "plus", "jamais"].contains(items[j].lower) { negation = items[j]; j += 1 }
        // "il n'y a que deux solutions" → "there are only two solutions".
        var only: Item?
        if negated, negation == nil, j + 1 < items.count, ["que", "qu'"].contains(items[j].lower) { only = items[j]; j += 1 }
        // "il y a deux ans" → "two years ago".
        if negation == nil, only == nil, form.tense == .present, j + 1 < items.count, items[j].kind == .number || items[j].pos == .numeral || items[j].lower == "quelques" || items[j].lower == "plusieurs",
           ["an", "année", "mois", "jour", "semaine", "heure", "minute", "siècle", "décennie"].contains(items[j + 1].lemma ?? "") {
            i = j
            nounPhrase()
            emitGrammar("ago", at: verb, origin: "il y a + duration → ago")
            return true
        }
        let start = items[i]
        i = j
        let tense = Self.englishTense(form.tense)
        // "il y a des / trois / quelques …" → "there are": a plural determiner, or a number above one.
        let pluralOpeners: Set<String> = ["des", "plusieurs", "quelques", "nombreux", "nombreuses", "certains", "certaines",
                                          "ces", "les"]
        var plural = j < items.count && (pluralOpeners.contains(items[j].lower)
            || (items[j].kind == .number && items[j].surface != "1")
            || (items[j].kind == .word && items[j].pos == .numeral && !["un", "une", "zéro"].contains(items[j].lower)))
        if j + 1 < items.count, items[j].lower == "de" || items[j].lower == "d'" { plural = items[j + 1].analysis?.isPlural ?? false }
        // A quantity term whose English counts ("trop de monde" → "too many people", "beaucoup
        // de gens" → "a lot of people"; "a lot of work" stays singular).
        if j < items.count, items[j].kind == .glossary {
            let term = english(of: items[j]).text.lowercased()
            if ["many ", "too many ", "so many ", "how many ", "few ", "several "].contains(where: term.hasPrefix) {
                plural = true
            } else if term.hasPrefix("a lot of ") || term.hasPrefix("lots of "), let last = term.split(separator: " ").last.map(String.init) {
                plural = EnglishInflector.singular(last) != last
            }
        }
        // "il y a trop de cas" → "there are too many cases": the noun after the quantity decides
        // (after "très", "si", "bien": "il y a très peu de pays" → "there are very few countries").
        let q = j + 1 < items.count && ["très", "si", "bien", "vraiment"].contains(items[j].lower) ? j + 1 : j
        if q + 2 < items.count, Self.quantities[items[q].lower] != nil, items[q + 1].lower == "de" || items[q + 1].lower == "d'",
           items[q + 2].kind == .word || items[q + 2].kind == .glossary {
            plural = quantityNounIsPlural(at: q)
        }
        var words: [String] = ["there"]
        switch tense {
        case .present: words += [plural ? "are" : "is"]
        case .past: words += [plural ? "were" : "was"]
        case .future: words += ["will", "be"]
        case .conditional: words += ["would", "be"]
        case .base: words += ["be"]
        }
        if let negation {
            words.insert(negation.lower == "plus" ? "no longer" : negation.lower == "jamais" ? "never" : "no", at: words.count == 2 ? 2 : 2)
            if j < items.count, items[j].lower == "de" || items[j].lower == "d'" { i += 1 }   // "pas de" → "no"
        }
        for (n, word) in words.enumerated() {
            emit(word, n == 0 ? start : verb, rule: .grammar, origin: "il y a → there is")
        }
        if let only { emit("only", only, rule: .grammar, origin: "il n'y a que → there is only") }
        return true
    }
}

extension String {
    /// The string with its first word replaced.
    func replacingFirstWord(with word: String) -> String {
        guard let space = firstIndex(of: " ") else { return word }
        return word + self[space...]
    }
}

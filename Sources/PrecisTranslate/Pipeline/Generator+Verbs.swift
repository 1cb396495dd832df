/// Verb groups: tense and person, compound tenses, the passive, modals, negation with
/// do-support, adverbs and object pronouns in English order.
extension Generator {
    /// Verbs conjugated with être in compound tenses (être + participle is then not a passive).
    static let etreVerbs: Set<String> = [
        "aller", "venir", "arriver", "partir", "naître", "mourir", "décéder", "tomber", "rester", "entrer", "rentrer",
        "sortir", "devenir", "revenir", "retourner", "monter", "descendre", "parvenir", "intervenir", "survenir",
        "redevenir", "repartir", "ressortir", "apparaître", "disparaître",
    ]
    static let subjectPersons: [String: (person: Int, plural: Bool)] = [
        "je": (1, false), "j'": (1, false), "tu": (2, false), "il": (3, false), "elle": (3, false), "on": (3, false),
        "nous": (1, true), "vous": (2, true), "ils": (3, true), "elles": (3, true), "c'": (3, false), "ce": (3, false),
    ]

    enum Tense { case present, past, future, conditional, base }

    static func englishTense(_ tense: VerbForm.Tense) -> Tense {
        switch tense {
        case .present: .present
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

    mutating func render(_ group: VerbGroup) {
        let finite = group.finite
        let finiteAnalysis = group.finiteAnalysis
        let clitics = group.clitics
        let invertedSubject = group.invertedSubject
        let isQuestion = group.isQuestion
        let subjectPronoun = group.subjectPronoun
        let negation = group.negation
        let adverbs = group.adverbs
        let onlyItem = group.only
        let ete = group.ete
        let participle = group.participle
        let infinitive = group.infinitive
        let infinitiveObjects = group.infinitiveObjects
        let tense = group.tense
        let isImperative = group.isImperative
        let lemma = group.lemma
        var subjectText: String?   // a subject English needs in another form ("il s'agit" → "it")
        if let subject = invertedSubject, !isQuestion {
            let e = english(of: subject)
            emit(e.text, subject, rule: e.rule, origin: (e.origin ?? "") + "; inversion → subject first")
        }
        var form = group.form
        // "on" written "we" agrees as "we" does.
        if subjectPronoun == "on", pieces.last?.text.lowercased() == "we" { form.person = 1; form.isPlural = true }
        if let last = group.cliticSubject {
            emit(last.lower == "nous" ? "we" : "you", last, rule: .lexicon, origin: "subject pronoun")
        }
        let person = form.person, plural = form.isPlural
        var words: [(text: String, item: Item, rule: TranslationSpan.Rule, origin: String?)] = []
        func add(_ text: String, _ item: Item, _ rule: TranslationSpan.Rule = .grammar, _ origin: String? = nil) {
            for word in text.split(separator: " ") { words.append((String(word), item, rule, origin)) }
        }
        let mainItem = participle ?? infinitive ?? finite
        var mainEnglish = english(of: mainItem)
        if mainItem.lower == finite.lower, mainItem.range == finite.range {
            mainEnglish.text = finiteAnalysis.preferredEnglish
            mainEnglish.origin = finiteAnalysis.origin.description
        }
        let reflexive = clitics.contains { $0.lower == "se" || $0.lower == "s'" }
        // Reflexive verbs whose English is another verb: "se trouver" → "be", "se rendre" → "go".
        if reflexive, let english = Self.reflexiveMeanings[(participle ?? infinitive ?? finite).analysis?.lemma ?? finiteAnalysis.lemma] {
            mainEnglish.text = english
            mainEnglish.origin = "se \(finiteAnalysis.lemma) → \(english)"
        }
        // "il s'agit de …" → "it is …".
        var skipDe = false
        if reflexive, finiteAnalysis.lemma == "agir", participle == nil, infinitive == nil {
            mainEnglish.text = "be"
            mainEnglish.origin = "s'agir de → be"
            if invertedSubject == nil, let last = pieces.last, last.text.lowercased() == "he" { pieces[pieces.count - 1].text = last.text == "He" ? "It" : "it" }
            if let subject = invertedSubject, subject.lower == "il" { subjectText = "it" }
            skipDe = true
        }
        let justItem = group.justInfinitive
        var lexicalSimple = false   // a single lexical verb in the present or past: negation needs "do"
        var pastFromPerfect = false
        if let justItem {
            for w in Self.conjugate("have", tense, person: person, plural: plural) { add(w, finite, .grammar, "venir de + infinitive → have just") }
            add("just", finite, .grammar, "venir de + infinitive → have just")
            let e = english(of: justItem)
            add(EnglishInflector.verb(e.text, .pastParticiple), justItem, e.rule, e.origin)
        } else if let participle {
            let isPassive = lemma == "être" && !reflexive && !Self.etreVerbs.contains(participle.lemma ?? "")
            let participleText = inflected(participle, mainEnglish.text, .pastParticiple)
            if isPassive {
                for w in Self.conjugate("be", tense, person: person, plural: plural) { add(w, finite, .grammar, "être + participle → passive") }
            } else if ete == nil, tense == .present {
                // Passé composé: the English simple past ("a annoncé" → "announced").
                add(inflected(participle, mainEnglish.text, .past, person: person, plural: plural), participle, mainEnglish.rule,
                    (mainEnglish.origin ?? "") + "; passé composé → simple past")
                lexicalSimple = true
                pastFromPerfect = true
            } else {
                for w in Self.conjugate("have", tense, person: person, plural: plural) { add(w, finite, .grammar, "compound tense → perfect") }
                if let ete { add("been", ete, .grammar, "a été + participle → has been") }
            }
            if !pastFromPerfect { add(participleText, participle, mainEnglish.rule, mainEnglish.origin) }
        } else if let ete, tense == .present {
            // "a été" without a participle: the simple past ("Qui a été le meilleur ?" → "Who was …").
            add(EnglishInflector.verb("be", .past, person: person, plural: plural), ete, .grammar, "a été → was")
        } else if let ete {
            for w in Self.conjugate("have", tense, person: person, plural: plural) { add(w, finite, .grammar, "avait été → had been") }
            add("been", ete, .lexicon, ete.analysis?.origin.description)
        } else if lemma == "falloir", let subject = pieces.last, subject.text.lowercased() == "he" || subject.text.lowercased() == "it" {
            // "il faut partir" → "we must leave"; "il faut du temps" → "it takes time".
            if let infinitive {
                pieces[pieces.count - 1].text = "we"
                for w in Self.modal("falloir", tense) ?? ["must"] { add(w, finite, .grammar, "il faut + infinitive → we must") }
                add(mainEnglish.text, infinitive, mainEnglish.rule, mainEnglish.origin)
            } else {
                pieces[pieces.count - 1].text = "it"
                for w in Self.conjugate("take", tense, person: 3, plural: false) { add(w, finite, .grammar, "il faut + noun → it takes") }
            }
        } else if let infinitive, let modal = Self.modal(lemma, tense) {
            for w in modal { add(w, finite, .grammar, "\(lemma) + infinitive") }
            add(mainEnglish.text, infinitive, mainEnglish.rule, mainEnglish.origin)
        } else if let infinitive {
            let verb = finiteAnalysis.preferredEnglish
            for w in Self.conjugate(verb, tense, person: person, plural: plural) { add(w, finite, .lexicon, finiteAnalysis.origin.description) }
            lexicalSimple = (tense == .present || tense == .past) && verb != "be" && !EnglishInflector.modals.contains(verb)
            add("to", infinitive, .grammar, "verb + infinitive")
            add(mainEnglish.text, infinitive, mainEnglish.rule, mainEnglish.origin)
        } else {
            let verb = mainEnglish.text.isEmpty ? "be" : mainEnglish.text
            let conjugated = Self.conjugate(verb, tense, person: person, plural: plural)
            for (n, w) in conjugated.enumerated() {
                add(w, finite, n == conjugated.count - 1 ? mainEnglish.rule : .grammar, n == conjugated.count - 1 ? mainEnglish.origin : "tense")
            }
            let head = verb.split(separator: " ").first.map(String.init) ?? verb
            lexicalSimple = (tense == .present || tense == .past) && head != "be" && !EnglishInflector.modals.contains(head)
        }
        // A question with inversion: the first auxiliary, then the subject ("can you", "does he").
        var afterAux = 1   // where "not", "only" and adverbs go: after the first auxiliary (and a question's subject)
        if isQuestion, let subject = invertedSubject {
            afterAux = 2
            var e = english(of: subject)
            if let subjectText { e.text = subjectText }
            if let first = words.first, Self.auxiliaries.contains(first.text.lowercased()), words.count > 1 || ["is", "are", "am", "was", "were"].contains(first.text) {
                words.insert((e.text, subject, e.rule, e.origin), at: 1)
            } else if let first = words.first, tense == .present || tense == .past {
                let doForm = EnglishInflector.verb("do", tense == .past || pastFromPerfect ? .past : .present, person: person, plural: plural)
                let base = mainEnglish.text.isEmpty ? first.text : ((participle == nil && infinitive == nil) || pastFromPerfect ? mainEnglish.text : finiteAnalysis.preferredEnglish)
                var rebuilt: [(text: String, item: Item, rule: TranslationSpan.Rule, origin: String?)] = [(doForm, finite, .grammar, "question: do-support"), (e.text, subject, e.rule, e.origin)]
                let baseWords = base.split(separator: " ")
                for w in baseWords { rebuilt.append((String(w), first.item, first.rule, first.origin)) }
                let consumed = base.split(separator: " ").count
                rebuilt += words.dropFirst(consumed)
                words = rebuilt
                lexicalSimple = false
            } else {
                words.insert((e.text, subject, e.rule, e.origin), at: min(1, words.count))
            }
        }
        // Negation and adverbs.
        if let negation {
            let word: String
            switch negation.lower {
            case "plus": word = "no longer"
            case "jamais": word = "never"
            case "guère": word = "hardly"
            case "rien", "personne": word = ""
            default: word = "not"
            }
            if !word.isEmpty, isImperative, word == "not" {
                words.insert(contentsOf: [("do", negation, .grammar, "negative imperative: do not"), ("not", negation, .grammar, "ne … pas")], at: 0)
            } else if !word.isEmpty {
                if word == "not", lexicalSimple, let firstWord = words.first {
                    let verbBase = (participle == nil && infinitive == nil) || pastFromPerfect ? (mainEnglish.text.isEmpty ? "be" : mainEnglish.text) : finiteAnalysis.preferredEnglish
                    let doForm = EnglishInflector.verb("do", tense == .past || pastFromPerfect ? .past : .present, person: person, plural: plural)
                    let rest = words.dropFirst(verbBase.split(separator: " ").count)
                    var rebuilt: [(text: String, item: Item, rule: TranslationSpan.Rule, origin: String?)] = [(doForm, finite, .grammar, "negation: do-support"), ("not", negation, .grammar, "ne … pas")]
                    for w in verbBase.split(separator: " ") { rebuilt.append((String(w), firstWord.item, firstWord.rule, firstWord.origin)) }
                    words = rebuilt + rest
                } else {
                    let at = words.count > 1 || !lexicalSimple ? afterAux : 0
                    var inserted: [(text: String, item: Item, rule: TranslationSpan.Rule, origin: String?)] = []
                    for w in word.split(separator: " ") { inserted.append((String(w), negation, .grammar, "ne … \(negation.lower)")) }
                    words.insert(contentsOf: inserted, at: min(at, words.count))
                }
            }
        }
        if let onlyItem {
            let at = words.count > 1 || !lexicalSimple || ["is", "are", "was", "were", "am"].contains(words.first?.text ?? "") ? afterAux : 0
            words.insert(("only", onlyItem, .grammar, "ne … que → only"), at: min(at, words.count))
        }
        if !adverbs.isEmpty {
            let at = words.count > 1 ? afterAux : 0
            var inserted: [(text: String, item: Item, rule: TranslationSpan.Rule, origin: String?)] = []
            for adverb in adverbs {
                let e = english(of: adverb)
                for w in e.text.split(separator: " ") { inserted.append((String(w), adverb, e.rule, e.origin)) }
            }
            words.insert(contentsOf: inserted, at: min(at, words.count))
        }
        // A fronted question ("Le PSG peut-il devenir …?"): the first auxiliary (or "do") now,
        // the rest after the subject.
        if finite.isFrontedQuestionVerb, invertedSubject == nil, !words.isEmpty {
            let head = words[0]
            if Self.auxiliaries.contains(head.text.lowercased()), words.count > 1 || ["is", "are", "am", "was", "were", "can", "could", "must", "should"].contains(head.text) {
                emit(head.text, head.item, rule: head.rule, origin: (head.origin ?? "") + "; question: verb first")
                afterSubject = Array(words.dropFirst())
            } else if tense == .present || tense == .past {
                emit(EnglishInflector.verb("do", tense == .past || pastFromPerfect ? .past : .present, person: person, plural: plural),
                     source: finite.range.lowerBound..<finite.range.lowerBound, rule: .grammar, origin: "question: do-support")
                let base = (participle == nil && infinitive == nil) || pastFromPerfect ? mainEnglish.text : finiteAnalysis.preferredEnglish
                afterSubject = base.split(separator: " ").map { (String($0), head.item, head.rule, head.origin) } + Array(words.dropFirst(base.split(separator: " ").count))
            } else {
                emit(head.text, head.item, rule: head.rule, origin: head.origin)
                afterSubject = Array(words.dropFirst())
            }
            awaitingSubject = true
            for clitic in clitics + infinitiveObjects { afterSubject.append((Self.objectPronoun(clitic.lower), clitic, .grammar, "object pronoun after the verb")) }
            return
        }
        if let can = words.firstIndex(where: { $0.text == "can" }), can + 1 < words.count, words[can + 1].text == "not" {
            words[can].text = "cannot"
            words.remove(at: can + 1)
        }
        for word in words { emit(word.text, word.item, rule: word.rule, origin: word.origin) }
        for clitic in bodyPartPossessive(after: clitics + infinitiveObjects, subject: subjectPronoun) { emitObject(clitic) }
        if skipDe, i < items.count, items[i].lower == "de" || items[i].lower == "d'" { i += 1 }
        // "je n'ai pas d'argent" → "I do not have any money".
        if let negation, ["pas", "plus", "jamais", "point"].contains(negation.lower), i + 1 < items.count, items[i + 1].lower != "accord",
           items[i].lower == "de" || items[i].lower == "d'", items[i + 1].kind == .glossary || [.noun, .adjective].contains(items[i + 1].pos) {
            emit("any", items[i], rule: .grammar, origin: "pas de → not … any")
            i += 1
        }
        if let negation, negation.lower == "rien" { emit("nothing", negation, rule: .grammar, origin: "ne … rien") }
        if let negation, negation.lower == "personne" { emit("anyone", negation, rule: .grammar, origin: "ne … personne") }
    }

    static let reflexiveMeanings: [String: String] = [
        "trouver": "be", "rendre": "go", "passer": "happen", "souvenir": "remember", "attendre": "expect",
        "demander": "wonder", "mettre": "start", "tromper": "be wrong", "taire": "keep quiet", "produire": "happen",
        "dérouler": "take place", "tenir": "be held", "présenter": "run", "retrouver": "find oneself", "sentir": "feel",
        "agir": "be", "moquer": "mock", "plaindre": "complain", "méfier": "be wary", "rendre compte": "realize",
        "battre": "fight", "marier": "get married", "réunir": "meet", "installer": "settle", "lever": "get up",
        "coucher": "go to bed", "réveiller": "wake up", "inquiéter": "worry", "interroger": "wonder", "opposer": "oppose",
    ]
    /// An adverb in -ment ("soudainement" → "suddenly") not modifying a following adjective:
    /// English puts it before the verb.
    static func isMannerAdverb(_ items: [Item], at k: Int) -> Bool {
        guard items[k].lower.hasSuffix("ment"), items[k].analysis?.preferredEnglish.hasSuffix("ly") == true else { return false }
        return !(k + 1 < items.count && (items[k + 1].pos == .adjective || items[k + 1].pos == .adverb))
    }

    /// English words a question puts before its subject ("can you", "does he").
    static let auxiliaries: Set<String> = ["is", "are", "am", "was", "were", "has", "have", "had", "will", "would", "can",
                                           "could", "must", "should", "may", "might", "do", "does", "did"]

    static let verbAdverbs: Set<String> = ["déjà", "toujours", "encore", "bien", "aussi", "vraiment", "enfin", "également",
                                           "notamment", "beaucoup", "souvent", "jamais", "désormais", "peut-être", "même", "pourtant", "donc", "ainsi"]

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
        // "il y a deux ans" → "two years ago".
        if negation == nil, form.tense == .present, j + 1 < items.count, items[j].kind == .number || items[j].pos == .numeral || items[j].lower == "quelques" || items[j].lower == "plusieurs",
           ["an", "année", "mois", "jour", "semaine", "heure", "minute", "siècle", "décennie"].contains(items[j + 1].lemma ?? "") {
            i = j
            nounPhrase()
            emitGrammar("ago", at: verb, origin: "il y a + duration → ago")
            return true
        }
        let start = items[i]
        i = j
        let tense = Self.englishTense(form.tense)
        var plural = j < items.count && (items[j].lower == "des" || items[j].lower == "plusieurs" || (items[j].kind == .number && items[j].surface != "1"))
        if j + 1 < items.count, items[j].lower == "de" || items[j].lower == "d'" { plural = items[j + 1].analysis?.isPlural ?? false }
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

/// Writing a parsed `VerbGroup` in English: the verb chain for its tense and construction,
/// then questions, negation, "only" and adverbs in English order, then object pronouns.
extension Generator {
    /// The English words of a verb group as they are built, and what the later steps need
    /// to know about them.
    struct VerbChain {
        var words: [EnglishWord] = []
        /// The English of the main verb (participle, infinitive or finite verb), uninflected.
        var main: (text: String, rule: TranslationSpan.Rule, origin: String?)
        /// The person and number the finite English verb agrees with.
        let person: Int
        let plural: Bool
        /// A single lexical verb in the present or past ("eats", "announced"): negation and
        /// questions need "do".
        var isLexicalSimple = false
        /// A passé composé written as the English simple past ("a annoncé" → "announced").
        var isPastFromPerfect = false
        /// Where "not", "only" and adverbs go: after the first auxiliary (and a question's subject).
        var afterAuxiliary = 1
        /// The inverted subject as English needs it, when not its own English ("s'agit-il" → "it").
        var questionSubject: String?
        /// Whether a "de" after the verb belongs to it and is not written ("il s'agit de").
        var skipsDe = false

        /// Adds each word of `text`, all from `item`.
        mutating func add(_ text: String, _ item: Item, _ rule: TranslationSpan.Rule = .grammar, _ origin: String? = nil) {
            for word in text.split(separator: " ") { words.append((String(word), item, rule, origin)) }
        }
    }

    /// Writes `group` in English: the subject if English needs it first, the verb chain in
    /// English order, then object pronouns and the words a negation adds after the verb.
    /// "il ne l'a pas annoncé" → "he did not announce it".
    mutating func render(_ group: VerbGroup) {
        let agreement = writeSubjectBeforeVerb(group)
        var chain = englishChain(for: group, person: agreement.person, plural: agreement.plural)
        if group.isQuestion, let subject = group.invertedSubject { questionOrder(&chain, subject: subject, group) }
        if let negation = group.negation { insertNegation(negation, into: &chain, group) }
        if let only = group.only { insertOnly(only, into: &chain) }
        if !group.adverbs.isEmpty { insertAdverbs(group.adverbs, into: &chain) }
        if group.isFrontedQuestion, !chain.words.isEmpty {
            writeFrontedQuestion(chain, group)
            return
        }
        Self.contractCannot(&chain.words)
        for word in chain.words { emit(word.text, word.item, rule: word.rule, origin: word.origin) }
        for clitic in bodyPartPossessive(after: group.clitics + group.infinitiveObjects, subject: group.subjectPronoun)
        where clitic.range != group.reflexiveClitic?.range {
            emitObject(clitic)
        }
        writeWordsAfterVerb(group, skipsDe: chain.skipsDe)
    }

    // MARK: The subject

    /// A subject English writes before the verb, and the person and number the verb then
    /// agrees with. An inverted subject outside a question goes first ("« … », explique-t-il"
    /// → "he explains"); a clitic subject is written ("nous allons" → "we"); "on" written
    /// "we" agrees as "we" ("on a gagné" → "we won").
    private mutating func writeSubjectBeforeVerb(_ group: VerbGroup) -> (person: Int, plural: Bool) {
        if let subject = group.invertedSubject, !group.isQuestion {
            let e = english(of: subject)
            emit(e.text, subject, rule: e.rule, origin: (e.origin ?? "") + "; inversion → subject first")
        }
        var form = group.form
        if group.subjectPronoun == "on", pieces.last?.text.lowercased() == "we" { form.person = 1; form.isPlural = true }
        if let subject = group.cliticSubject {
            emit(subject.lower == "nous" ? "we" : "you", subject, rule: .lexicon, origin: "subject pronoun")
        }
        return (form.person, form.isPlural)
    }

    // MARK: The verb chain

    /// The English verb chain for the group's tense and construction, before questions,
    /// negation and adverbs move or add words: "a été dévoilé" → "has been unveiled",
    /// "peut gagner" → "can win", "veut partir" → "wants to leave", "gagne" → "wins".
    private mutating func englishChain(for group: VerbGroup, person: Int, plural: Bool) -> VerbChain {
        var chain = VerbChain(main: mainVerbEnglish(for: group), person: person, plural: plural)
        if group.isReflexive, group.lemma == "agir", group.participle == nil, group.infinitive == nil { agirIsBe(&chain, group) }
        if let just = group.justInfinitive {
            haveJust(just, into: &chain, group)
        } else if let participle = group.participle {
            participleChain(participle, into: &chain, group)
        } else if let ete = group.ete {
            eteChain(ete, into: &chain, group)
        } else if group.lemma == "falloir", let subject = pieces.last, subject.text.lowercased() == "he" || subject.text.lowercased() == "it" {
            falloirChain(into: &chain, group)
        } else if let infinitive = group.infinitive, let modal = Self.modal(group.lemma, group.tense) {
            for w in modal { chain.add(w, group.finite, .grammar, "\(group.lemma) + infinitive") }
            chain.add(chain.main.text, infinitive, chain.main.rule, chain.main.origin)
        } else if let infinitive = group.infinitive {
            verbToInfinitive(infinitive, into: &chain, group)
        } else {
            simpleVerb(into: &chain, group)
        }
        return chain
    }

    /// The English of the main verb, uninflected: the participle's, the infinitive's or the
    /// finite verb's; a reflexive verb may have another English verb ("se trouver" → "be",
    /// "se rendre" → "go").
    private func mainVerbEnglish(for group: VerbGroup) -> (text: String, rule: TranslationSpan.Rule, origin: String?) {
        let mainItem = group.participle ?? group.infinitive ?? group.finite
        let e = english(of: mainItem)
        var main = (text: e.text, rule: e.rule, origin: e.origin)
        if mainItem.lower == group.finite.lower, mainItem.range == group.finite.range {
            main.text = group.finiteAnalysis.preferredEnglish
            main.origin = group.finiteAnalysis.origin.description
        }
        if group.isReflexive, let english = Self.reflexiveMeanings[mainItem.analysis?.lemma ?? group.lemma] {
            main.text = english
            main.origin = "se \(group.lemma) → \(english)"
        } else if (mainItem.analysis?.lemma ?? group.lemma) == "dire", group.clitics.contains(where: { $0.lower == "lui" || $0.lower == "leur" }) {
            main.text = "tell"   // "il lui a dit la vérité" → "he told him the truth"
            main.origin = "dire + indirect object → tell"
        } else if let english = englishForObject(of: mainItem.analysis?.lemma ?? group.lemma, at: i) {
            main.text = english
            main.origin = "\(mainItem.analysis?.lemma ?? group.lemma) + this object → \(english)"
        }
        return main
    }

    /// "il s'agit de …" → "it is …": the verb is "be", a subject "il" is "it" and the "de"
    /// is not written.
    private mutating func agirIsBe(_ chain: inout VerbChain, _ group: VerbGroup) {
        chain.main.text = "be"
        chain.main.origin = "s'agir de → be"
        if group.invertedSubject == nil, let last = pieces.last, last.text.lowercased() == "he" { pieces[pieces.count - 1].text = last.text == "He" ? "It" : "it" }
        if let subject = group.invertedSubject, subject.lower == "il" { chain.questionSubject = "it" }
        chain.skipsDe = true
    }

    /// "venir de + infinitive": "vient de commencer" → "has just begun".
    private func haveJust(_ just: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        for w in Self.conjugate("have", group.tense, person: chain.person, plural: chain.plural) {
            chain.add(w, group.finite, .grammar, "venir de + infinitive → have just")
        }
        chain.add("just", group.finite, .grammar, "venir de + infinitive → have just")
        let e = english(of: just)
        chain.add(EnglishInflector.verb(e.text, .pastParticiple), just, e.rule, e.origin)
    }

    /// Avoir, être or "a été" with a participle: the passive ("est arrêté" → "is arrested"),
    /// the passé composé as the simple past ("a annoncé" → "announced"), or a perfect
    /// ("avait annoncé" → "had announced", "a été dévoilé" → "has been unveiled").
    /// Verbs conjugated with être ("est mort" → "died") are not passives.
    private func participleChain(_ participle: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        let (person, plural) = (chain.person, chain.plural)
        let isPassive = group.lemma == "être" && !group.isReflexive && !Self.etreVerbs.contains(participle.lemma ?? "")
        let participleText = inflected(participle, chain.main.text, .pastParticiple)
        if isPassive {
            for w in Self.conjugate("be", group.tense, person: person, plural: plural) { chain.add(w, group.finite, .grammar, "être + participle → passive") }
        } else if group.ete == nil, group.tense == .present {
            chain.add(inflected(participle, chain.main.text, .past, person: person, plural: plural), participle, chain.main.rule,
                      (chain.main.origin ?? "") + "; passé composé → simple past")
            chain.isLexicalSimple = true
            chain.isPastFromPerfect = true
        } else {
            for w in Self.conjugate("have", group.tense, person: person, plural: plural) { chain.add(w, group.finite, .grammar, "compound tense → perfect") }
            if let ete = group.ete { chain.add("been", ete, .grammar, "a été + participle → has been") }
        }
        if !chain.isPastFromPerfect { chain.add(participleText, participle, chain.main.rule, chain.main.origin) }
    }

    /// "a été" / "avait été" without a participle: the simple past in the present ("Qui a été
    /// le meilleur ?" → "Who was the best?"), a perfect otherwise ("avait été" → "had been").
    private func eteChain(_ ete: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        if group.tense == .present {
            chain.add(EnglishInflector.verb("be", .past, person: chain.person, plural: chain.plural), ete, .grammar, "a été → was")
        } else {
            for w in Self.conjugate("have", group.tense, person: chain.person, plural: chain.plural) {
                chain.add(w, group.finite, .grammar, "avait été → had been")
            }
            chain.add("been", ete, .lexicon, ete.analysis?.origin.description)
        }
    }

    /// Impersonal "il faut" after a written "he"/"it", which it rewrites: "il faut partir" →
    /// "we must leave", "il faut du temps" → "it takes time".
    private mutating func falloirChain(into chain: inout VerbChain, _ group: VerbGroup) {
        if let infinitive = group.infinitive {
            pieces[pieces.count - 1].text = "we"
            for w in Self.modal("falloir", group.tense) ?? ["must"] { chain.add(w, group.finite, .grammar, "il faut + infinitive → we must") }
            chain.add(chain.main.text, infinitive, chain.main.rule, chain.main.origin)
        } else {
            pieces[pieces.count - 1].text = "it"
            for w in Self.conjugate("take", group.tense, person: 3, plural: false) { chain.add(w, group.finite, .grammar, "il faut + noun → it takes") }
        }
    }

    /// A verb that is not a modal before an infinitive: "veut partir" → "wants to leave".
    private func verbToInfinitive(_ infinitive: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        let verb = group.finiteAnalysis.preferredEnglish
        for w in Self.conjugate(verb, group.tense, person: chain.person, plural: chain.plural) {
            chain.add(w, group.finite, .lexicon, group.finiteAnalysis.origin.description)
        }
        chain.isLexicalSimple = (group.tense == .present || group.tense == .past) && verb != "be" && !EnglishInflector.modals.contains(verb)
        chain.add("to", infinitive, .grammar, "verb + infinitive")
        chain.add(chain.main.text, infinitive, chain.main.rule, chain.main.origin)
    }

    /// A lone finite verb in its tense: "défie" → "challenges", "sera" → "will be",
    /// "devrait" → "should".
    private func simpleVerb(into chain: inout VerbChain, _ group: VerbGroup) {
        let verb = chain.main.text.isEmpty ? "be" : chain.main.text
        let conjugated = Self.conjugate(verb, group.tense, person: chain.person, plural: chain.plural)
        for (n, w) in conjugated.enumerated() {
            let isLast = n == conjugated.count - 1
            chain.add(w, group.finite, isLast ? chain.main.rule : .grammar, isLast ? chain.main.origin : "tense")
        }
        let head = verb.split(separator: " ").first.map(String.init) ?? verb
        chain.isLexicalSimple = (group.tense == .present || group.tense == .past) && head != "be" && !EnglishInflector.modals.contains(head)
    }

    // MARK: Do-support

    /// Whether "do" takes the main verb's English as its base ("ne gagne pas" → "does not
    /// win", "n'a pas annoncé" → "did not announce") rather than the finite verb's ("ne veut
    /// pas partir" → "does not want to leave").
    private static func doSupportUsesMainVerb(_ chain: VerbChain, _ group: VerbGroup) -> Bool {
        (group.participle == nil && group.infinitive == nil) || chain.isPastFromPerfect
    }

    /// "does", "do" or "did" for the chain's tense and subject.
    private static func doForm(_ chain: VerbChain, _ group: VerbGroup) -> String {
        EnglishInflector.verb("do", group.tense == .past || chain.isPastFromPerfect ? .past : .present, person: chain.person, plural: chain.plural)
    }

    // MARK: Questions

    /// A question with an inverted subject pronoun: the first auxiliary, then the subject
    /// ("Peut-il gagner ?" → "Can he win?"), or "do" before a lexical verb ("A-t-il annoncé
    /// le test ?" → "Did he announce the test?").
    private func questionOrder(_ chain: inout VerbChain, subject: Item, _ group: VerbGroup) {
        chain.afterAuxiliary = 2
        var e = english(of: subject)
        if let text = chain.questionSubject { e.text = text }
        let subjectWord: EnglishWord = (e.text, subject, e.rule, e.origin)
        if let first = chain.words.first, Self.auxiliaries.contains(first.text.lowercased()),
           chain.words.count > 1 || ["is", "are", "am", "was", "were"].contains(first.text) {
            chain.words.insert(subjectWord, at: 1)
        } else if let first = chain.words.first, group.tense == .present || group.tense == .past {
            let base = chain.main.text.isEmpty ? first.text : (Self.doSupportUsesMainVerb(chain, group) ? chain.main.text : group.finiteAnalysis.preferredEnglish)
            var rebuilt: [EnglishWord] = [(Self.doForm(chain, group), group.finite, .grammar, "question: do-support"), subjectWord]
            for w in base.split(separator: " ") { rebuilt.append((String(w), first.item, first.rule, first.origin)) }
            rebuilt += chain.words.dropFirst(base.split(separator: " ").count)
            chain.words = rebuilt
            chain.isLexicalSimple = false
        } else {
            chain.words.insert(subjectWord, at: min(1, chain.words.count))
        }
    }

    /// A question whose verb was moved before its noun subject ("Le PSG peut-il gagner ?"):
    /// the first auxiliary (or "do") is written now, the rest of the chain and the object
    /// pronouns after the subject ("Can PSG win?", "Does the government challenge …?").
    private mutating func writeFrontedQuestion(_ chain: VerbChain, _ group: VerbGroup) {
        let words = chain.words
        let head = words[0]
        if Self.auxiliaries.contains(head.text.lowercased()), words.count > 1 || ["is", "are", "am", "was", "were", "can", "could", "must", "should"].contains(head.text) {
            emit(head.text, head.item, rule: head.rule, origin: (head.origin ?? "") + "; question: verb first")
            afterSubject = Array(words.dropFirst())
        } else if group.tense == .present || group.tense == .past {
            emit(Self.doForm(chain, group), source: group.finite.range.lowerBound..<group.finite.range.lowerBound, rule: .grammar, origin: "question: do-support")
            let base = Self.doSupportUsesMainVerb(chain, group) ? chain.main.text : group.finiteAnalysis.preferredEnglish
            afterSubject = base.split(separator: " ").map { (String($0), head.item, head.rule, head.origin) } + Array(words.dropFirst(base.split(separator: " ").count))
        } else {
            emit(head.text, head.item, rule: head.rule, origin: head.origin)
            afterSubject = Array(words.dropFirst())
        }
        awaitingSubject = true
        for clitic in group.objectClitics + group.infinitiveObjects {
            afterSubject.append((Self.objectPronoun(clitic.lower), clitic, .grammar, "object pronoun after the verb"))
        }
    }

    // MARK: Negation, "only", adverbs

    /// The second part of a negation in English order: "ne … pas" → "not" after the first
    /// auxiliary ("n'est pas arrêté" → "is not arrested") or with "do" ("ne défie pas" →
    /// "does not challenge"); "plus" → "no longer", "jamais" → "never", "guère" → "hardly";
    /// a negative imperative → "do not" ("Ne visitez pas" → "Do not visit"). "rien" and
    /// "personne" add nothing here (see `writeWordsAfterVerb`).
    private func insertNegation(_ negation: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        let word: String
        switch negation.lower {
        case "plus": word = "no longer"
        case "jamais": word = "never"
        case "guère": word = "hardly"
        case "rien", "personne": word = ""
        default: word = "not"
        }
        guard !word.isEmpty else { return }
        if group.isImperative, word == "not" {
            chain.words.insert(contentsOf: [("do", negation, .grammar, "negative imperative: do not"), ("not", negation, .grammar, "ne … pas")], at: 0)
        } else if word == "not", chain.isLexicalSimple, let firstWord = chain.words.first {
            doSupportNegation(negation, into: &chain, firstWord: firstWord, group)
        } else {
            let at = chain.words.count > 1 || !chain.isLexicalSimple ? chain.afterAuxiliary : 0
            var inserted: [EnglishWord] = []
            for w in word.split(separator: " ") { inserted.append((String(w), negation, .grammar, "ne … \(negation.lower)")) }
            chain.words.insert(contentsOf: inserted, at: min(at, chain.words.count))
        }
    }

    /// "not" before a single lexical verb needs "do": "ne défie pas" → "does not challenge",
    /// "n'a pas annoncé" → "did not announce".
    private func doSupportNegation(_ negation: Item, into chain: inout VerbChain, firstWord: EnglishWord, _ group: VerbGroup) {
        let verbBase = Self.doSupportUsesMainVerb(chain, group) ? (chain.main.text.isEmpty ? "be" : chain.main.text) : group.finiteAnalysis.preferredEnglish
        let rest = chain.words.dropFirst(verbBase.split(separator: " ").count)
        var rebuilt: [EnglishWord] = [(Self.doForm(chain, group), group.finite, .grammar, "negation: do-support"), ("not", negation, .grammar, "ne … pas")]
        for w in verbBase.split(separator: " ") { rebuilt.append((String(w), firstWord.item, firstWord.rule, firstWord.origin)) }
        chain.words = rebuilt + rest
    }

    /// "ne … que" → "only" before the lexical verb or after the first auxiliary: "il ne mange
    /// que du pain" → "he only eats bread", "ce n'est que le début" → "it is only the beginning".
    private func insertOnly(_ only: Item, into chain: inout VerbChain) {
        let words = chain.words
        let at = words.count > 1 || !chain.isLexicalSimple || ["is", "are", "was", "were", "am"].contains(words.first?.text ?? "") ? chain.afterAuxiliary : 0
        chain.words.insert(("only", only, .grammar, "ne … que → only"), at: min(at, words.count))
    }

    /// Adverbs before the lexical verb or after the first auxiliary: "a déjà annoncé" →
    /// "already announced", "a été soudainement dévoilé" → "has suddenly been unveiled".
    private func insertAdverbs(_ adverbs: [Item], into chain: inout VerbChain) {
        let at = chain.words.count > 1 ? chain.afterAuxiliary : 0
        var inserted: [EnglishWord] = []
        for adverb in adverbs {
            let e = english(of: adverb)
            for w in e.text.split(separator: " ") { inserted.append((String(w), adverb, e.rule, e.origin)) }
        }
        chain.words.insert(contentsOf: inserted, at: min(at, chain.words.count))
    }

    /// "can not" → "cannot" ("ne peut pas gagner" → "cannot win").
    private static func contractCannot(_ words: inout [EnglishWord]) {
        if let can = words.firstIndex(where: { $0.text == "can" }), can + 1 < words.count, words[can + 1].text == "not" {
            words[can].text = "cannot"
            words.remove(at: can + 1)
        }
    }

    // MARK: After the verb

    /// Words after the verb that belong to the group, advancing `i`: the "de" of "il s'agit
    /// de"; "pas de" → "not … any" ("je n'ai pas d'argent" → "I do not have any money");
    /// "ne … rien" → "nothing"; "ne … personne" → "anyone".
    private mutating func writeWordsAfterVerb(_ group: VerbGroup, skipsDe: Bool) {
        if skipsDe, i < items.count, items[i].lower == "de" || items[i].lower == "d'" { i += 1 }
        if let negation = group.negation, ["pas", "plus", "jamais", "point"].contains(negation.lower), i + 1 < items.count, items[i + 1].lower != "accord",
           items[i].lower == "de" || items[i].lower == "d'", items[i + 1].kind == .glossary || [.noun, .adjective].contains(items[i + 1].pos) {
            emit("any", items[i], rule: .grammar, origin: "pas de → not … any")
            i += 1
        }
        if let negation = group.negation, negation.lower == "rien" { emit("nothing", negation, rule: .grammar, origin: "ne … rien") }
        if let negation = group.negation, negation.lower == "personne" { emit("no one", negation, rule: .grammar, origin: "ne … personne") }
    }
}

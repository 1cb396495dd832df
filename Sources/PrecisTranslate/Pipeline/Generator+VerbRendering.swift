import PrecisGlossary

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
        /// Whether the bare noun after the verb is part of its English ("porte plainte" → "files
        /// a complaint") and is not written again.
        var skipsNoun = false

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
        if group.isQuestion, let subject = group.invertedSubject {
            // "La voiture est rouge. Est-elle rapide ?" → "Is it fast?"
            if chain.questionSubject == nil, let k = items.firstIndex(where: { $0.range == subject.range && $0.isInvertedPronoun }) {
                chain.questionSubject = subjectPronounOverride(at: k)
            }
            questionOrder(&chain, subject: subject, group)
        }
        if group.isFrontedQuestion { frontedDoSupport(&chain, group) }
        if let negation = group.negation { insertNegation(negation, into: &chain, group) }
        if let only = group.only { insertOnly(only, into: &chain) }
        let adverbs = group.adverbs.map { (item: $0, english: englishAdverb($0, group)) }
        var adverbsAfter = adverbs.filter { $0.english.place == .afterVerb }
        // "y" with a verb of place is "there", after the verb's object ("il veut y envoyer des
        // troupes" → "… send troops there").
        let verb = Self.mainLemma(of: group)
        for clitic in group.clitics + group.infinitiveObjects where Self.isThere(clitic.lower, verb: verb) {
            adverbsAfter.append((clitic, ("there", .afterVerb)))
        }
        if let price = group.priceAdverb, !price.english.isEmpty { adverbsAfter.append((price.item, (price.english, .afterVerb))) }
        if !group.adverbs.isEmpty { insertAdverbs(adverbs.filter { $0.english.place != .afterVerb }, into: &chain) }
        if group.isFrontedQuestion, !chain.words.isEmpty {
            writeFrontedQuestion(chain, group)
            adverbsAfterObject = adverbsAfter   // after the subject, the rest of the verb and its object
            negationAfterSubject = group.negation.map { ($0, Self.mainLemma(of: group)) }   // "n'ont-ils pas de voiture" → "… not have a car"
            return
        }
        Self.contractCannot(&chain.words)
        for word in chain.words { emit(word.text, word.item, rule: word.rule, origin: word.origin) }
        for clitic in bodyPartPossessive(after: group.clitics + group.infinitiveObjects, subject: group.subjectPronoun)
        where clitic.range != group.reflexiveClitic?.range && !Self.isThere(clitic.lower, verb: verb) {
            emitObject(clitic)
        }
        writeWordsAfterVerb(group, skipsDe: chain.skipsDe, skipsNoun: chain.skipsNoun)
        if !adverbsAfter.isEmpty { writeAdverbsAfterVerb(adverbsAfter) }
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
        chain.skipsNoun = verbNounIdiom(of: group) != nil
        if group.isReflexive, group.lemma == "agir", group.participle == nil, group.infinitive == nil { agirIsBe(&chain, group) }
        if group.isReflexive, group.participle == nil ? Self.reflexivesDroppingDe.contains(group.lemma) : Self.reflexivesDroppingDe.contains(group.participle?.lemma ?? "") {
            chain.skipsDe = true   // "il se souvient de tout" → "he remembers everything"
        }
        if let just = group.justInfinitive {
            haveJust(just, into: &chain, group)
        } else if isImpersonalFalloir(group) {
            falloirChain(into: &chain, group)
        } else if let progressive = group.progressive, let infinitive = group.infinitive {
            progressiveChain(progressive, infinitive, into: &chain, group)
        } else if let to = group.remainsTo, let infinitive = group.infinitive {
            remainsToChain(to, infinitive, into: &chain, group)
        } else if let participle = group.participle {
            participleChain(participle, into: &chain, group)
        } else if let ete = group.ete {
            eteChain(ete, into: &chain, group)
        } else if let infinitive = group.infinitive, beliefClause(infinitive, into: &chain, group) {
            // "je crois pouvoir le faire" → "I believe I can …": the clause is written.
        } else if let infinitive = group.infinitive, let modal = Self.questionModal(group) ?? Self.modal(group.lemma, group.tense) {
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
        // "il a fallu partir": the main verb is the infinitive after falloir's participle.
        let mainItem = group.participle?.lemma == "falloir" ? group.infinitive ?? group.participle! : group.participle ?? group.infinitive ?? group.finite
        let e = english(of: mainItem)
        var main = (text: e.text, rule: e.rule, origin: e.origin)
        if mainItem.lower == group.finite.lower, mainItem.range == group.finite.range {
            main.text = group.finiteAnalysis.preferredEnglish
            main.origin = group.finiteAnalysis.origin.description
        }
        let lemma = mainItem.analysis?.lemma ?? group.lemma
        if mainItem.range == group.infinitive?.range, let english = modalInfinitiveEnglish(lemma, at: objectIndex(after: group)) {
            main.text = english   // "veut pouvoir partir" → "wants to be able to leave"
            main.origin = "\(lemma) + infinitive → \(english)"
        } else if agreesAt(objectIndex(after: group), group) {
            main.text = "agree"   // "ils ne sont pas d'accord" → "they do not agree"
            main.origin = "être d'accord → agree"
        } else if let english = englishBeforePreposition(of: lemma, at: objectIndex(after: group)) {
            main.text = english   // "parle de partir" → "talks about leaving"
            main.origin = "\(lemma) before this preposition → \(english)"
        } else if let english = group.priceVerbEnglish {
            main.text = english
            main.origin = "\(mainItem.analysis?.lemma ?? group.lemma) cher → \(english)"
        } else if group.isReflexive || (mainItem.range == group.infinitive?.range && group.infinitiveObjects.contains { ["se", "s'"].contains($0.lower) }),
                  let english = Self.reflexiveMeanings[mainItem.analysis?.lemma ?? group.lemma] {   // also "il faut s'y rendre"
            main.text = english
            main.origin = "se \(group.lemma) → \(english)"
        } else if (mainItem.analysis?.lemma ?? group.lemma) == "dire",
                  (mainItem.range == group.infinitive?.range ? group.infinitiveObjects : group.objectClitics)
                      .contains(where: { ["lui", "leur", "me", "m'", "te", "t'", "nous", "vous"].contains($0.lower) }) {
            // "il lui a dit la vérité" → "he told him the truth", "pouvez-vous me dire" → "can you tell me"
            main.text = "tell"
            main.origin = "dire + indirect object → tell"
        } else if let english = verbNounIdiom(of: group) {
            main.text = english
            main.origin = "\(mainItem.analysis?.lemma ?? group.lemma) + bare noun → \(english)"
        } else if let english = englishForObject(of: mainItem.analysis?.lemma ?? group.lemma, at: objectIndex(after: group)) {
            main.text = english
            main.origin = "\(mainItem.analysis?.lemma ?? group.lemma) + this object → \(english)"
        } else if group.objectClitics.isEmpty, group.infinitiveObjects.isEmpty, group.ete == nil,
                  let english = englishWithoutObject(of: mainItem.analysis?.lemma ?? group.lemma, at: objectIndex(after: group),
                                                     auxiliaryEtre: group.lemma == "être" && group.participle != nil) {
            main.text = english
            main.origin = "\(mainItem.analysis?.lemma ?? group.lemma) with no object → \(english)"
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
        } else if group.ete == nil, group.tense == .present, !Self.keepsPerfect(group) {
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

    /// Whether the group is impersonal falloir ("il faut", "il a fallu", "faut-il"): its
    /// subject "il" is inverted, or was just written as "he"/"it".
    private func isImpersonalFalloir(_ group: VerbGroup) -> Bool {
        guard group.lemma == "falloir" || group.participle?.lemma == "falloir" else { return false }
        if let subject = group.invertedSubject { return subject.lower == "il" }
        guard let written = pieces.last?.text.lowercased() else { return false }
        return written == "he" || written == "it"
    }

    /// Impersonal falloir, whose "il" it rewrites. Before an infinitive the subject is "we":
    /// "il faut partir" → "we must leave", "il fallait partir" → "we had to leave", "il a
    /// fallu partir" → "we had to leave", "il aurait fallu partir" → "we should have left",
    /// "Faut-il partir ?" → "Should we leave?". Negated, it forbids: "il ne faut pas le dire"
    /// → "we must not say it", "il ne fallait pas le dire" → "we should not have said it"
    /// (never "had not to"). Before a noun: "il faut du temps" → "it takes time".
    private mutating func falloirChain(into chain: inout VerbChain, _ group: VerbGroup) {
        let asks = group.isQuestion && group.invertedSubject != nil
        guard let infinitive = group.infinitive else {
            if asks { chain.questionSubject = "it" } else { pieces[pieces.count - 1].text = "it" }
            let tense = group.participle != nil && group.tense == .present ? .past : group.tense   // "il a fallu" → "it took"
            for w in Self.conjugate("take", tense, person: 3, plural: false) { chain.add(w, group.finite, .grammar, "il faut + noun → it takes") }
            chain.isLexicalSimple = tense == .present || tense == .past
            chain.isPastFromPerfect = group.participle != nil && tense == .past
            chain.main.text = "take"
            return
        }
        if asks { chain.questionSubject = "we" } else { pieces[pieces.count - 1].text = "we" }
        let forbids = group.negation.map { ["pas", "plus", "jamais", "point", "guère"].contains($0.lower) } ?? false
        let words: [String]
        var participle = false
        if group.participle != nil {
            // The compound tenses: "il a fallu", "il avait fallu", "il aurait fallu".
            switch group.tense {
            case .conditional: words = ["should", "have"]; participle = true
            case .past: words = ["had", "had", "to"]
            case .future: words = ["will", "have", "had", "to"]
            default: words = forbids || asks ? ["did", "have", "to"] : ["had", "to"]
            }
        } else {
            switch group.tense {
            case .past where forbids: words = ["should", "have"]; participle = true
            case .past where asks: words = ["did", "have", "to"]
            case .future where forbids: words = ["must"]
            case .present where asks, .conditional: words = ["should"]
            default: words = Self.modal("falloir", group.tense) ?? ["must"]
            }
        }
        for w in words { chain.add(w, group.finite, .grammar, "impersonal falloir + infinitive → we must") }
        let text = participle ? inflected(infinitive, chain.main.text, .pastParticiple) : chain.main.text
        chain.add(text, infinitive, chain.main.rule, chain.main.origin)
    }

    /// "être en train de + infinitive", the progressive: "est en train de préparer" → "is
    /// preparing", "était en train d'enquêter" → "was investigating".
    private func progressiveChain(_ progressive: Item, _ infinitive: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        for w in Self.conjugate("be", group.tense, person: chain.person, plural: chain.plural) {
            chain.add(w, group.finite, .grammar, "être en train de + infinitive → progressive")
        }
        chain.add(inflected(infinitive, chain.main.text, .gerund), infinitive, chain.main.rule, chain.main.origin)
    }

    /// "rester à + infinitive": "reste à savoir" → "remains to be seen", "reste à faire" →
    /// "remains to be done"; with an object after it the infinitive stays active ("il reste à
    /// trouver un accord" → "it remains to find an agreement"). An impersonal "il", or no
    /// subject at a sentence start ("Reste à savoir si …"), is "it".
    private mutating func remainsToChain(_ to: Item, _ infinitive: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        if group.invertedSubject == nil, group.subjectPronoun == "il", let last = pieces.last, last.text.lowercased() == "he" {
            pieces[pieces.count - 1].text = "it"
        } else if group.subjectPronoun == nil, group.invertedSubject == nil, group.cliticSubject == nil, group.first.startsSentence {
            emitGrammar("it", at: group.first, origin: "reste à + infinitive → it remains")
        }
        for w in Self.conjugate("remain", group.tense, person: chain.person, plural: chain.plural) {
            chain.add(w, group.finite, .grammar, "rester à + infinitive → remain to be done")
        }
        chain.isLexicalSimple = group.tense == .present || group.tense == .past
        chain.main.text = "remain"
        chain.add("to", to, .grammar, "rester à + infinitive")
        let lemma = infinitive.kind == .glossary ? String(infinitive.lower.split(separator: " ").last ?? "") : infinitive.lemma ?? ""
        if lemma == "savoir" || lemma == "voir" {
            chain.add("be seen", infinitive, .grammar, "reste à savoir → remains to be seen")
        } else if (i < items.count && startsObject(items[i])) || Self.etreVerbs.contains(lemma) {
            // An object follows, or the verb takes none ("le meilleur reste à venir" → "remains to come").
            chain.add(english(of: infinitive).text, infinitive, chain.main.rule, chain.main.origin)
        } else {
            chain.add("be", to, .grammar, "rester à + infinitive → remain to be done")
            chain.add(inflected(infinitive, english(of: infinitive).text, .pastParticiple), infinitive, chain.main.rule, chain.main.origin)
        }
    }

    /// A question asks what someone would want, not what they would like: "Pourquoi une
    /// organisation voudrait-elle imposer …" → "Why would an organization want to impose …"
    /// (a statement keeps "would like to").
    private static func questionModal(_ group: VerbGroup) -> [String]? {
        guard group.isQuestion || group.isFrontedQuestion, group.lemma == "vouloir", group.tense == .conditional else { return nil }
        return ["would", "want", "to"]
    }

    /// Verbs whose English before an infinitive is not their own: "sait nager" → "knows how
    /// to swim", "compte partir" → "intends to leave", "pense partir" → "plans to leave"
    /// (penser + infinitive is an intention, not "think to").
    static let englishBeforeInfinitive: [String: String] = ["savoir": "know how", "compter": "intend", "penser": "plan"]

    /// A verb that is not a modal before an infinitive: "veut partir" → "wants to leave".
    private func verbToInfinitive(_ infinitive: Item, into chain: inout VerbChain, _ group: VerbGroup) {
        let verb = Self.englishBeforeInfinitive[group.lemma] ?? group.finiteAnalysis.preferredEnglish
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

    /// Whether the chain of a fronted question opens with a word English can put before the
    /// subject: an auxiliary followed by more of the chain, or a lone "is", "can", "must" ….
    private static func opensWithAuxiliary(_ words: [EnglishWord]) -> Bool {
        guard let head = words.first else { return false }
        return Self.auxiliaries.contains(head.text.lowercased())
            && (words.count > 1 || ["is", "are", "am", "was", "were", "can", "could", "must", "should"].contains(head.text))
    }

    /// A fronted question ("Le PSG a-t-il joué ?") whose chain has no auxiliary to put first
    /// takes "do", before negation and adverbs are placed, so these go after "do" as in any
    /// auxiliary chain: "Le président a-t-il déjà annoncé …" → "Did the president already
    /// announce …", "Le PSG gagne-t-il ?" → "Does PSG win?".
    private func frontedDoSupport(_ chain: inout VerbChain, _ group: VerbGroup) {
        guard let first = chain.words.first, !Self.opensWithAuxiliary(chain.words),
              group.tense == .present || group.tense == .past else { return }
        let base = Self.doSupportUsesMainVerb(chain, group) ? chain.main.text : group.finiteAnalysis.preferredEnglish
        var rebuilt: [EnglishWord] = [(Self.doForm(chain, group), group.finite, .grammar, "question: do-support")]
        for w in base.split(separator: " ") { rebuilt.append((String(w), first.item, first.rule, first.origin)) }
        chain.words = rebuilt + chain.words.dropFirst(base.split(separator: " ").count)
        chain.isLexicalSimple = false
        chain.afterAuxiliary = 1
    }

    /// A question whose verb was moved before its noun subject ("Le PSG peut-il gagner ?"):
    /// the first auxiliary (or "do", see ``frontedDoSupport(_:_:)``) is written now, the rest
    /// of the chain and the object pronouns after the subject ("Can PSG win?", "Does the
    /// government challenge …?").
    private mutating func writeFrontedQuestion(_ chain: VerbChain, _ group: VerbGroup) {
        let words = chain.words
        let head = words[0]
        let origin = Self.opensWithAuxiliary(words) && head.rule != .grammar ? (head.origin ?? "") + "; question: verb first" : head.origin
        emit(head.text, head.item, rule: head.rule, origin: origin)
        afterSubject = Array(words.dropFirst())
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

    /// Verbs after which "bien", "mal", "beaucoup", "mieux" keep their place before the verb:
    /// copulas ("il s'agit bien de" → "it is indeed"), and liking ("j'aimerais bien").
    static let verbsKeepingAdverbBefore: Set<String> = ["être", "avoir", "agir", "sembler", "paraître", "devenir", "rester",
                                                        "aimer", "vouloir", "adorer"]

    /// Where English writes an adverb that French puts after the finite verb.
    enum AdverbPlace {
        /// Before the whole chain or its negation: "n'a toujours pas répondu" → "still did not
        /// answer", "n'est toujours pas prêt" → "is still not ready".
        case beforeChain
        /// Right after "not": "n'a pas encore répondu" → "has not yet answered".
        case afterNegation
        /// Before the lexical verb or after the first auxiliary: "a déjà annoncé" → "has already announced".
        case beforeVerb
        /// After the verb and its object: "a bien mangé" → "ate well", "a encore perdu le match"
        /// → "lost the match again".
        case afterVerb
    }

    /// Adverbs English writes after the verb and its object, with their English there.
    static let adverbsAfterVerb: [String: String] = ["bien": "well", "mal": "badly", "beaucoup": "a lot", "mieux": "better"]

    /// The English of an adverb of the verb group and where it goes. "bien", "mal",
    /// "beaucoup", "mieux" follow a lexical verb ("a bien mangé" → "ate well", "travaille
    /// beaucoup" → "works a lot"); "tout" as an object is "everything" after the verb ("a tout
    /// perdu" → "lost everything"); "encore" is "again" after a participle and "yet" after a
    /// negation ("n'a pas encore annoncé" → "has not announced … yet"); "toujours" is "always"
    /// in a compound tense and "still" before a negation.
    func englishAdverb(_ adverb: Item, _ group: VerbGroup) -> (text: String, place: AdverbPlace) {
        let negated = group.negation.map { ["pas", "point"].contains($0.lower) } ?? false
        let perfect = group.participle != nil && group.lemma == "avoir"   // not a passive: "est bien connu" → "is well known"
        let main = group.participle?.lemma ?? group.lemma
        let lexical = group.infinitive == nil && (perfect || group.participle == nil) && !Self.verbsKeepingAdverbBefore.contains(main)
        switch adverb.lower {
        case "toujours" where negated: return ("still", .beforeChain)
        case "toujours" where perfect: return ("always", .beforeVerb)
        case "encore" where negated: return ("yet", .afterNegation)
        case "encore" where perfect: return ("again", .afterVerb)
        case "tout": return ("everything", .afterVerb)
        case "beaucoup" where group.infinitive == nil && objectIndex(after: group) < items.count && startsObject(items[objectIndex(after: group)]):
            return ("really", .beforeVerb)   // "a beaucoup aimé ce film" → "really liked"
        default:
            if lexical, let english = Self.adverbsAfterVerb[adverb.lower] { return (english, .afterVerb) }
            return (english(of: adverb).text, .beforeVerb)
        }
    }

    /// Whether a passé composé stays an English perfect because of its adverb: "a toujours
    /// aimé" → "has always loved", "n'a pas encore répondu" → "has not answered yet" ("a déjà
    /// annoncé" stays "already announced").
    static func keepsPerfect(_ group: VerbGroup) -> Bool {
        let negated = group.negation.map { ["pas", "point"].contains($0.lower) } ?? false
        return group.adverbs.contains { adverb in
            (adverb.lower == "toujours" && !negated) || (adverb.lower == "encore" && negated)
        }
    }

    /// Adverbs before the lexical verb or after the first auxiliary: "a déjà annoncé" →
    /// "already announced", "a été soudainement dévoilé" → "has suddenly been unveiled"; those
    /// placed `.beforeChain` open the chain ("still did not answer").
    private func insertAdverbs(_ adverbs: [(item: Item, english: (text: String, place: AdverbPlace))], into chain: inout VerbChain) {
        // After a lone form of "be" too: "est également malade" → "is also sick".
        let at = chain.words.count > 1 || ["is", "are", "was", "were", "am"].contains(chain.words.first?.text ?? "") ? chain.afterAuxiliary : 0
        var inserted: [EnglishWord] = []
        var first: [EnglishWord] = []
        var afterNot: [EnglishWord] = []
        for adverb in adverbs {
            let e = english(of: adverb.item)
            let rule = adverb.english.text == e.text ? e.rule : .grammar
            let words = adverb.english.text.split(separator: " ").map { (String($0), adverb.item, rule, e.origin) }
            switch adverb.english.place {
            case .beforeChain: first += words
            case .afterNegation: afterNot += words
            default: inserted += words
            }
        }
        if let not = chain.words.firstIndex(where: { $0.text == "not" }) {
            chain.words.insert(contentsOf: afterNot, at: not + 1)
        } else {
            inserted += afterNot
        }
        chain.words.insert(contentsOf: inserted, at: min(at, chain.words.count))
        // "still" opens a chain with do-support ("still did not answer"), else it goes before
        // "not" ("is still not", "has still not been").
        let usesDo = ["do", "does", "did"].contains(chain.words.first?.text.lowercased() ?? "")
        let not = chain.words.firstIndex { $0.text == "not" } ?? min(at, chain.words.count)
        chain.words.insert(contentsOf: first, at: usesDo ? 0 : not)
    }

    /// Where the verb's object starts: at `i`, or for a fronted question (whose subject now
    /// follows the verb) at the first item after the group's last word in French order.
    func objectIndex(after group: VerbGroup) -> Int {
        guard group.isFrontedQuestion else { return i }
        let end = (group.participle ?? group.infinitive ?? group.ete ?? group.finite).range.upperBound
        return items[i...].firstIndex { $0.range.lowerBound >= end } ?? items.count
    }

    /// Adverbs English writes after the verb, advancing `i` past the verb's object when one
    /// follows: "il a bien mangé" → "he ate well", "il a encore perdu le match" → "he lost the
    /// match again".
    mutating func writeAdverbsAfterVerb(_ adverbs: [(item: Item, english: (text: String, place: AdverbPlace))]) {
        if i < items.count, startsObject(items[i]) { nounPhrase() }
        for adverb in adverbs { emit(adverb.english.text, adverb.item, rule: .grammar, origin: "adverb after the verb") }
    }

    /// Whether `item` opens a noun phrase that can be a verb's object: a determiner, a noun, a
    /// name, a number or a nominal glossary term.
    func startsObject(_ item: Item) -> Bool {
        switch item.kind {
        case .glossary: !item.isGlossaryPhrase
        case .number: true
        case .word: item.pos == .determiner || item.pos == .noun || isProperName(item)
        default: false
        }
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
    private mutating func writeWordsAfterVerb(_ group: VerbGroup, skipsDe: Bool, skipsNoun: Bool) {
        if skipsNoun {
            let noun = items[i].lower
            i += 1
            // "a besoin de temps" → "needs time": the de is the idiom's object.
            if Self.idiomNounsTakingDe.contains(noun), i < items.count, ["de", "d'"].contains(items[i].lower), !startsInfinitive(at: i + 1) { i += 1 }
        }
        if agreesAt(i, group) { i += 2 }   // "ils sont d'accord" → "they agree": in the verb's English
        if Self.endsInCopula(group), group.objectClitics.isEmpty { articleBeforePredicateNoun() }
        if skipsDe, i < items.count, items[i].lower == "de" || items[i].lower == "d'" { i += 1 }
        if skipsDe, i < items.count, items[i].lower == "du" || items[i].lower == "des" {
            // "il se souvient du match" → "he remembers the match".
            let contraction = items[i]
            i += 1
            nounPhrase(implicitArticle: contraction)
        }
        // "reste à savoir si / qui …" → "remains to be seen whether / who …".
        if group.remainsTo != nil, i < items.count, ["si", "s'", "qui"].contains(items[i].lower) {
            emit(items[i].lower == "qui" ? "who" : "whether", items[i], rule: .grammar, origin: "reste à savoir si → whether")
            i += 1
        }
        negatedDe(after: group.negation, verb: Self.mainLemma(of: group))
        if let negation = group.negation, negation.lower == "rien" { emit("nothing", negation, rule: .grammar, origin: "ne … rien") }
        if let negation = group.negation, negation.lower == "personne" { emit("no one", negation, rule: .grammar, origin: "ne … personne") }
    }

    /// The "de" of "pas de" at `i` before a noun, advancing `i`: "any" ("je n'ai pas de
    /// voitures" → "I do not have any cars", "pas d'argent" → "any money", "il ne rencontre pas
    /// de compréhension" → "any understanding"), but "a" after avoir before a singular count
    /// noun ("Pourquoi les Singapouriens n'ont-ils pas de voiture ?" → "Why do Singaporeans
    /// not have a car?"; "pas d'autre option" keeps "any other option"). Nothing when
    /// `negation` is not pas/plus/jamais/point or no noun follows. `verb` is the lemma of the
    /// negated verb (its participle's or infinitive's in a compound).
    mutating func negatedDe(after negation: Item?, verb: String?) {
        guard let negation, ["pas", "plus", "jamais", "point"].contains(negation.lower), i + 1 < items.count,
              items[i + 1].lower != "accord", items[i].lower == "de" || items[i].lower == "d'",
              items[i + 1].kind == .glossary || [.noun, .adjective].contains(items[i + 1].pos) else { return }
        var head = i + 1
        while head + 1 < items.count, head < i + 3, items[head].kind == .word, items[head].pos == .adjective { head += 1 }
        let noun = items[head]
        let plural = noun.kind == .glossary ? (noun.glossary?.isPlural ?? false) || InflectionKey.isPlural(noun.surface.split(separator: " ").first ?? "")
            : noun.analysis?.isPlural ?? false
        let english = english(of: noun).text.lowercased()
        let mass = Self.massNouns.contains(english) || Self.massNouns.contains(String(english.split(separator: " ").last ?? ""))
            || Self.uncountableInvariables.contains(noun.lemma ?? noun.lower) || Self.frenchMassNouns.contains(noun.lemma ?? noun.lower)
        let countable = noun.kind == .glossary || noun.pos == .noun
        if verb == "avoir", !plural, !mass, countable, !["autre", "autres"].contains(items[i + 1].lower) {
            emit("a", source: items[i].range, rule: .grammar, origin: "pas de + singular noun → not … a", article: true)
        } else {
            emit("any", items[i], rule: .grammar, origin: "pas de → not … any")
        }
        i += 1
    }

    /// The lemma of the group's lexical verb: its participle's or infinitive's, else its own
    /// ("n'a pas eu de chance" → avoir).
    static func mainLemma(of group: VerbGroup) -> String {
        group.participle?.lemma ?? group.infinitive?.lemma ?? group.lemma
    }

    /// French nouns English reads as a mass after "pas de" ("pas d'argent" → "not … any
    /// money"), beside the English ``massNouns``.
    static let frenchMassNouns: Set<String> = [
        "argent", "eau", "travail", "pain", "lait", "information", "électricité", "nourriture", "aide", "soutien", "courant",
        "essence", "carburant", "gaz", "place", "espace", "temps", "chance", "preuve", "nouvelles", "neige", "pluie",
        "vin", "viande", "sucre", "sel", "personnel", "matériel", "équipement", "internet", "réseau",
    ]
}

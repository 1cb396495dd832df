import PrecisGlossary
import PrecisText

/// Words outside noun phrases and verb groups: prepositions (and the infinitives after them),
/// pronouns, interrogatives, quantities, fixed patterns ("il y a", "ce qui", "de … à").
extension Generator {
    static let prepositionsBeforeInfinitive: [String: String] = [
        "de": "to", "d'": "to", "à": "to", "pour": "to", "afin": "", "sans": "without", "avant": "before",
        "après": "after", "par": "by", "en": "by",
    ]

    /// Quantity words before "de": (before a singular noun, before a plural one). The noun's
    /// number decides: a plural noun is countable ("beaucoup de gens" → "many people"), a
    /// singular one a mass ("beaucoup de travail" → "a lot of work"). An invariable noun
    /// ("pays", "temps") is plural there unless it is one of ``uncountableInvariables``
    /// ("beaucoup de pays" → "many countries", "beaucoup de temps" → "a lot of time").
    static let quantities: [String: (singular: String, plural: String)] = [
        "trop": ("too much", "too many"), "beaucoup": ("a lot of", "many"), "peu": ("little", "few"),
        "tant": ("so much", "so many"), "autant": ("as much", "as many"), "combien": ("how much", "how many"),
        "assez": ("enough", "enough"), "moins": ("less", "fewer"),
    ]
    /// Invariable nouns (number `sp` in the lexicon) that English reads as a mass after a
    /// quantity: they stay singular ("peu de progrès" → "little progress"). Every other
    /// invariable noun counts ("trop de mois" → "too many months").
    static let uncountableInvariables: Set<String> = [
        "temps", "succès", "progrès", "poids", "surpoids", "repos", "mépris", "chaos", "stress", "consensus", "riz",
        "jus", "gaz", "paix", "bois", "accès", "choix", "sérieux", "excès", "secours", "verglas", "cannabis", "débris",
        "sens", "suspens", "gâchis", "fracas", "embarras", "surplus", "remords", "maïs", "fitness", "infox", "courroux",
    ]
    static let interrogatives: [String: String] = ["comment": "how", "où": "where", "quand": "when", "pourquoi": "why"]

    /// An interrogative, a lexical verb and its noun subject with "?" ahead: English puts "do"
    /// before the subject and the verb after it. Returns false (writing nothing) otherwise.
    mutating func interrogativeInversion() -> Bool {
        let start = i
        guard i + 2 < items.count, items[i + 1].kind == .word, items[i + 1].isFiniteVerb,
              let verb = items[i + 1].analyses.first(where: { $0.partOfSpeech == .verb && $0.finiteForm != nil }),
              let form = verb.finiteForm, form.person == 3, form.tense == .present || form.tense == .imperfect,
              !(i + 2 < items.count && items[i + 2].isInvertedPronoun),
              items[(i + 2)...].contains(where: { $0.surface == "?" }),
              items[i + 2].pos == .determiner || isProperName(items[i + 2]) else { return false }
        let interrogative = items[i]
        let verbItem = items[i + 1]
        emit(Self.interrogatives[interrogative.lower] ?? interrogative.lower, interrogative, rule: .lexicon, origin: interrogative.analysis?.origin.description)
        let tense: EnglishInflector.VerbInflection = form.tense == .present ? .present : .past
        emit(EnglishInflector.verb("do", tense, person: 3, plural: form.isPlural), source: verbItem.range.lowerBound..<verbItem.range.lowerBound,
             rule: .grammar, origin: "question: do-support")
        i = start + 2
        nounPhrase()
        let e = english(of: verbItem)
        emit(verb.preferredEnglish.isEmpty ? e.text : verb.preferredEnglish, verbItem, rule: e.rule, origin: verb.origin.description)
        return true
    }

    /// French verbs followed by a bare infinitive whose English takes "to": "vouloir imposer" →
    /// "want to impose", "espérer gagner" → "hope to win". Modals and verbs of perception or
    /// causation (pouvoir, devoir, falloir, aller, faire, laisser, voir) are not listed: "a pu
    /// gagner" → "could win".
    static let verbsTakingTo: Set<String> = [
        "vouloir", "souhaiter", "désirer", "espérer", "oser", "préférer", "sembler", "paraître", "aimer", "adorer",
        "détester", "daigner",
    ]

    /// Whether an infinitive starts at `k` (after its object clitics: "l'imposer") and follows a
    /// participle or an infinitive of one of ``verbsTakingTo``, which English joins with "to":
    /// "ils ont voulu imposer" → "they wanted to impose", "semble vouloir partir" → "seems to
    /// want to leave". A finite verb's infinitive is its verb group's (see `verbToInfinitive`).
    func infinitiveTakesTo(at k: Int) -> Bool {
        infinitiveGovernor(at: k).map(Self.verbsTakingTo.contains) ?? false
    }

    /// The lemma of the participle or infinitive just before the infinitive starting at `k`
    /// (after its object clitics: "l'imposer"), which governs it: "voulu" in "ils ont voulu
    /// l'imposer", "pouvoir" in "je crois pouvoir le faire". Nil when no infinitive starts at
    /// `k` or no such verb precedes it.
    func infinitiveGovernor(at k: Int) -> String? {
        var v = k
        while v + 1 < items.count, items[v].kind == .word, Self.clitics.contains(items[v].lower) { v += 1 }
        guard items[v].analyses.contains(where: { $0.partOfSpeech.isVerbal && $0.verbForms.first?.tense == .infinitive }),
              v == k || items[v].analyses.first?.partOfSpeech.isVerbal == true else { return nil }
        let j = k - 1
        guard j >= 0, items[j].kind == .word, let verb = items[j].analysis, verb.partOfSpeech.isVerbal,
              let tense = verb.verbForms.first?.tense, tense == .pastParticiple || tense == .infinitive else { return nil }
        return verb.lemma
    }

    /// The verb just before `k`, past an inverted subject and adverbs ("Envisagez-vous de …",
    /// "évite toujours de …"), or nil.
    func verb(before k: Int) -> Item? {
        var j = k - 1
        while j > 0, items[j].kind == .word, items[j].isInvertedPronoun || items[j].pos == .adverb { j -= 1 }
        guard j >= 0, items[j].kind == .word, items[j].pos?.isVerbal == true else { return nil }
        return items[j]
    }

    /// French verbs taking "de" + infinitive whose English takes a gerund ("avoid touching").
    static let gerundTakingVerbs: Set<String> = [
        "éviter", "arrêter", "cesser", "finir", "terminer", "envisager", "risquer", "suggérer", "recommander",
        "conseiller", "regretter", "nier", "reporter", "imaginer", "s'abstenir", "abstenir",
    ]

    mutating func word() {
        let item = items[i]
        let lower = item.lower
        if lower == "il" || lower == "ils", thereIs() { return }
        // "ils n'ont pas voulu l'imposer" → "… want to impose it": the clitic is the infinitive's object.
        if Self.clitics.contains(lower), infinitiveTakesTo(at: i) {
            emitGrammar("to", at: item, origin: "verb + infinitive"); nonFiniteVerb(); return
        }
        if wordPattern() { return }
        if lower == "d'", i + 1 < items.count, items[i + 1].lower == "accord" {
            emit("in agreement", source: item.range.lowerBound..<items[i + 1].range.upperBound, rule: .grammar,
                 origin: "d'accord → in agreement")
            i += 2; return
        }
        // "de façon hebdomadaire", "de manière continue" → "weekly", "continuously".
        if lower == "de" || lower == "d'", let adverb = mannerAdverb(at: i) {
            emit(adverb, source: item.range.lowerBound..<items[i + 2].range.upperBound, rule: .grammar,
                 origin: "de façon/manière + adjective → adverb")
            i += 3; return
        }
        // "y a-t-il", "y-a-t-il" → "is there".
        if lower == "y-a-t-il" || lower == "y-a-t'il" || (lower == "y" && i + 2 < items.count && items[i + 1].lemma == "avoir"
            && items[i + 2].isInvertedPronoun && items[i + 2].lower == "il") {
            let end = lower == "y" ? items[i + 2].range.upperBound : item.range.upperBound
            // "y a-t-il des décès ?" → "are there deaths?" (adverbs skipped: "y a-t-il encore des …").
            var k = lower == "y" ? i + 3 : i + 1
            while k < items.count, items[k].kind == .word, items[k].pos == .adverb, !["plus", "moins", "beaucoup", "peu", "trop"].contains(items[k].lower) { k += 1 }
            let plural = k < items.count && (["des", "les", "plusieurs", "quelques", "de nombreux", "nombreux"].contains(items[k].lower)
                || (items[k].kind == .number && items[k].surface != "1")
                || (items[k].kind == .word && items[k].pos == .numeral && !["un", "une"].contains(items[k].lower)))
            emit(plural ? "are" : "is", source: item.range.lowerBound..<end, rule: .grammar, origin: "y a-t-il → is there")
            emit("there", source: item.range.lowerBound..<end, rule: .grammar, origin: "y a-t-il → is there")
            i += lower == "y" ? 3 : 1
            return
        }
        // "qui" after a noun and a comma: "which" (a non-restrictive relative).
        if lower == "qui", i > 1, items[i - 1].surface == ",", items[i - 2].kind == .glossary || (items[i - 2].kind == .word && items[i - 2].pos == .noun) {
            emit("which", item, rule: .grammar, origin: "noun, qui → which"); i += 1; return
        }
        // Relative "qui" after a common noun: "who" after a person ("les gens qui partent" → "the
        // people who leave"), else "that".
        if lower == "qui", i > 0, items[i - 1].kind == .glossary || (items[i - 1].kind == .word && items[i - 1].pos == .noun) {
            let person = items[i - 1].kind == .word && (isPerson(i - 1) || items[i - 1].lemma == "gens")
            emit(person ? "who" : "that", item, rule: .grammar, origin: "qui after a noun → \(person ? "who" : "that")"); i += 1; return
        }
        if lower == "que" || lower == "qu'" {
            // "qu'est-ce que / qui" → "what"; a question opening with "que" → "what".
            if i + 3 < items.count, items[i + 1].lower == "est", items[i + 2].isInvertedPronoun, ["que", "qu'", "qui"].contains(items[i + 3].lower) {
                emit("what", source: item.range.lowerBound..<items[i + 3].range.upperBound, rule: .grammar, origin: "qu'est-ce que → what")
                i += items[i + 3].lower == "qui" ? 3 : 4
                if items[i].lower == "qui" { i += 1 }
                return
            }
            let opensClause = item.startsSentence || (i > 0 && items[i - 1].kind == .punctuation)
            // "Que faire ?" → "What to do?": an opening que before an infinitive.
            if opensClause, startsInfinitive(at: i + 1), !startsVerbGroup(at: i + 1) {
                emit("what", item, rule: .grammar, origin: "que + infinitive → what to")
                emitGrammar("to", at: items[i + 1], origin: "que + infinitive → what to")
                i += 1
                nonFiniteVerb(); return
            }
            if opensClause, i + 1 < items.count, items[i + 1].isFiniteVerb || startsVerbGroup(at: i + 1)
                || (i + 2 < items.count && items[i + 2].isInvertedPronoun) {   // "Que fait-il ?"
                emit("what", item, rule: .grammar, origin: "que opening a question → what"); i += 1; return
            }
        }
        if lower == "ce", i + 1 < items.count, ["qui", "que", "qu'"].contains(items[i + 1].lower) {
            let afterTout = i > 0 && ["tout", "toute"].contains(items[i - 1].lower)
            // "…, ce qui aidera" → "…, which will help": after a comma it takes up the clause before.
            let afterComma = i > 0 && items[i - 1].surface == "," && !item.startsSentence
            emit(afterTout ? "that" : afterComma ? "which" : "what", source: item.range.lowerBound..<items[i + 1].range.upperBound, rule: .grammar,
                 origin: "ce qui / ce que → what")
            i += 2; return
        }
        // "combien d'entre eux" with "d'entre eux" matched as an expression ("of them"): a
        // quantity of a group counts it ("how many").
        if let quantity = Self.quantities[lower], i + 1 < items.count, items[i + 1].kind == .glossary,
           items[i + 1].lower.hasPrefix("d'entre ") || items[i + 1].lower.hasPrefix("d’entre ") {
            emit(quantity.plural, item, rule: .grammar, origin: "\(lower) d'entre → \(quantity.plural)"); i += 1; return
        }
        // Quantities before "de": "trop d'actions" → "too many actions", "beaucoup de temps" → "a lot of time".
        if let quantity = Self.quantities[lower], i + 2 < items.count, items[i + 1].lower == "de" || items[i + 1].lower == "d'",
           items[i + 2].kind == .word || items[i + 2].kind == .glossary {
            // "combien d'entre eux" → "how many of them": a quantity of a group counts it.
            if items[i + 2].lower == "entre" {
                emit(quantity.plural + " of", source: item.range.lowerBound..<items[i + 2].range.upperBound, rule: .grammar,
                     origin: "\(lower) d'entre → \(quantity.plural) of")
                i += 3; return
            }
            let plural = quantityNounIsPlural(at: i)
            emit(plural ? quantity.plural : quantity.singular, source: item.range.lowerBound..<items[i + 1].range.upperBound,
                 rule: .grammar, origin: "\(lower) de + noun")
            i += 2; return
        }
        // "Quels sont …?" → "What are …?"
        if ["quel", "quels", "quelle", "quelles"].contains(lower), item.startsSentence || (i > 0 && items[i - 1].kind == .punctuation),
           i + 1 < items.count, items[i + 1].lemma == "être" || items[i + 1].isFiniteVerb {
            emit("what", item, rule: .grammar, origin: "quel + verb → what"); i += 1; return
        }
        // "Comment se protéger ?" → "How to protect …?": an interrogative before an infinitive.
        if let interrogative = Self.interrogatives[lower] {
            var j = i + 1
            while j < items.count, items[j].kind == .word, Self.clitics.contains(items[j].lower) { j += 1 }
            if j < items.count, items[j].kind == .word,
               items[j].analyses.first.map({ $0.partOfSpeech.isVerbal && $0.has(.infinitive) }) == true {
                emit(interrogative, item, rule: .lexicon, origin: item.analysis?.origin.description)
                emitGrammar("to", at: items[j], origin: "interrogative + infinitive → how to")
                i += 1
                nonFiniteVerb()
                return
            }
        }
        // "Comment fonctionne ce réseau ?" → "How does this network work?"
        if Self.interrogatives[lower] != nil, item.startsSentence, interrogativeInversion() { return }
        // "un pays tel que la France" → "a country such as France" (after a noun, before a noun
        // phrase); "Tel que prévu" → "As planned" (opening a sentence, before a participle).
        if ["tel", "tels", "telle", "telles"].contains(lower), i + 2 < items.count, items[i + 1].lower == "que" || items[i + 1].lower == "qu'" {
            let next = items[i + 2]
            let beforeClause = Self.subjectPersons[next.lower] != nil || next.pos?.isVerbal == true
            let afterNoun = i > 0 && (items[i - 1].kind == .glossary || isProperName(items[i - 1]) || (items[i - 1].kind == .word && items[i - 1].pos == .noun))
            if (afterNoun && !beforeClause) || (item.startsSentence && next.pos?.isVerbal == true) {
                emit(beforeClause ? "as" : "such as", source: item.range.lowerBound..<items[i + 1].range.upperBound, rule: .grammar,
                     origin: "noun + tel que → such as")
                i += 2; return
            }
        }
        // "Il se souvient de tout." → "everything": "tout" alone after a preposition, ending the clause.
        if lower == "tout", i > 0, ["de", "d'", "à", "pour", "sur", "avec", "sans", "malgré"].contains(items[i - 1].lower),
           i + 1 == items.count || items[i + 1].kind == .punctuation {
            emit("everything", item, rule: .grammar, origin: "tout as a pronoun → everything"); i += 1; return
        }
        // "de tels géants que OpenAI" → "such giants as OpenAI".
        if lower == "que" || lower == "qu'",
           items[max(0, i - 4)..<i].contains(where: { ["tel", "tels", "telle", "telles"].contains($0.lower) }),
           !items[max(0, i - 4)..<i].contains(where: { $0.kind == .punctuation || $0.isFiniteVerb }) {
            emit("as", item, rule: .grammar, origin: "tel … que → such … as"); i += 1; return
        }
        // "comme exemple" → "as an example": comme before a bare noun.
        if lower == "comme", i + 1 < items.count, items[i + 1].kind == .word, items[i + 1].pos == .noun {
            emit("as", item, rule: .grammar, origin: "comme + bare noun → as"); i += 1; return
        }
        // "Monsieur le Premier ministre" → "the Prime Minister".
        if lower == "monsieur" || lower == "madame", i + 1 < items.count, ["le", "la", "l'"].contains(items[i + 1].lower) {
            i += 1; return
        }
        if lower == "par", i + 1 < items.count, ["an", "mois", "jour", "semaine", "heure", "habitant", "personne", "tête"].contains(items[i + 1].lower) {
            emit("a", item, rule: .grammar, origin: "par + unit → a"); i += 1
            emitWord(items[i]); i += 1; return
        }
        if let day = Self.ordinalDay(lower), i + 1 < items.count, Self.months[items[i + 1].lower] != nil {
            date(day: day, dayItem: item); return
        }
        guard let analysis = item.analysis else {
            nounPhrase(); return
        }
        // "Reste à savoir si …" opening a sentence is the verb rester, not the noun "reste".
        if item.startsSentence, analysis.partOfSpeech == .noun, item.analyses.contains(where: { $0.lemma == "rester" && $0.finiteForm != nil }),
           i + 1 < items.count, Self.remainsToBeSeen.contains(items[i + 1].lower) || items[i + 1].lower == "à" {
            verbGroup(); return
        }
        switch analysis.partOfSpeech {
        case .numeral where i + 1 < items.count && Self.scales[items[i + 1].lower] != nil:
            numberPhrase(text: analysis.preferredEnglish)
        case .determiner, .noun, .properNoun, .adjective, .numeral:
            if analysis.partOfSpeech == .adjective, Self.isPredicate(items, at: i) { emitWord(item); i += 1; return }
            nounPhrase()
        case .pronoun:
            if Self.clitics.contains(lower), startsVerbGroup(at: i) { verbGroup(); return }
            if let english = subjectPronounOverride(at: i) {
                emit(english, item, rule: .grammar, origin: "il/elle for a thing or impersonal → it"); i += 1; return
            }
            if (lower == "ce" || lower == "c'"), i + 1 < items.count, items[i + 1].lemma == "être",
               items[i + 1].analysis?.finiteForm?.isPlural == true {
                emit("they", item, rule: .grammar, origin: "ce + plural être → they"); i += 1; return
            }
            emitWord(item); i += 1
        case .auxiliary, .verb:
            if lower == "ne" || lower == "n'" { verbGroup(); return }
            if analysis.verbForms.first?.tense.isFinite == true { verbGroup(); return }
            // "dit-il": a verb with an inverted subject is finite, whatever its likeliest form.
            if i + 1 < items.count, items[i + 1].isInvertedPronoun, analysis.finiteForm != nil { verbGroup(); return }
            if infinitiveTakesTo(at: i) { emitGrammar("to", at: item, origin: "verb + infinitive") }
            let copula = Self.copulas.contains(analysis.lemma) && analysis.has(.infinitive)
            nonFiniteVerb()
            if copula { articleBeforePredicateNoun() }   // "devait être peintre" → "had to be a painter"
        case .adverb:
            if lower == "ne" || lower == "n'", startsVerbGroup(at: i) { verbGroup(); return }
            emitWord(item); i += 1
        case .adposition:
            preposition()
        default:
            emitWord(item); i += 1
        }
    }

    /// The English adverb of "de façon"/"de manière" + an adjective starting at `k`, ending the
    /// phrase ("de façon continue" → "continuously", "de manière fortuite" → "fortuitously"); nil
    /// otherwise, or when the adjective's English is more than one word.
    func mannerAdverb(at k: Int) -> String? {
        guard k + 2 < items.count, ["façon", "manière"].contains(items[k + 1].lower), items[k + 2].kind == .word,
              !(k + 3 < items.count && ["de", "d'", "à", "que", "qu'"].contains(items[k + 3].lower)),
              let adjective = items[k + 2].analyses.first(where: { $0.partOfSpeech == .adjective })?.preferredEnglish
                ?? adjectiveCognate(of: items[k + 2]),
              !adjective.isEmpty, !adjective.contains(" ") else { return nil }
        return adjective.hasSuffix("ly") ? adjective : Lexicon.adverb(of: adjective)   // "weekly" stays
    }

    /// The English of a word the lexicon lists only as a noun, or derives, when it ends as an
    /// English adjective does ("rétrospective" → "retrospective", "chronologique" → "chronological").
    func adjectiveCognate(of item: Item) -> String? {
        let english = english(of: item)
        guard !english.unknown, Self.adjectiveEndings.contains(where: english.text.hasSuffix) else { return nil }
        return english.text
    }

    /// Endings of English adjectives.
    static let adjectiveEndings = ["al", "ic", "ive", "ous", "ent", "ant", "ate", "ar", "ble"]

    /// Determiners of a group or of any member of one, after which "chez" is "in".
    static let groupDeterminers: Set<String> = ["les", "des", "ces", "certains", "certaines", "plusieurs", "toute", "tout", "tous", "toutes"]

    /// Whether a verb group (optional ne, clitic pronouns, then a finite verb) starts at `k`.
    func startsVerbGroup(at k: Int) -> Bool {
        var j = k
        if j < items.count, items[j].lower == "ne" || items[j].lower == "n'" { j += 1 }
        while j < items.count, items[j].kind == .word, Self.clitics.contains(items[j].lower) { j += 1 }
        guard j > k, j < items.count, items[j].kind == .word else { return false }
        return items[j].analyses.contains { $0.partOfSpeech.isVerbal && $0.finiteForm != nil }
    }

    static let clitics: Set<String> = ["se", "s'", "me", "m'", "te", "t'", "lui", "leur", "y", "en", "le", "la", "les", "l'", "nous", "vous"]

    /// An adjective after être/devenir stays where it is ("il est prêt").
    static func isPredicate(_ items: [Item], at k: Int) -> Bool {
        guard k > 0 else { return false }
        let previous = items[k - 1]
        return previous.lemma == "être" || previous.lemma == "devenir" || previous.lemma == "rester" || previous.lemma == "sembler"
            || (previous.pos == .adverb && k > 1 && items[k - 2].lemma == "être")
    }

    mutating func preposition() {
        let item = items[i]
        let lower = item.lower
        let next = i + 1 < items.count ? items[i + 1] : nil
        // "habitués à disputer des matchs" → "used to play matches", "équivaut à 3,8" → "amounts to
        // 3.8", "provient des océans" → "comes from the oceans": a verb whose English ends in the
        // preposition takes no second one (a contraction keeps its article).
        let ownPreposition: Set<String> = ["à", "au", "aux"].contains(lower) ? ["to"] : ["du", "des"].contains(lower) ? ["from", "of"] : []
        if let previous = pieces.last, let last = previous.text.split(separator: " ").last, ownPreposition.contains(String(last)),
           i > 0, previous.source.upperBound <= items[i - 1].range.upperBound, items[i - 1].kind == .word, items[i - 1].pos?.isVerbal == true {
            i += 1
            if lower != "à" { nounPhrase(implicitArticle: item) }
            return
        }
        // "la hausse des prix" → "the rise in prices": a change of amount takes "in".
        if ["de", "d'", "du", "des"].contains(lower), let previous = pieces.last?.text.lowercased(), Self.changeNouns.contains(previous),
           i > 0, items[i - 1].kind == .word || items[i - 1].kind == .glossary, items[i - 1].pos == .noun || items[i - 1].kind == .glossary,
           let next, next.kind != .number {
            emit("in", item, rule: .grammar, origin: "increase of → increase in")
            i += 1
            if lower == "du" || lower == "des" { nounPhrase(implicitArticle: item) }
            return
        }
        // "le taux est de 5 %" → "the rate is 5%": être + de + an amount.
        if lower == "de" || lower == "d'", i > 0, items[i - 1].kind == .word, items[i - 1].lemma == "être", items[i - 1].isFiniteVerb,
           let next, next.kind == .number || ["environ", "près", "plus", "moins"].contains(next.lower) {
            i += 1; return
        }
        // "ses inquiétudes et de ses antécédents" → "his concerns and his history": the second
        // "de" of a coordination is not written again (a contraction keeps its article).
        if repeatsCoordinatedDe(at: i) {
            i += 1
            if lower == "du" || lower == "des" { nounPhrase(implicitArticle: item) }
            return
        }
        // Before an infinitive: de/à/pour → to, sans → without -ing, en + participle → by/while -ing.
        // "avant de mettre" → "before putting": the "de" belongs to "avant".
        let opensWithAvantDe = lower == "avant" && (next?.lower == "de" || next?.lower == "d'")
        // "sans pour autant abandonner" → "without necessarily abandoning".
        let opensWithSansPourAutant = lower == "sans" && next?.lower == "pour autant"
        var v = opensWithAvantDe || opensWithSansPourAutant ? i + 2 : i + 1
        while v < items.count, items[v].kind == .word, Self.clitics.contains(items[v].lower) || items[v].lower == "ne" || items[v].lower == "n'" { v += 1 }
        let verbItem = v < items.count ? items[v] : nil
        // After "les", a word read as a singular noun is a verb ("sans les toucher"); after
        // "le"/"la", a plural one is.
        let numberClash: Bool = {
            guard !opensWithAvantDe, !opensWithSansPourAutant, v == i + 2, let verbItem, let noun = verbItem.analyses.first(where: { $0.partOfSpeech == .noun }),
                  let number = noun.agreement?.number else { return false }
            switch items[i + 1].lower {
            case "les": return number == .singular
            case "le", "la", "l'": return number == .plural
            default: return !["le", "la", "les", "l'"].contains(items[i + 1].lower)
            }
        }()
        // "de leur pouvoir" is the noun "power": pouvoir or devoir is a verb only before an infinitive.
        let modalNoun = v < items.count && isModalOrNoun(at: v) && !startsInfinitive(at: v + 1)
        if let verbItem, verbItem.kind == .word, !modalNoun, let na = verbItem.analyses.first(where: { $0.partOfSpeech.isVerbal }),
           na.has(.infinitive) || na.has(.presentParticiple),
           v == (opensWithAvantDe || opensWithSansPourAutant ? i + 2 : i + 1) || verbItem.analyses.first?.partOfSpeech.isVerbal == true || numberClash {
            if na.has(.presentParticiple), lower == "en" {
                emit("by", item, rule: .grammar, origin: "en + participle → by -ing"); i += 1
                nonFiniteVerb(); return
            }
            // "parle de partir" → "talks about leaving": the verb's own preposition, then a gerund.
            if na.has(.infinitive), !opensWithAvantDe, !opensWithSansPourAutant, let english = prepositionBeforeGerund(at: i) {
                emit(english, item, rule: .grammar, origin: "\(lower) after this verb + infinitive → \(english.isEmpty ? "" : english + " ")-ing")
                i += 1
                nonFiniteVerb(gerund: true); return
            }
            // "éviter de toucher" → "avoid touching": verbs English follows with a gerund.
            if na.has(.infinitive), lower == "de" || lower == "d'", i > 0, Self.gerundTakingVerbs.contains(verb(before: i)?.lemma ?? "") {
                i += 1
                nonFiniteVerb(gerund: true); return
            }
            // "après avoir mangé" → "after eating", "après être élu" → "after being elected".
            if na.has(.infinitive), lower == "après", na.lemma == "avoir" || na.lemma == "être", v + 1 < items.count,
               let k = items[v + 1].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.verbForms.first?.tense == .pastParticiple }) {
                emit("after", item, rule: .grammar, origin: "après + past infinitive → after -ing")
                items[v + 1].pick = k
                let participle = items[v + 1]
                let passive = na.lemma == "être" && !Self.etreVerbs.contains(participle.lemma ?? "")
                let e = english(of: participle)
                if passive {
                    emit("being", items[v], rule: .grammar, origin: "après être + participle → after being")
                    emit(inflected(participle, e.text, .pastParticiple), participle, rule: e.rule, origin: e.origin)
                } else {
                    emit(inflected(participle, e.text, .gerund), participle, rule: e.rule, origin: (e.origin ?? "") + "; après avoir → after -ing")
                }
                i = v + 2
                return
            }
            // "cela permet de réduire" → "this makes it possible to reduce": allow needs an object.
            if na.has(.infinitive), lower == "de" || lower == "d'", let made = Self.madePossible[pieces.last?.text ?? ""],
               verb(before: i)?.lemma == "permettre" {
                pieces[pieces.count - 1].text = made
                emit("it possible to", item, rule: .grammar, origin: "permettre de + infinitive → make it possible to")
                i += 1
                nonFiniteVerb(); return
            }
            if na.has(.infinitive), let english = Self.prepositionsBeforeInfinitive[lower] {
                emit(english, item, rule: .grammar, origin: "\(lower) + infinitive")
                if opensWithSansPourAutant { emit("necessarily", items[i + 1], rule: .grammar, origin: "sans pour autant → without necessarily") }
                i += opensWithAvantDe || opensWithSansPourAutant ? 2 : 1
                nonFiniteVerb(gerund: lower == "sans" || lower == "avant" || lower == "par"); return
            }
        }
        // "passer par le Sénat" → "go through the Senate", "parler du match" → "speak about the match".
        if let english = prepositionAfterVerb(at: i) {
            emit(english, item, rule: .grammar, origin: "\(lower) after this verb → \(english.isEmpty ? "a direct object" : english)")
            i += 1
            if lower == "du" || lower == "des" { nounPhrase(implicitArticle: item) }   // the article goes to the noun phrase
            return
        }
        // "vers 10 h", "vers 2015" → "around": vers before a number is a time or an amount.
        if lower == "vers", let next, next.kind == .number || next.pos == .numeral {
            emit("around", item, rule: .grammar, origin: "vers + number → around"); i += 1; return
        }
        // "à 136 ans" → "at 136".
        if lower == "à", let next, next.kind == .number, i + 2 < items.count, items[i + 2].lower == "ans" {
            emit("at", item, rule: .grammar, origin: "à + age → at")
            emit(Self.englishNumber(next.surface), source: next.range.lowerBound..<items[i + 2].range.upperBound, rule: .number,
                 origin: "à N ans → at N")
            i += 3; return
        }
        // "à 7 h 19" → "at 7:19 a.m.".
        if lower == "à", let next, next.kind == .number, i + 2 < items.count, items[i + 2].lower == "h" {
            emit("at", item, rule: .grammar, origin: "à + time → at"); i += 1; return
        }
        // "chez les patients", "chez des adultes", "chez toute personne" → "in": a group of people
        // or animals where something is found (a home or a firm is one: "chez le médecin" keeps "at").
        if lower == "chez", let next, Self.groupDeterminers.contains(next.lower), i + 2 < items.count,
           items[i + 2].kind == .glossary || (items[i + 2].kind == .word && (items[i + 2].pos == .noun || items[i + 2].pos == .adjective)) {
            emit("in", item, rule: .grammar, origin: "chez + a group → in"); i += 1; return
        }
        if lower == "pour", let next, next.lower == "que" || next.lower == "qu'" {
            emit("so that", item, rule: .grammar, origin: "pour que"); i += 2; return
        }
        // à, au, aux before a place: "à Paris", "au Québec" → "in".
        let beforePlace = next.map { isProperName($0) || ($0.kind == .glossary && $0.glossary?.entry.preferredTarget.first?.isUppercase == true) } ?? false
        if lower == "à", beforePlace {
            // "de Paris à Lyon" → "from Paris to Lyon", "aller à Lyon" → "go to Lyon".
            if closesFromToRange(at: i) {
                emit("to", item, rule: .grammar, origin: "de … à → from … to"); i += 1; return
            }
            if followsMotionVerb(at: i) {
                emit("to", item, rule: .grammar, origin: "verb of motion + à + place → to"); i += 1; return
            }
            emit("in", item, rule: .grammar, origin: "à + place → in"); i += 1; return
        }
        // "le plus grand pays du monde" → "the biggest country in the world".
        if isSuperlativeComplement(at: i) {
            emit("in", item, rule: .grammar, origin: "superlative + de → in")
            i += 1
            if lower == "du" { nounPhrase(implicitArticle: item) }
            return
        }
        // Contractions: du, des, au, aux → preposition + the (the article goes to the noun phrase).
        if let analysis = item.analysis, analysis.preferredEnglish.hasSuffix(" the") || analysis.preferredEnglish == "the" {
            var preposition = String(analysis.preferredEnglish.dropLast(analysis.preferredEnglish == "the" ? 3 : 4))
            if (lower == "au" || lower == "aux"), beforePlace {
                preposition = closesFromToRange(at: i) || followsMotionVerb(at: i) ? "to" : "in"
            }
            emit(preposition, item, rule: .lexicon, origin: analysis.origin.description)
            i += 1
            nounPhrase(implicitArticle: item)
            return
        }
        // "de X à Y" → "from X to Y" at a clause start, after a verb or before a number.
        if lower == "de" || lower == "d'", fromToRangeEnd(openedAt: i) != nil {
            emit("from", item, rule: .grammar, origin: "de … à → from … to"); i += 1; return
        }
        // "d'accord" → "in agreement"; a verb whose English ends in "of" takes no second one
        // ("se débarrasser de" → "get rid of").
        if lower == "de" || lower == "d'", let previous = pieces.last?.text, previous == "of" || previous.hasSuffix(" of") {
            i += 1; return
        }
        // de after a quantity or a negation: "beaucoup de gens" → "many people", "pas de" → "no".
        if lower == "de" || lower == "d'", let previous = pieces.last?.text, ["many", "much", "more", "less", "fewer", "no", "enough", "too many", "too much", "a lot of", "lots of", "few", "a few", "a little", "little"].contains(previous) || ["many", "much", "more", "less", "fewer", "enough", "few", "little"].contains(previous.split(separator: " ").last.map(String.init) ?? "") {
            i += 1; return
        }
        emitWord(item); i += 1
    }

    /// The "à" (au, aux) closing a "de X à Y" range ("from X to Y") opened by the "de" at `d`:
    /// the "de" opens a clause, follows a verb or precedes a number, and the "à" comes within
    /// four words with no finite verb or punctuation between; after a noun, a range of places
    /// ("le train de Paris à Lyon"). Nil when `d` opens no range.
    func fromToRangeEnd(openedAt d: Int) -> Int? {
        guard d < items.count, items[d].lower == "de" || items[d].lower == "d'" else { return nil }
        let previous = d > 0 ? items[d - 1] : nil
        let opensRange = previous == nil || previous?.kind == .punctuation || (previous?.pos?.isVerbal ?? false)
            || (d + 1 < items.count && items[d + 1].kind == .number)
        guard let k = items[(d + 1)...].prefix(4).firstIndex(where: { ["à", "au", "aux"].contains($0.lower) }),
              !items[(d + 1)..<k].contains(where: { $0.isFiniteVerb || $0.kind == .punctuation }) else { return nil }
        return opensRange || isPlaceRange(openedAt: d, closedAt: k) ? k : nil
    }

    /// Whether "de" at `d` and "à" at `k` join two places, "de Paris à Lyon", "de Paris au
    /// Japon" (places as ``thingNameAgreement(_:)`` knows them; "les promesses de Zuckerberg à
    /// Paris" is no range).
    func isPlaceRange(openedAt d: Int, closedAt k: Int) -> Bool {
        guard d + 2 == k, k + 1 < items.count else { return false }
        return thingNameAgreement(d + 1) != nil && thingNameAgreement(k + 1) != nil
    }

    /// Whether the "à" (au, aux) at `k` closes a "de X à Y" range: "de Paris à Lyon" → "to Lyon", not "in".
    func closesFromToRange(at k: Int) -> Bool {
        (max(0, k - 4)..<k).contains { fromToRangeEnd(openedAt: $0) == k }
    }

    /// Whether the "de" (d', du, des) or "à" (au, aux) at `k` follows "et"/"ou" and repeats one
    /// of the same clause at most eight words before ("la protection des droits et des libertés",
    /// "aux enfants et aux parents"), before a noun phrase (an infinitive keeps its "to": "de
    /// partir et de revenir").
    func repeatsCoordinatedDe(at k: Int) -> Bool {
        let families: [Set<String>] = [["de", "d'", "du", "des"], ["à", "au", "aux"]]
        guard k > 1, k + 1 < items.count, let family = families.first(where: { $0.contains(items[k].lower) }),
              ["et", "ou"].contains(items[k - 1].lower), !startsInfinitive(at: k + 1) else { return false }
        for j in stride(from: k - 2, through: max(0, k - 9), by: -1) {
            let item = items[j]
            if item.kind == .punctuation && item.surface != "," || item.isFiniteVerb { return false }
            if item.kind == .word, family.contains(item.lower), item.pos == .adposition { return true }
        }
        return false
    }

    /// The forms of "allow" with no object, and of "make" that replace them before "it possible
    /// to" ("permet de réduire" → "makes it possible to reduce").
    static let madePossible: [String: String] = [
        "allow": "make", "allows": "makes", "allowed": "made", "allowing": "making",
        "enable": "make", "enables": "makes", "enabled": "made", "enabling": "making",
    ]

    /// English nouns of a change in amount, whose complement takes "in" ("the rise in prices").
    static let changeNouns: Set<String> = [
        "increase", "increases", "rise", "rises", "fall", "falls", "decline", "declines", "drop", "drops", "decrease",
        "decreases", "reduction", "reductions", "cut", "cuts", "surge",
    ]

    /// Adjectives whose own complement is "de" ("la plus proche du Soleil" → "the closest to the
    /// Sun"): after them a superlative's "de" is not "in".
    static let adjectivesTakingDe: Set<String> = [
        "proche", "loin", "éloigné", "capable", "fier", "digne", "responsable", "conscient", "plein", "susceptible",
        "dépendant", "différent", "issu", "originaire", "friand", "avide", "victime",
    ]

    /// Whether the "de" (d', du) at `k` names where a superlative holds: "le plus grand pays du
    /// monde" → "in the world", "la meilleure saison de l'histoire" → "in history". The
    /// superlative ("le plus", "la moins", "le meilleur", "le pire") is at most four words before,
    /// with no verb or punctuation between; "des", "de tous" and numbers keep "of" ("le plus
    /// grand des deux", "la meilleure de toutes").
    func isSuperlativeComplement(at k: Int) -> Bool {
        guard k > 0, ["de", "d'", "du"].contains(items[k].lower), k + 1 < items.count,
              !["tous", "toutes", "ceux", "celles", "eux", "elles", "nous", "vous"].contains(items[k + 1].lower),
              items[k + 1].kind != .number, items[k + 1].pos != .numeral,
              !Self.adjectivesTakingDe.contains(items[k - 1].lemma ?? items[k - 1].lower) else { return false }
        var j = k - 1
        while j >= 0, j >= k - 5 {
            let item = items[j]
            if item.kind == .punctuation || item.isFiniteVerb { return false }
            if j > 0, ["le", "la", "les", "l'"].contains(items[j - 1].lower),
               ["plus", "moins"].contains(item.lower) || ["meilleur", "pire"].contains(item.lemma ?? "") {
                return j + 1 < k
            }
            j -= 1
        }
        return false
    }

    /// Verbs of motion whose "à" + place is a destination ("aller à Lyon" → "go to Lyon"); other
    /// verbs keep the location's "in" ("être à Lyon" → "be in Lyon", "arriver à Lyon" → "arrive in Lyon").
    static let motionVerbs: Set<String> = [
        "aller", "venir", "revenir", "retourner", "rentrer", "voyager", "déménager", "envoyer", "emmener", "transférer",
    ]

    /// Whether the preposition at `k` follows one of ``motionVerbs`` (adverbs between skipped).
    func followsMotionVerb(at k: Int) -> Bool {
        var j = k - 1
        while j > 0, items[j].kind == .word, items[j].pos == .adverb { j -= 1 }
        guard j >= 0, items[j].kind == .word, items[j].pos?.isVerbal == true else { return false }
        return Self.motionVerbs.contains(items[j].lemma ?? "")
    }

    /// Whether the noun after the quantity at `k` and its "de" (`items[k + 2]`, an adjective
    /// and its noun, or a glossary term) is plural. An invariable noun there is made plural
    /// unless it is one of ``uncountableInvariables`` ("beaucoup de pays" → "many countries"),
    /// and its reading updated so the noun phrase agrees.
    mutating func quantityNounIsPlural(at k: Int) -> Bool {
        guard k + 2 < items.count else { return false }
        // The noun after any adjectives before it ("beaucoup de grands pays").
        var head = k + 2
        while head + 1 < items.count, head < k + 4, items[head].kind == .word, items[head].pos == .adjective { head += 1 }
        if items[head].kind == .word, let analysis = items[head].analysis, analysis.partOfSpeech == .noun,
           analysis.agreement?.number == .both, !Self.uncountableInvariables.contains(analysis.lemma) {
            items[head].analyses[items[head].pick].agreement?.number = .plural
        }
        let noun = items[head].kind == .glossary || items[head].pos == .noun ? items[head] : items[k + 2]
        let looksPlural = InflectionKey.isPlural(noun.surface) && !noun.lower.hasSuffix("ss")
        return noun.kind == .glossary ? (noun.glossary?.isPlural ?? false) || looksPlural
            : (noun.analysis.map { $0.isPlural } ?? looksPlural)
    }

    mutating func nonFiniteVerb(gerund: Bool = false) {
        var negation: String?
        if i < items.count, items[i].lower == "ne" || items[i].lower == "n'" {
            if i + 1 < items.count, ["pas", "plus", "jamais", "rien"].contains(items[i + 1].lower) { negation = items[i + 1].lower; i += 2 }
            else { i += 1 }
        }
        var objects: [Item] = []
        // The clitics before the verb, all of them ("pour s'en sortir", "pour le lui dire").
        var end = i
        while end + 1 < items.count, items[end].kind == .word, Self.clitics.contains(items[end].lower) { end += 1 }
        if end > i, items[end].analyses.contains(where: { $0.partOfSpeech.isVerbal && !$0.verbForms.contains { $0.tense.isFinite } }) {
            objects = Array(items[i..<end]); i = end
        }
        guard i < items.count else { return }
        if let k = items[i].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && !$0.verbForms.contains { $0.tense.isFinite } }) {
            items[i].pick = k
        }
        let item = items[i]
        guard let analysis = item.analysis, analysis.partOfSpeech.isVerbal else { emitWord(item); i += 1; return }
        var base = english(of: item)
        let idiom = verbNounIdiom(of: analysis.lemma, at: i + 1)   // "de porter plainte" → "to file a complaint"
        if let idiom { base.text = idiom } else if let english = englishForObject(of: analysis.lemma, at: i + 1) { base.text = english }
        else if objects.contains(where: { ["se", "s'"].contains($0.lower) }), let english = Self.reflexiveMeanings[analysis.lemma] {
            base.text = english   // "pour s'y rendre" → "to go there"
        }
        else if let english = englishBeforePreposition(of: analysis.lemma, at: i + 1) { base.text = english }
        else if analysis.has(.infinitive), let english = modalInfinitiveEnglish(analysis.lemma, at: i + 1) { base.text = english }
        else if objects.isEmpty, analysis.verbForms.first?.tense != .pastParticiple,   // "passées à Oxford": passive, not "gone"
                let english = englishWithoutObject(of: analysis.lemma, at: i + 1) { base.text = english }
        if let negation { emitGrammar(negation == "pas" ? "not" : negation == "plus" ? "no longer" : negation == "jamais" ? "never" : "not", at: item, origin: "negation") }
        let tense = analysis.verbForms.first?.tense ?? .infinitive
        let text: String
        switch tense {
        case .presentParticiple: text = inflected(item, base.text, .gerund)
        case .pastParticiple: text = inflected(item, base.text, .pastParticiple)
        default: text = gerund ? inflected(item, base.text, .gerund) : base.text
        }
        emit(text, item, rule: base.rule, origin: base.origin, unknown: base.unknown)
        i += idiom == nil ? 1 : 2
        objects = bodyPartPossessive(after: objects, subject: nil)
        for object in objects { emitObject(object, verb: analysis.lemma) }
        if negation == "rien" { emitGrammar("anything", at: item, origin: "ne … rien") }
    }

    /// Body parts, which French writes with the definite article after a reflexive verb.
    static let bodyParts: Set<String> = [
        "visage", "figure", "main", "mains", "oeil", "œil", "yeux", "nez", "bouche", "tête", "cheveu", "cheveux", "dent", "dents",
        "bras", "jambe", "jambes", "doigt", "doigts", "oreille", "oreilles", "pied", "pieds", "cou", "dos", "coude", "coudes",
        "genou", "genoux", "peau", "lèvre", "lèvres", "poignet", "poignets", "épaule", "épaules", "ventre", "gorge",
    ]

    /// "vous toucher le visage" → "touch your face", "je me lave les mains" → "I wash my hands":
    /// a reflexive clitic before a definite article and a body part is English's possessive.
    /// Marks the article and returns the clitics still to write as objects.
    mutating func bodyPartPossessive(after clitics: [Item], subject: String?) -> [Item] {
        guard i + 1 < items.count, ["le", "la", "les", "l'"].contains(items[i].lower), items[i + 1].kind == .word,
              Self.bodyParts.contains(items[i + 1].lower),
              let reflexive = clitics.lastIndex(where: { ["me", "m'", "te", "t'", "se", "s'", "nous", "vous"].contains($0.lower) })
        else { return clitics }
        let possessive = switch clitics[reflexive].lower {
        case "me", "m'": "my"
        case "te", "t'", "vous": "your"
        case "nous": "our"
        default: subject == "il" ? "his" : subject == "elle" ? "her" : "their"
        }
        items[i].possessive = possessive
        var rest = clitics
        rest.remove(at: reflexive)
        return rest
    }

    /// Writes the clitic at its place after `verb` (a lemma): its object pronoun, or "there" for a
    /// "y" of place ("y aller" → "go there").
    mutating func emitObject(_ clitic: Item, verb: String? = nil) {
        let origin = Self.isThere(clitic.lower, verb: verb) ? "y with a verb of place → there" : "object pronoun after the verb"
        emit(Self.objectPronoun(clitic.lower, verb: verb), clitic, rule: .grammar, origin: origin)
    }

    /// The English object pronoun of a French clitic ("" for se, en, and for y except with a
    /// verb of place, see ``isThere(_:verb:)``). `verb` is the lemma of the verb it goes with.
    static func objectPronoun(_ clitic: String, verb: String? = nil) -> String {
        if isThere(clitic, verb: verb) { return "there" }
        return switch clitic {
        case "le", "la", "l'": "it"
        case "les", "leur": "them"
        case "lui": "him"
        case "me", "m'": "me"
        case "te", "t'", "vous": "you"
        case "nous": "us"
        default: ""
        }
    }

}

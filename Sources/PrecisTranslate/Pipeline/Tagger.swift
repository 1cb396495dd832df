/// Picks one reading per word from its neighbours, left to right.
///
/// Each reading starts from its rank in the lexicon (the likeliest in news first) and gains or
/// loses points from simple, well-known French contexts: after a determiner a noun or adjective,
/// after a subject or object pronoun a finite verb, after *avoir*/*être* a past participle, after
/// a preposition an infinitive; *le/la/les* before a verb are pronouns; *des/du* after a noun
/// are "of the"; a capitalized word inside a sentence prefers its proper-noun reading.
extension Translator {
    func tag(_ items: inout [Item]) {
        for k in items.indices where items[k].analyses.count > 1 {
            let previous = items[k].followsFrontedVerb ? Self.frontedVerb(items, before: k).map { items[$0] } : k > 0 ? items[k - 1] : nil
            let next = k + 1 < items.count ? items[k + 1] : nil
            var best = 0
            var bestScore = -Double.infinity
            for (index, candidate) in items[k].analyses.enumerated() {
                let score = -0.6 * Double(index) + contextScore(candidate, item: items[k], previous: previous, next: next)
                if score > bestScore { bestScore = score; best = index }
            }
            items[k].pick = best
        }
        preferVerbsAfterNounSubjects(&items)
        preferFiniteForms(&items)
        preferPartitives(&items)
    }

    /// "de la"/"de l'" after a verb that takes a quantity of something is the partitive article,
    /// which English leaves out ("avez-vous de la fièvre ?" → "do you have fever?", "il boit de
    /// l'eau" → "he drinks water"), not "of the". The verb may be followed by its inverted
    /// subject pronoun and an adverb ("avez-vous encore de la fièvre").
    func preferPartitives(_ items: inout [Item]) {
        for k in items.indices.dropFirst().dropLast() where items[k].lower == "de" && ["la", "l'"].contains(items[k + 1].lower) {
            var j = k - 1
            while j > 0, items[j].kind == .word, items[j].isInvertedPronoun || items[j].pos == .adverb { j -= 1 }
            guard items[j].kind == .word, let verb = items[j].analysis, verb.partOfSpeech.isVerbal,
                  Self.partitiveVerbs.contains(verb.lemma),
                  let article = items[k].index(of: .determiner),
                  let definite = items[k + 1].index(of: .determiner) else { continue }
            items[k].pick = article
            items[k + 1].pick = definite
        }
    }

    /// Verbs whose object is often a quantity of a mass noun, with the partitive article.
    static let partitiveVerbs: Set<String> = [
        "avoir", "boire", "manger", "prendre", "acheter", "ajouter", "contenir", "consommer", "produire", "vendre",
    ]

    /// A form that is a past participle or a finite verb ("dit", "écrit", "fait") is the finite
    /// verb right after a subject pronoun ("Il dit pouvoir gagner" → "He says he can win"), and
    /// after a noun-phrase subject when a bare infinitive or "que" follows, which a participle
    /// or an adjective does not take ("Le président dit pouvoir gagner" → "says he can win").
    func preferFiniteForms(_ items: inout [Item]) {
        for k in items.indices.dropFirst() where items[k].kind == .word && !items[k].isFrontedQuestionVerb {
            let previous = items[k - 1]
            let afterPronoun = previous.kind == .word && previous.pos == .pronoun && !previous.isInvertedPronoun
                && Self.subjectPronouns.contains(previous.lower)
            let subject: (person: Int, plural: Bool)
            if afterPronoun {
                subject = Self.pronounPersons[previous.lower] ?? (3, false)
            } else if k + 1 < items.count, Self.takesClause(items[k + 1]), let plural = Self.nounSubjectNumber(items, before: k) {
                subject = (3, plural)
            } else {
                continue
            }
            guard items[k].analysis.map({ !($0.partOfSpeech.isVerbal && $0.verbForms.first?.tense.isFinite == true) }) ?? false,
                  let verb = items[k].analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.has(.pastParticiple) }),
                  let form = items[k].analyses[verb].verbForms.firstIndex(where: {
                      $0.tense.isFinite && $0.person == subject.person && $0.isPlural == subject.plural
                  }) else { continue }
            items[k].pick = verb
            items[k].analyses[verb].verbForms.insert(items[k].analyses[verb].verbForms.remove(at: form), at: 0)
        }
    }

    /// The person and number of subject pronouns.
    static let pronounPersons: [String: (person: Int, plural: Bool)] = [
        "je": (1, false), "j'": (1, false), "tu": (2, false), "il": (3, false), "elle": (3, false), "on": (3, false),
        "c'": (3, false), "ce": (3, false), "nous": (1, true), "vous": (2, true), "ils": (3, true), "elles": (3, true),
    ]

    /// Whether `item` opens what a finite verb takes and a participle does not: a bare
    /// infinitive (not a noun reading: "le pouvoir" is the noun after its article) or "que".
    static func takesClause(_ item: Item) -> Bool {
        guard item.kind == .word else { return false }
        if item.lower == "que" || item.lower == "qu'" { return true }
        return item.analyses.contains { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }
    }

    /// A word read as a noun after a noun-phrase subject is the finite verb when it can be one
    /// that agrees with that subject and what follows is what the verb takes: a bare noun the
    /// verb forms an idiom with (`Generator.verbNounIdioms`: "La famille porte plainte" →
    /// "files a complaint", not "door") or, for rester, "à" + infinitive ("Le plus dur reste à
    /// faire" → "remains to be done", not "rest"), or the end of the sentence ("Le projet
    /// avance." → "advances", not "lead"), or an object opening with an article ("Le joueur
    /// porte un maillot" → "wears a jersey"; not "des"/"du", which may be "of the"). The
    /// subject is a determiner opening a clause, then nouns, adjectives or "plus"/"moins"/"très".
    func preferVerbsAfterNounSubjects(_ items: inout [Item]) {
        for k in items.indices.dropFirst(2) where items[k].kind == .word && items[k].pos == .noun {
            guard let plural = Self.nounSubjectNumber(items, before: k) else { continue }
            guard let verb = items[k].analyses.firstIndex(where: { a in
                a.partOfSpeech == .verb && a.verbForms.contains { $0.tense.isFinite && $0.person == 3 && $0.isPlural == plural }
            }) else { continue }
            let lemma = items[k].analyses[verb].lemma
            // Ending the sentence: French rarely ends one on two bare nouns ("Le projet avance.").
            guard k + 1 < items.count, ![".", "!", "?", "…"].contains(items[k + 1].surface) else {
                items[k].pick = verb
                continue
            }
            let next = items[k + 1]
            let nextWord = next.lower.split(separator: " ").first.map(String.init) ?? next.lower
            let idiom = (next.kind == .word || next.kind == .glossary) && Generator.verbNounIdioms[lemma]?[nextWord] != nil
            // An object follows: "Le joueur porte un maillot" (never two bare nouns and an article).
            let object = next.kind == .word && next.can(.determiner) && !["des", "du", "de", "d'"].contains(next.lower)
            let resterA = lemma == "rester" && (Generator.remainsToBeSeen.contains(next.lower)
                || (next.lower == "à" && k + 2 < items.count && items[k + 2].analyses.contains { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }))
            // A copula before its adjective: "Le groupe reste discret" → "remains discreet".
            let copula = Self.copulasBeforeAdjectives.contains(lemma) && Self.isPredicative(next)
            let licensed = idiom || object || resterA || copula
            if licensed { items[k].pick = verb }
        }
        // After a comma, with no determiner for the noun: "Malgré les scandales, reste optimiste
        // et …" (a subject the text left out) → "remains optimistic".
        for k in items.indices.dropFirst().dropLast() where items[k].kind == .word && items[k].pos == .noun
            && items[k - 1].surface == "," && Self.isPredicative(items[k + 1]) {
            if let verb = items[k].analyses.firstIndex(where: { a in
                a.partOfSpeech == .verb && Self.copulasBeforeAdjectives.contains(a.lemma)
                    && a.verbForms.contains { $0.tense.isFinite && $0.person == 3 && !$0.isPlural }
            }) {
                items[k].pick = verb
            }
        }
    }

    /// Verbs that take an adjective as their complement and are spelled like nouns in some
    /// forms ("reste", "demeure"); être has its own rules. Not `Generator.copulas`, the verbs
    /// after which a bare noun is a predicate ("il est médecin").
    static let copulasBeforeAdjectives: Set<String> = ["rester", "demeurer", "devenir", "sembler", "paraître"]

    /// Whether `item` is an adjective or a past participle that cannot open a noun phrase (what
    /// a copula takes: "discret", "optimiste", "ouvert").
    static func isPredicative(_ item: Item) -> Bool {
        item.kind == .word && !item.can(.determiner)
            && item.analyses.contains { $0.partOfSpeech == .adjective || ($0.partOfSpeech.isVerbal && $0.has(.pastParticiple)) }
    }

    /// Whether the noun phrase just before `k` is a subject and is plural: a determiner opening
    /// the line or a clause (after punctuation, "que", "et", "mais"), then only nouns,
    /// adjectives and degree adverbs up to `k` ("la famille", "le plus dur", "les jeunes
    /// joueurs"). Nil when no such noun phrase ends at `k`.
    static func nounSubjectNumber(_ items: [Item], before k: Int) -> Bool? {
        var j = k - 1
        var sawHead = false
        while j >= 0, j >= k - 5 {
            let item = items[j]
            guard item.kind == .word, let pos = item.pos else { return nil }
            if pos == .determiner {
                let opensClause = j == 0 || items[j - 1].kind == .punctuation || ["que", "qu'", "et", "mais"].contains(items[j - 1].lower)
                guard sawHead, opensClause else { return nil }
                if let number = item.analysis?.agreement?.number, number != .both { return number == .plural }
                return items[k - 1].analysis?.isPlural ?? false
            }
            if pos == .noun || pos == .adjective {
                sawHead = true
            } else if !(pos == .adverb && ["plus", "moins", "très"].contains(item.lower)) {
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// Where the last word of the fronted verb (and what it governs) is, before the subject
    /// that ends at `k`: what the item at `k` followed in French.
    static func frontedVerb(_ items: [Item], before k: Int) -> Int? {
        guard var j = items[..<k].lastIndex(where: \.isFrontedQuestionVerb) else { return k > 0 ? k - 1 : nil }
        while j + 1 < k, items[j + 1].kind == .word, items[j + 1].pos?.isVerbal == true || items[j + 1].pos == .adverb { j += 1 }
        return j
    }

    private static let subjectPronouns: Set<String> = ["il", "elle", "ils", "elles", "on", "je", "j'", "tu", "nous", "vous", "c'", "ce"]
    private static let objectClitics: Set<String> = ["se", "s'", "me", "m'", "te", "t'", "lui", "leur", "y", "en", "le", "la", "les", "l'", "nous", "vous"]

    func contextScore(_ a: Analysis, item: Item, previous: Item?, next: Item?) -> Double {
        var score = 0.0
        let pos = a.partOfSpeech
        let finite = pos.isVerbal && a.verbForms.first.map { $0.tense.isFinite } == true
        let participle = pos.isVerbal && a.verbForms.first?.tense == .pastParticiple
        let lower = item.lower
        if let previous, previous.kind == .word || previous.kind == .glossary || previous.kind == .number {
            // A glossary term or an unknown word reads as a noun ("le nouveau combo gagnant").
            let unknown = previous.kind == .word && previous.analyses.isEmpty
            let prevPOS = unknown && previous.isCapitalized ? PartOfSpeech.properNoun
                : previous.kind == .glossary || unknown ? PartOfSpeech.noun
                : (previous.kind == .number ? .numeral : previous.pos)
            let prevLower = previous.lower
            switch prevPOS {
            case .determiner?, .numeral?:
                if pos == .noun || pos == .adjective { score += 3 }
                // "une politique extérieure": before a word that cannot be a noun, this one is the noun.
                if pos == .adjective, item.can(.noun), let next, next.kind == .word, !next.analyses.isEmpty,
                   !next.can(.noun), next.can(.adjective) {
                    score -= 2
                }
                if finite || pos == .pronoun || pos == .auxiliary || pos == .determiner { score -= 3 }
                if participle { score -= 1 }
            case .pronoun? where !previous.isInvertedPronoun:
                if Self.subjectPronouns.contains(prevLower) || Self.objectClitics.contains(prevLower) {
                    if finite { score += 3 }
                    if pos == .noun || pos == .determiner || pos == .adjective { score -= 2 }
                }
            case .verb? where ["du", "des", "de", "d'"].contains(lower):
                // Partitive after a verb ("boire du lait"); "of the" after a verb taking "de"
                // ("parler des règles" → "speak about the rules"), and its own preposition
                // before an indefinite plural ("souffrir de graves maladies" → "suffer from
                // serious diseases", not the article "de").
                if Generator.prepositionsAfterVerb[previous.lemma ?? ""]?["de"] != nil {
                    if pos == .adposition { score += 3 }
                } else if lower == "du" || lower == "des", pos == .determiner {
                    score += 1.5
                }
            case .auxiliary?:
                if participle { score += 3 }
                if pos == .noun { score -= 1 }
            case .adposition?:
                if pos.isVerbal, a.has(.infinitive) { score += 2 }
                if finite { score -= 3 }
                if pos == .noun || pos == .determiner || pos == .properNoun { score += 1 }
            case .noun?, .properNoun?, .adjective?:
                if ["des", "du", "de", "d'"].contains(lower) { score += pos == .adposition ? 3 : 0 }
                // After a name, a verb rather than an adjective: "Meta continue d'investir".
                if prevPOS == .properNoun, previous.isCapitalized {
                    if finite { score += 1.5 }
                    if pos == .adjective { score -= 1 }
                }
                // French rarely puts two bare nouns side by side: the second is an adjective or a participle.
                if prevPOS == .noun, pos == .adjective { score += 2 }
                if prevPOS == .noun, participle { score += 1.5 }
                // A present participle does not agree: after a plural noun, the singular noun or
                // adjective it also spells is not the reading ("les cabinets participant à …" →
                // "taking part in", "les individus souffrant de …" → "suffering from").
                if prevPOS == .noun, previous.analysis?.isPlural == true, pos.isVerbal, a.verbForms.first?.tense == .presentParticiple,
                   item.analyses.contains(where: { ($0.partOfSpeech == .noun || $0.partOfSpeech == .adjective) && !$0.isPlural }) {
                    score += 2
                }
            default: break
            }
            if (lower == "du" || lower == "des"), prevLower == "que" || prevLower == "qu'", pos == .determiner { score += 1.5 }
            if lower == "est", !["l'", "le", "du", "à", "au", "nord", "sud", "d'"].contains(prevLower) {
                if pos == .auxiliary { score += 7 }
            }
            if prevLower == "ne" || prevLower == "n'" {
                if finite || pos == .pronoun { score += 3 }
            }
        } else if let previous, previous.kind == .symbol || previous.kind == .number, lower == "des" || lower == "du" {
            if pos == .adposition { score += 3 }   // "90 % des malades" → "90% of the patients"
        } else if previous == nil || previous?.kind == .punctuation {
            // Line or clause start: determiners before nouns, not object pronouns.
            if pos == .pronoun, ["le", "la", "les", "l'"].contains(lower) { score -= 1 }
        }
        if let next, next.kind == .word || next.kind == .glossary {
            switch lower {
            case "le", "la", "les", "l'":
                if previous.map({ Self.subjectPronouns.contains($0.lower) && !$0.isInvertedPronoun }) == true {
                    if pos == .pronoun { score += 4 }
                    break
                }
                let nextIsVerb = next.kind == .word && (next.analyses.first.map { $0.partOfSpeech.isVerbal && $0.finiteForm != nil } ?? false)
                    && !next.can(.noun) && !next.can(.adjective)
                if pos == .pronoun { score += nextIsVerb ? 4 : -2 }
            case "en":
                let nextIsVerb = next.analyses.first.map { $0.partOfSpeech.isVerbal && $0.finiteForm != nil } ?? false
                if pos == .pronoun { score += nextIsVerb ? 3 : -1 }
                if pos == .adposition, next.analyses.first?.has(.presentParticiple) == true { score += 2 }
            case "s'":
                if next.lower == "il" || next.lower == "ils" { score += pos == .subordinatingConjunction ? 4 : -2 }
            case "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "était", "étaient":
                let nextIsParticiple = next.analyses.contains { $0.partOfSpeech.isVerbal && $0.verbForms.first?.tense == .pastParticiple }
                if pos == .auxiliary { score += nextIsParticiple ? 2 : -0.5 }
            default: break
            }
            if pos == .determiner, next.kind == .word, next.analyses.first.map({ $0.partOfSpeech.isVerbal && $0.finiteForm != nil && !next.can(.noun) }) == true {
                score -= 2
            }
            if pos == .determiner, next.kind == .glossary || (next.kind == .word && next.analyses.first.map { $0.partOfSpeech == .noun || $0.partOfSpeech == .adjective } == true) {
                score += 1.5   // "ce réseau"
            }
        }
        if item.isCapitalized, !item.startsSentence {
            if pos == .properNoun { score += 2 }
            if pos == .noun { score += 1 }   // French capitalizes nationality nouns, not adjectives: "les Allemands"
        }
        return score
    }
}

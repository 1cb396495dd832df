/// Word patterns ahead of the general cases of `word()`: fixed French sequences whose English is
/// not their words' ("parce qu'" → "because", "d'autres" → "others", "celui de" → "that of"),
/// words whose reading depends on their neighbours ("pouvoir" before an infinitive, "demande"
/// opening an incise, "dû" before à), and quantities ("trop" after a verb → "too much").
extension Generator {
    /// Verbs after which "comme" is "as": "qualifié comme dangereux" → "described as dangerous",
    /// "travaille comme serveur" → "works as a waiter".
    static let verbsTakingAs: Set<String> = [
        "considérer", "qualifier", "décrire", "percevoir", "définir", "présenter", "désigner", "reconnaître", "classer",
        "traiter", "voir", "regarder", "utiliser", "servir", "agir", "fonctionner", "caractériser", "travailler",
        "apparaître", "interpréter", "identifier", "choisir", "nommer", "élire", "employer", "engager",
    ]
    /// Conjunctions made of a word and "que", by that word, for their elided form ("parce qu'il"
    /// → "because he"); not after a verb ("il sait bien qu'il …" is "well").
    static let conjunctionsBeforeQue: [String: String] = [
        "parce": "because", "alors": "while", "tandis": "while", "bien": "although", "dès": "as soon as",
        "avant": "before", "sans": "without", "afin": "so that", "pendant": "while", "depuis": "since", "après": "after",
        "encore": "although", "ainsi": "as well as", "plutôt": "rather than", "sauf": "except that", "maintenant": "now that",
    ]
    /// Verbs of saying that open an incise after a quotation ("…, demande Mme Plamondon").
    static let sayingVerbs: Set<String> = [
        "dire", "demander", "expliquer", "ajouter", "souligner", "préciser", "déclarer", "affirmer", "estimer", "indiquer",
        "raconter", "confier", "noter", "insister", "poursuivre", "conclure", "assurer", "rappeler", "observer", "répondre",
        "commenter", "lancer", "reconnaître", "avertir", "prévenir", "regretter", "résumer", "témoigner", "admettre",
    ]
    /// Unit symbols written as they are after a number ("450 m", "200 g").
    static let unitSymbols: Set<String> = ["m", "g", "mg", "t", "ml", "cl", "dl", "s", "min"]

    /// Writes the pattern starting at `i`, if any, advancing `i`; returns false (writing nothing,
    /// though it may settle a neighbour's reading: "six cents") when none applies.
    mutating func wordPattern() -> Bool {
        let item = items[i]
        let lower = item.lower
        // "je crois pouvoir le faire" → "… can do it": the clitic is the object of the infinitive
        // after pouvoir or devoir, whose English needs no "to" of its own.
        if Self.clitics.contains(lower), infinitiveGovernor(at: i).map(Self.modalInfinitives.keys.contains) == true {
            nonFiniteVerb(); return true
        }
        // "ils ont voulu pouvoir partir" → "… wanted to be able to leave": pouvoir (or devoir)
        // before an infinitive is the verb, not the noun "power", unless a determiner opens it
        // ("le pouvoir"); with no infinitive after it, it is the noun ("soif de pouvoir mondial").
        if item.kind == .word, isModalOrNoun(at: i),
           let verb = item.analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.has(.infinitive) }),
           let noun = item.analyses.firstIndex(where: { $0.partOfSpeech == .noun }) {
            if isModalInfinitive(at: i), !(i > 0 && items[i - 1].kind == .word && items[i - 1].pos == .determiner) {
                items[i].pick = verb
                if infinitiveTakesTo(at: i) { emitGrammar("to", at: item, origin: "verb + infinitive") }
                nonFiniteVerb(); return true
            }
            if !isModalInfinitive(at: i), item.pos?.isVerbal == true {
                items[i].pick = noun
                nounPhrase(); return true
            }
        }
        // "à 450 m d'altitude" → "450 m": a lowercase unit symbol after a number is written as it is
        // (not "M." → "Mr.").
        if Self.unitSymbols.contains(item.surface), i > 0, items[i - 1].kind == .number {
            emit(item.surface, item, rule: .passthrough, origin: "number + unit symbol"); i += 1; return true
        }
        // "Seuls les amateurs peuvent …" → "Only the amateurs can …": seul before a determiner or a name.
        if ["seul", "seule", "seuls", "seules"].contains(lower), i + 1 < items.count,
           items[i + 1].pos == .determiner || isProperName(items[i + 1]) || Self.subjectPersons[items[i + 1].lower] != nil {
            emit("only", item, rule: .grammar, origin: "seul before a noun phrase → only"); i += 1; return true
        }
        // "parce qu'il" → "because he": a conjunction ending in an elided que, which the glossary's
        // "parce que" does not match.
        if i + 1 < items.count, items[i + 1].lower == "qu'", let english = Self.conjunctionsBeforeQue[lower],
           !(i > 0 && items[i - 1].kind == .word && items[i - 1].pos?.isVerbal == true) {
            emit(english, source: item.range.lowerBound..<items[i + 1].range.upperBound, rule: .grammar, origin: "\(lower) qu' → \(english)")
            i += 2; return true
        }
        // "à présent" → "now" (an expression entry would also match "a présenté", whose "a"
        // folds to "à" and whose "présenté" inflects "présent").
        if lower == "à", i + 1 < items.count, items[i + 1].kind == .word, items[i + 1].lower == "présent" {
            emit("now", source: item.range.lowerBound..<items[i + 1].range.upperBound, rule: .grammar, origin: "à présent → now")
            i += 2; return true
        }
        // "c'est peut être dû à …" → "it is perhaps due to …": "peut être" after a finite verb is peut-être.
        if lower == "peut", i > 0, i + 1 < items.count, items[i + 1].lower == "être", items[i - 1].isFiniteVerb {
            emit("perhaps", source: item.range.lowerBound..<items[i + 1].range.upperBound, rule: .grammar, origin: "peut être after a verb → perhaps")
            i += 2; return true
        }
        // "dû au fait que" → "due to the fact that": dû before à is the adjective (see also parseParticipleOrInfinitive).
        if i + 1 < items.count, ["à", "au", "aux"].contains(items[i + 1].firstLower),
           let k = item.analyses.firstIndex(where: { $0.partOfSpeech == .adjective && $0.lemma == "dû" }) {
            items[i].pick = k
            emitWord(items[i]); i += 1; return true
        }
        // "Que faire, demande Mme Plamondon ?" → "…, asks Ms. Plamondon?": after a comma or a closing
        // quote and before its subject, a verb of saying is the verb, not a noun ("demande", "note").
        if item.pos != .verb, i > 0, [",", "»", "\"", "”"].contains(items[i - 1].surface), i + 1 < items.count,
           item.analyses.contains(where: { Self.sayingVerbs.contains($0.lemma) && $0.finiteForm != nil }),
           items[i + 1].pos == .determiner || isProperName(items[i + 1]) || ["m.", "mme", "m", "monsieur", "madame"].contains(items[i + 1].lower),
           let k = item.analyses.firstIndex(where: { $0.partOfSpeech.isVerbal && $0.finiteForm != nil }) {
            items[i].pick = k
            verbGroup(); return true
        }
        // "Les médias attendent trop du PSG" → "expect too much": trop, tant, autant not before an
        // adjective or an adverb are quantities.
        if let much = ["trop": "too much", "tant": "so much", "autant": "as much"][lower], i > 0, items[i - 1].pos?.isVerbal == true,
           i + 1 == items.count || !(items[i + 1].kind == .word && [.adjective, .adverb].contains(items[i + 1].pos ?? .noun)),
           !(i + 1 < items.count && ["de", "d'"].contains(items[i + 1].lower)) {
            emit(much, item, rule: .grammar, origin: "\(lower) as a quantity → \(much)"); i += 1; return true
        }
        // "par rapport à d'autres." → "compared with others": d'autres with no noun after it.
        if lower == "d'", i + 1 < items.count, items[i + 1].lower == "autres",
           i + 2 == items.count || !(items[i + 2].kind == .glossary || [.noun, .adjective, .properNoun].contains(items[i + 2].pos ?? .verb)) {
            emit("others", source: item.range.lowerBound..<items[i + 1].range.upperBound, rule: .grammar, origin: "d'autres as a pronoun → others")
            i += 2; return true
        }
        // "si l'on veut" → "if we want": the "l'" of "l'on" is not written.
        if lower == "l'", i + 1 < items.count, items[i + 1].lower == "on" { i += 1; return true }
        // "la société dont le directeur …" → "the company whose director …": the article is "whose".
        if lower == "dont", i + 1 < items.count, ["le", "la", "les", "l'"].contains(items[i + 1].lower), items[i + 1].pos == .determiner {
            items[i + 1].possessive = "whose"
            i += 1; return true
        }
        // "dont trois enfants" → "including three children": dont before a number counts a part.
        if lower == "dont", i + 1 < items.count, items[i + 1].kind == .number || items[i + 1].pos == .numeral {
            emit("including", item, rule: .grammar, origin: "dont + number → including"); i += 1; return true
        }
        // "plusieurs pays, notamment la France" → "including France": notamment before a noun phrase.
        if lower == "notamment", i + 1 < items.count, items[i + 1].pos == .determiner || isProperName(items[i + 1]) || items[i + 1].kind == .number {
            emit("including", item, rule: .grammar, origin: "notamment + noun phrase → including"); i += 1; return true
        }
        // "comme il l'a dit" → "as he said", "comme prévu" → "as planned": comme before a clause or a participle.
        // "considéré comme légitime" → "considered legitimate": English consider takes no "as".
        if lower == "comme", i > 0, items[i - 1].kind == .word, items[i - 1].pos?.isVerbal == true, items[i - 1].lemma == "considérer" {
            i += 1; return true
        }
        if lower == "comme", i + 1 < items.count, Self.subjectPersons[items[i + 1].lower] != nil
            || (i > 0 && items[i - 1].kind == .word && items[i - 1].pos?.isVerbal == true && Self.verbsTakingAs.contains(items[i - 1].lemma ?? ""))
            || items[i + 1].analyses.first.map({ $0.partOfSpeech.isVerbal && $0.verbForms.first?.tense == .pastParticiple }) == true {
            emit("as", item, rule: .grammar, origin: "comme + clause → as"); i += 1
            articleBeforePredicateNoun()   // "travaille comme serveur" → "works as a waiter"
            return true
        }
        // "ces derniers ont dit" → "the latter said": dernier as a pronoun, with no noun after it.
        if ["ce", "ces", "cette", "cet"].contains(lower), i + 1 < items.count, items[i + 1].lemma == "dernier",
           i + 2 == items.count || !(items[i + 2].kind == .glossary || [.noun, .adjective, .properNoun].contains(items[i + 2].pos ?? .verb)) {
            emit("the", item, rule: .grammar, origin: "ce dernier → the latter")
            emit("latter", items[i + 1], rule: .grammar, origin: "ce dernier → the latter"); i += 2; return true
        }
        // "celui de la Constitution" → "that of the Constitution", "ceux des Romains" → "those of …".
        if item.lemma == "celui", i + 1 < items.count, ["de", "d'", "du", "des"].contains(items[i + 1].lower) {
            emit(["ceux", "celles"].contains(lower) ? "those" : "that", item, rule: .grammar, origin: "celui de → that of"); i += 1; return true
        }
        // "voici les résultats" → "here are the results": voici and voilà agree with what follows.
        if lower == "voici" || lower == "voilà", i + 1 < items.count, let english = item.analysis?.preferredEnglish, english.hasSuffix(" is"),
           Self.pluralDeterminers.contains(items[i + 1].lower) || (items[i + 1].kind == .number && items[i + 1].surface != "1") {
            emit(english.dropLast(2) + "are", item, rule: .grammar, origin: "voici + plural → here are"); i += 1; return true
        }
        // "six cents personnes" → "six hundred people": "cent" after a number word is the number.
        if item.pos == .numeral, i + 1 < items.count, ["cent", "cents"].contains(items[i + 1].lower),
           let k = items[i + 1].analyses.firstIndex(where: { $0.partOfSpeech == .numeral }) {
            items[i + 1].pick = k
        }
        return false
    }
}

import PrecisGlossary
/// Noun phrases: determiners, adjectives before the noun in English, number agreement,
/// articles English drops, possessives of proper nouns.
extension Generator {
    /// French adjectives that stand before the noun (and keep that place in English).
    static let prenominal: Set<String> = [
        "grand", "petit", "nouveau", "premier", "dernier", "jeune", "vieux", "bon", "mauvais", "autre", "même",
        "seul", "beau", "gros", "long", "haut", "meilleur", "pire", "second", "deuxième", "troisième", "prochain",
        "ancien", "vrai", "faux", "plein", "simple", "certain", "véritable", "futur", "énorme", "principal",
        "double", "triple", "moindre", "nombreux", "quelques", "divers", "différent", "large", "court", "fort",
        "ex", "immense", "demi", "éventuel", "soi-disant", "précédent", "tel",
    ]
    /// English names that keep "the".
    static let namesWithArticle: Set<String> = [
        "United", "Netherlands", "Philippines", "Congo", "Vatican", "Senate", "Council", "Court", "Assembly",
        "Parliament", "Commission", "Ministry", "Union", "Republic", "Kingdom", "Party", "Bank", "Army", "Élysée",
        "Elysee", "Constitutional", "European", "National", "Supreme", "Left", "Right", "Greens", "Middle East",
        "Gulf", "Channel", "Atlantic", "Pacific", "Mediterranean", "Alps", "Pyrenees", "Seine", "Loire", "Rhône",
        "Rhine", "Thames", "Champions", "World Cup", "Tour", "Louvre", "Eiffel", "Pope", "Games", "Olympics",
        "Caribbean", "Amazon", "Sahel", "Maghreb", "Balkans", "Crimea", "Donbass", "West", "East", "North", "South",
        "Prime Minister", "President", "Minister", "Secretary", "Government", "Police", "State", "Interior", "Justice",
        "Organization", "Organisation", "Agency", "Institute", "Authority", "Fund", "Federation", "Foundation", "Office",
        "Department", "Center", "Centre", "Centers", "Committee", "Navy", "Treasury", "Pentagon", "Kremlin", "White House",
    ]
    /// Nouns that English puts after a place name: "la région de Pilsen" → "the Pilsen region".
    static let placeTypes: Set<String> = [
        "région", "ville", "département", "province", "comté", "district", "canton", "commune", "quartier", "port",
        "aéroport", "gare", "université", "île", "baie", "golfe", "lac", "vallée", "massif", "agglomération", "métropole",
        "conseil municipal", "mairie", "préfecture", "zone", "secteur", "banlieue", "stade", "festival", "marathon",
    ]
    /// Titles written before a name, without an article in English.
    static let titles: Set<String> = [
        "dr", "docteur", "professeur", "président", "présidente", "ministre", "général", "colonel", "capitaine",
        "commandant", "lieutenant", "sergent", "pape", "roi", "reine", "prince", "princesse", "juge", "maître",
        "sénateur", "député", "maire", "monseigneur", "père", "frère", "sœur", "saint", "commissaire", "procureur",
        "cardinal", "archevêque", "évêque", "abbé", "chancelier", "gouverneur", "secrétaire", "directeur", "directrice",
        "entraîneur", "sélectionneur", "patron", "chef", "premier ministre", "émir", "cheikh", "ayatollah", "imam", "rabbin",
        "rapporteur", "ambassadeur", "ambassadrice", "amiral", "maréchal", "baron", "comte", "duc", "duchesse", "lord",
    ]
    /// Abstract mass nouns English writes without "the" when nothing restricts them.
    static let massNouns: Set<String> = [
        "intelligence", "unemployment", "inflation", "growth", "violence", "terrorism", "racism", "poverty",
        "pollution", "tourism", "energy", "electricity", "healthcare", "democracy", "freedom", "liberty", "equality",
        "immigration", "migration", "globalization", "capitalism", "socialism", "communism", "feminism", "nature",
        "humanity", "society", "history", "culture", "science", "medicine", "religion", "art", "music", "literature",
        "philosophy", "education", "agriculture", "industry", "nuclear power", "cancer", "obesity", "diabetes",
        "depression", "love", "hatred", "peace", "war", "power", "money", "happiness", "reality", "learning",
        "security", "cybersecurity", "privacy", "justice", "football", "soccer", "rugby", "tennis", "cycling",
        "reality", "sport", "fashion", "cinema", "television", "radio", "advertising", "marketing", "finance",
        "life", "space", "boredom", "corruption", "influenza", "malaria", "tuberculosis", "cholera", "pneumonia",
        "asthma", "dementia", "hepatitis",
    ]
    /// Adjectives that take a complement and then stay after the noun ("un homme capable de …").
    static let complementAdjectives: Set<String> = [
        "prêt", "capable", "incapable", "responsable", "susceptible", "favorable", "défavorable", "opposé", "proche",
        "fier", "plein", "digne", "chargé", "sensible", "apte", "soucieux", "conscient", "désireux", "lié", "relatif",
        "propre", "difficile", "facile", "impossible", "possible", "nécessaire", "utile", "supérieur", "inférieur",
        "égal", "identique", "semblable", "similaire", "différent", "comparable", "accessible", "ouvert", "fermé",
        "réservé", "destiné", "dédié", "consacré", "spécialisé", "originaire", "issu", "plus", "moins", "cher", "fidèle",
        "hostile", "attaché", "exposé", "confronté", "habitué", "obligé", "contraint", "amené", "appelé", "autorisé",
        "interdit", "victime", "coupable", "membre", "long", "large", "haut", "âgé", "riche", "pauvre", "libre",
    ]
    /// Initialisms English writes with "the" (most others, clubs and companies, take none).
    static let initialismsWithArticle: Set<String> = [
        "EU", "UN", "US", "USA", "UK", "DRC", "UAE", "FBI", "CIA", "IMF", "WHO", "ECB", "ICC", "NHS", "IOC", "ECJ",
        "ECHR", "OECD", "WTO", "IAEA", "ILO", "FAO", "UNHCR", "CAR", "USSR", "GDP", "CNIL", "CNRS", "SNCF", "RATP",
        "PS", "RN", "LR", "FN", "CGT", "CFDT", "INSEE", "IFOP", "OFCE", "ECOWAS", "AU", "PLO", "IRA", "ETA", "FIS",
    ]
    /// Nouns whose "de" complement stays an "of" phrase (quantities, time, need, change …).
    static let nonCompoundHeads: Set<String> = [
        "nombre", "plupart", "partie", "majorité", "moitié", "tiers", "quart", "reste", "ensemble", "série", "dizaine",
        "vingtaine", "trentaine", "centaine", "millier", "million", "milliard", "kilo", "tonne", "litre", "mètre",
        "kilomètre", "an", "année", "mois", "jour", "semaine", "heure", "minute", "seconde", "siècle", "fois", "manque",
        "absence", "besoin", "fin", "début", "milieu", "cours", "hausse", "baisse", "augmentation", "diminution", "type",
        "genre", "sorte", "forme", "façon", "manière", "cas", "question", "moment", "lieu", "cause", "raison", "suite",
        "part", "tour", "coup", "bout", "histoire", "idée", "envie", "peur", "droit", "possibilité", "risque",
        "capacité", "objectif", "but", "volonté", "décision", "temps", "niveau", "preuve", "quantité", "pourcentage",
        "taille", "âge", "prix", "coût", "montant", "somme", "perte", "utilisation", "usage", "recherche", "défense",
        "protection", "respect", "liberté", "sens", "fait", "espace", "gestion", "manifestation", "action", "vague",
        "lutte", "accès", "présence", "retour", "départ", "arrivée", "victoire", "défaite", "mort", "vie", "crise",
        "verre", "tasse", "bouteille", "paquet", "boîte", "sac", "morceau", "tranche", "dose", "goutte", "liste", "foule",
        "tas", "pile", "litre", "gramme", "kilogramme", "mètre", "centimètre", "hectare", "pourcent", "plein", "poignée",
    ]
    static let intensifiers: Set<String> = ["très", "plus", "moins", "trop", "si", "aussi", "particulièrement", "extrêmement",
                                            "totalement", "entièrement", "complètement", "vraiment", "peu", "assez", "encore", "déjà", "bien"]

    func isNominalHead(_ item: Item) -> Bool {
        switch item.kind {
        case .glossary: return !item.isGlossaryPhrase
        case .word:
            guard let analysis = item.analysis else { return true }   // unknown: a name or a noun
            return analysis.partOfSpeech == .noun || analysis.partOfSpeech == .properNoun
        default: return false
        }
    }

    func isProperName(_ item: Item) -> Bool {
        guard item.kind == .word else { return false }
        // A one-word glossary name or acronym ("IA" → "AI").
        if item.isGlossaryWord, let first = item.analysis?.preferredEnglish.first, first.isUppercase { return true }
        if item.analysis == nil { return item.isCapitalized }
        return item.pos == .properNoun || (item.isCapitalized && !item.startsSentence && item.pos == .noun && item.analyses.contains { $0.partOfSpeech == .properNoun })
    }

    func isPostAdjective(_ k: Int) -> Bool {
        guard k < items.count, items[k].kind == .word, let analysis = items[k].analysis else { return false }
        if analysis.partOfSpeech == .adjective { return true }
        // A past participle used as an adjective ("la voiture volée"), unless a complement follows.
        if analysis.partOfSpeech == .verb, analysis.verbForms.first?.tense == .pastParticiple {
            let next = k + 1 < items.count ? items[k + 1] : nil
            return next == nil || next!.kind == .punctuation || (next!.pos != .adposition && next!.pos != .adverb && next!.kind != .number)
        }
        return false
    }

    mutating func nounPhrase(implicitArticle: Item? = nil) {
        // Nothing left: a contraction ended the line ("le prix du"), its preposition is written.
        guard i < items.count else { return }
        if decade(implicitArticle: implicitArticle) { return }
        // "le 1er septembre", "le 11 mai": the date rule writes it, without the article.
        if items[i].lower == "le", i + 2 < items.count, Self.ordinalDay(items[i + 1].lower) != nil,
           Self.months[items[i + 2].lower] != nil {
            i += 1
            return
        }
        let start = i
        var determiners: [Int] = []
        var pre: [Int] = []
        var head: [Int] = []
        var post: [[Int]] = []
        while i < items.count, items[i].kind == .word, items[i].pos == .determiner { determiners.append(i); i += 1 }
        while i < items.count, items[i].kind == .number || (items[i].kind == .word && items[i].pos == .numeral),
              i + 1 < items.count, isNominalHead(items[i + 1]) || items[i + 1].pos == .adjective,
              Self.months[items[i + 1].lower] == nil, !Self.scales.keys.contains(items[i + 1].lower) {
            determiners.append(i); i += 1
        }
        while i + 1 < items.count, items[i].kind == .word, ["plus", "moins", "très", "si", "aussi", "trop"].contains(items[i].lower),
              items[i + 1].kind == .word, let a = items[i + 1].analysis, a.partOfSpeech == .adjective, Self.prenominal.contains(a.lemma),
              i + 2 < items.count, isNominalHead(items[i + 2]) {
            pre.append(i); i += 1   // "un plus grand rôle", "le plus grand pays"
            pre.append(i); i += 1
        }
        while i < items.count, items[i].kind == .word, let a = items[i].analysis,
              (a.partOfSpeech == .adjective && Self.prenominal.contains(a.lemma)) || (a.partOfSpeech == .numeral && a.english.first.map { $0.hasSuffix("th") || $0 == "first" || $0 == "second" || $0 == "third" } == true),
              i + 1 < items.count, isNominalHead(items[i + 1]) || items[i + 1].pos == .adjective {
            pre.append(i); i += 1
        }
        if i < items.count, items[i].kind == .glossary, !items[i].isGlossaryPhrase {
            head = [i]; i += 1
        } else if i < items.count, isProperName(items[i]) {
            while i < items.count, isProperName(items[i]) { head.append(i); i += 1 }
        } else if i < items.count, isNominalHead(items[i]) {
            head = [i]; i += 1
        } else if i < items.count, !determiners.isEmpty || implicitArticle != nil, items[i].kind == .word,
                  items[i].pos == .adjective || items[i].pos == .numeral {
            head = [i]; i += 1   // "les riches", "le premier"
        }
        if head.isEmpty, implicitArticle == nil, determiners.count == 1, pre.isEmpty, items[determiners[0]].lower == "le",
           substantiveSuperlative(article: determiners[0]) {
            return
        }
        if head.isEmpty, implicitArticle == nil, determiners.count == 1, pre.isEmpty,
           ["le", "la", "les", "l'"].contains(items[determiners[0]].lower), superlativeWithoutNoun(article: determiners[0]) {
            return
        }
        if head.isEmpty {
            // No noun: write what was gathered as it stands.
            if let implicitArticle { emitGrammar("the", at: implicitArticle, origin: "article of the contraction") }
            for k in determiners + pre { emitDeterminer(k, headPlural: false) }
            if i == start, i < items.count { emitWord(items[i]); i += 1 }
            return
        }
        // An acronym naming the noun goes before it: "le modèle SEIR" → "the SEIR model".
        if head.count == 1, i < items.count, isAcronymAfterNoun(at: i, head: head[0]) {
            post.append([i]); i += 1
        }
        // Adjectives after the noun (with their adverbs) move before it in English.
        var trailing: [Int] = []
        while true {
            var j = i
            var group: [Int] = []
            // "les plus courantes" after the noun: a superlative.
            if j + 2 < items.count, ["le", "la", "les", "l'"].contains(items[j].lower), ["plus", "moins"].contains(items[j + 1].lower),
               isPostAdjective(j + 2) {
                group.append(j); j += 1
            }
            while j < items.count, items[j].kind == .word, items[j].pos == .adverb, Self.intensifiers.contains(items[j].lower) { group.append(j); j += 1 }
            guard isPostAdjective(j) else { break }
            // "un pays tel que la France": "tel que" after the noun is "such as" (see `word()`).
            if ["tel", "tels", "telle", "telles"].contains(items[j].lower), j + 2 < items.count,
               items[j + 1].lower == "que" || items[j + 1].lower == "qu'",
               Self.subjectPersons[items[j + 2].lower] == nil, items[j + 2].pos?.isVerbal != true { break }
            // In a fronted question the last adjective is the predicate: "l'ennui [est-il] bon pour vous ?"
            if awaitingSubject, !(j + 1 < items.count && isPostAdjective(j + 1)) { break }
            let next = j + 1 < items.count ? items[j + 1] : nil
            if let next, next.kind == .word, ["à", "de", "d'", "au", "aux", "du", "des", "en", "que", "qu'", "pour"].contains(next.lower),
               Self.complementAdjectives.contains(items[j].lemma ?? "") || items[j].pos == .verb {
                trailing = group + [j]; i = j + 1; break   // "prêt à", "capable de": stays after the noun
            }
            group.append(j)
            post.append(group)
            i = j + 1
            if i < items.count, items[i].lower == "et", isPostAdjective(i + 1) { post.append([i]); i += 1 }
        }
        resolveInvariableNumber(head: head, determiners: determiners + pre, post: post.flatMap { $0 }, implicitArticle: implicitArticle,
                                before: start > 0 ? items[start - 1] : nil)
        // A glossary term written in the plural ("droits de l'homme") is plural after a plural determiner.
        let pluralDeterminer = determiners.contains { Self.pluralDeterminers.contains(items[$0].lower) }
        // So is a term that opens with an invariable noun, which the text cannot mark, unless its
        // entry is written in the plural already: "les prix du pétrole" → "oil prices" (but "les
        // pays européens" for the entry "pays européens" stays "European countries").
        if pluralDeterminer {
            for k in head where items[k].kind == .glossary && items[k].glossary?.isPlural == false {
                let words = items[k].surface.split(separator: " ")
                guard let first = words.first,
                      let source = items[k].glossary?.entry.source.split(separator: " ").dropFirst(),
                      !source.contains(where: { InflectionKey.isPlural(String($0)) }) else { continue }
                let analyses = translator.lexicon.analyses(of: String(first))
                if analyses.contains(where: { $0.partOfSpeech == .noun && $0.agreement?.number == .both }) {
                    items[k].glossary?.isPlural = true
                }
            }
        }
        let headItems = head.map { items[$0] }
        let headIsPlural = headItems.contains { ($0.glossary?.isPlural ?? false) || ($0.analysis?.isPlural ?? false)
            || ($0.kind == .glossary && pluralDeterminer && InflectionKey.isPlural($0.surface.split(separator: " ").first ?? "")) }
        let headEnglish = headItems.map { nominalEnglish(of: $0).text }.joined(separator: " ")
        let headIsName = headItems.allSatisfy(isProperName) || (headItems.count == 1 && headItems[0].kind == .glossary
            && headEnglish.split(separator: " ").last?.first?.isUppercase == true)   // "COVID-19 outbreak" is no name

        // Compound: "le taux de chômage" → "the unemployment rate", "contrats d'égouts" → "sewer contracts".
        var modifier: Int?
        if post.isEmpty, trailing.isEmpty, head.count == 1, items[head[0]].kind == .word, items[head[0]].pos == .noun,
           !Self.nonCompoundHeads.contains(items[head[0]].lemma ?? ""), i + 1 < items.count,
           items[i].lower == "de" || items[i].lower == "d'", items[i + 1].kind == .word, items[i + 1].pos == .noun,
           !(items[i + 1].isCapitalized) {
            let after = i + 2 < items.count ? items[i + 2] : nil
            let afterBlocks = after.map { $0.kind == .word && ($0.pos == .adjective || $0.lower == "de" || $0.lower == "d'" || $0.lower == "du" || $0.lower == "des" || $0.pos == .noun) } ?? false
            if !afterBlocks, !(items[i + 1].analysis?.english.first?.isEmpty ?? true) {
                modifier = i + 1
                i += 2
            }
        }

        // A place type before its name: "Région de Pilsen" → "Pilsen region".
        var placeName: [Int] = []
        if post.isEmpty, modifier == nil, head.count == 1, Self.placeTypes.contains(items[head[0]].lemma ?? items[head[0]].lower),
           i + 1 < items.count, items[i].lower == "de" || items[i].lower == "d'", isProperName(items[i + 1]) {
            var j = i + 1
            while j < items.count, isProperName(items[j]) { placeName.append(j); j += 1 }
            i = j
        }

        // Possessive: "les promesses de Zuckerberg" → "Zuckerberg's promises".
        var possessor: [Int] = []
        if !headIsName, determiners.count == 1, ["le", "la", "les", "l'"].contains(items[determiners[0]].lower),
           i + 1 < items.count, items[i].lower == "de" || items[i].lower == "d'", isProperName(items[i + 1]),
           items[i + 1].analysis == nil || items[i + 1].analysis?.preferredEnglish.lowercased() == items[i + 1].lower {
            var j = i + 1
            while j < items.count, isProperName(items[j]) { possessor.append(j); j += 1 }
            let after = j < items.count ? items[j] : nil
            // "le train de Paris à Lyon" is a range ("from Paris to Lyon"), no possessor.
            if after?.lower == "de" || after?.kind == .glossary || fromToRangeEnd(openedAt: i) != nil { possessor = [] } else { i = j }
        }

        // A title before a name: "le Dr Moll" → "Dr. Moll", "le président Macron" → "President Macron".
        var isTitle = false
        if head.count == 1, items[head[0]].kind == .word, items[head[0]].pos == .noun, Self.titles.contains(items[head[0]].lemma ?? ""),
           i < items.count, isProperName(items[i]) {
            isTitle = true
        } else if head.count == 1, items[head[0]].kind == .word, items[head[0]].pos == .noun, items[head[0]].isCapitalized,
                  headEnglish.first?.isUppercase == true, i < items.count, items[i].kind == .word, isProperName(items[i]) {
            isTitle = true   // a nationality before a name: "l'Australien Mitchell Gourley" → "Australian Mitchell Gourley"
        }

        // Articles.
        var dropArticle = isTitle
        if headIsName {
            let words = headEnglish.split(separator: " ")
            let needsArticle = Self.initialismsWithArticle.contains(headEnglish)
                || words.contains { Self.namesWithArticle.contains(String($0)) }
                || (words.count > 1 && Self.namesWithArticle.contains(words.prefix(2).joined(separator: " ")))
            dropArticle = !needsArticle
        } else if (determiners.first.map { items[$0].startsSentence } ?? false), pre.isEmpty, headItems.count == 1, headIsPlural,
                  i < items.count, startsVerbGroup(at: i) || items[i].isFiniteVerb {
            dropArticle = true   // a generic plural subject: "Les réseaux sociaux défient …" → "Social networks challenge …"
        }
        // English uses abstract mass nouns without an article: "de l'intelligence artificielle" → "of artificial intelligence".
        if !dropArticle, !headIsName, !headIsPlural, post.isEmpty, pre.isEmpty, modifier == nil,
           determiners.count + (implicitArticle == nil ? 0 : 1) == 1,
           (determiners.first.map { ["le", "la", "l'"].contains(items[$0].lower) } ?? true),
           let last = headEnglish.split(separator: " ").last, Self.massNouns.contains(last.lowercased()),
           !(i < items.count && ["de", "d'", "du", "des"].contains(items[i].lower)) {
            dropArticle = true
        }
        // Generic plurals: "les prix ont augmenté" → "prices rose"; a plural restricted by what
        // follows ("les enfants de Paris", "les gens qui …") keeps its article.
        if !dropArticle, !headIsName, headIsPlural, possessor.isEmpty,
           determiners.count + (implicitArticle == nil ? 0 : 1) == 1,
           (determiners.first.map { items[$0].lower == "les" } ?? (implicitArticle.map { ["des", "aux"].contains($0.lower) } ?? false)),
           i < items.count, items[i].kind == .word || items[i].kind == .glossary,   // a lone noun phrase keeps "the"
           !["de", "d'", "du", "des", "qui", "que", "qu'", "dont", "où", "à", "au", "aux", "et", "ou"].contains(items[i].lower) {
            dropArticle = true
        }
        if !possessor.isEmpty {
            dropArticle = true
            for k in possessor { let e = english(of: items[k]); emit(e.text, items[k], rule: e.rule, origin: e.origin) }
            emit("'s", source: items[possessor.last!].range.upperBound..<items[possessor.last!].range.upperBound, rule: .grammar, origin: "de + proper noun → possessive", glueLeft: true)
        }
        if let implicitArticle, !dropArticle { emitGrammar("the", at: implicitArticle, origin: "article of the contraction") }
        for k in determiners {
            if dropArticle, items[k].possessive == nil, ["le", "la", "les", "l'"].contains(items[k].lower) {
                continue
            }
            emitDeterminer(k, headPlural: headIsPlural)
        }
        let definite = determiners.contains { ["le", "la", "les", "l'"].contains(items[$0].lower) } || implicitArticle != nil
        emitModifiers(pre, definite: definite)
        // A glossary head with a preposition ("accès aux soins" → "access to health care") takes
        // the adjectives after its preposition: "access to palliative health care".
        var headTail: (item: Item, text: String, rule: TranslationSpan.Rule, origin: String?)?
        if !post.isEmpty, head.count == 1, items[head[0]].kind == .glossary {
            let item = items[head[0]]
            let result = nominalEnglish(of: item)
            let words = result.text.split(separator: " ").map(String.init)
            if let preposition = words.lastIndex(where: { EnglishInflector.headBreakers.contains($0) }), preposition + 1 < words.count {
                emit(words[...preposition].joined(separator: " "), item, rule: result.rule, origin: result.origin)
                headTail = (item, words[(preposition + 1)...].joined(separator: " "), result.rule, result.origin)
            }
        }
        for group in post.reversed() {
            if group.contains(where: { ["plus", "moins"].contains(items[$0].lower) }) {
                emitModifiers(group, definite: definite || group.contains { items[$0].pos == .determiner })
                continue
            }
            for k in group where items[k].lower != "et" || group.count == 1 {
                let item = items[k]
                if item.lower == "et" { emit("and", item, rule: .lexicon); continue }
                if item.pos == .verb {
                    let e = english(of: item)
                    emit(inflected(item, e.text, .pastParticiple), item, rule: e.rule, origin: e.origin, unknown: e.unknown)
                } else {
                    emitWord(item)
                }
            }
        }
        for k in placeName {
            let e = english(of: items[k])
            emit(e.text, items[k], rule: e.rule, origin: (e.origin ?? "") + "; N de place → place N")
        }
        if let modifier {
            let item = items[modifier]
            let result = english(of: item)   // a noun modifier stays singular: "sewer contracts"
            emit(result.text, item, rule: result.rule, origin: (result.origin ?? "") + "; N de N → compound")
        }
        if let headTail {
            emit(headTail.text, headTail.item, rule: headTail.rule, origin: headTail.origin)
            head = []
        }
        for k in head {
            var result = nominalEnglish(of: items[k])
            if isTitle, let first = result.text.first { result.text = first.uppercased() + result.text.dropFirst() }
            emit(result.text, items[k], rule: result.rule, origin: result.origin, unknown: result.unknown)
        }
        for k in trailing { emitWord(items[k]) }
    }

    /// Adjectives whose substantive superlative English writes with "part" ("le plus dur" →
    /// "the hardest part"); others take "thing" ("le plus important" → "the most important thing").
    static let superlativeParts: Set<String> = ["dur", "difficile", "compliqué", "délicat", "facile", "simple", "intéressant", "long"]

    /// "le plus/moins + adjective" with no noun: as the subject of a verb English needs one
    /// ("Le plus dur reste à faire" → "The hardest part remains to be done", "Le plus important
    /// est de …" → "The most important thing is to …"); before a mark it needs none ("C'est le
    /// plus grand." → "It is the biggest."). `i` is just after the article at
    /// `article`; returns false (writing nothing) when the pattern does not apply.
    mutating func substantiveSuperlative(article: Int) -> Bool {
        guard i + 2 < items.count, ["plus", "moins"].contains(items[i].lower), items[i + 1].kind == .word,
              items[i + 1].pos == .adjective else { return false }
        // As a subject English adds a noun; ending the phrase it needs none ("C'est le plus grand." → "the biggest").
        let isSubject = startsVerbGroup(at: i + 2) || items[i + 2].isFiniteVerb
        guard isSubject || items[i + 2].kind == .punctuation else { return false }
        let degree = items[i]
        let adjective = items[i + 1]
        emitDeterminer(article, headPlural: false)
        let e = english(of: adjective)
        emit(EnglishInflector.compare(e.text, superlative: true, less: degree.lower == "moins"),
             source: degree.range.lowerBound..<adjective.range.upperBound, rule: e.rule, origin: (e.origin ?? "") + "; le plus … → superlative")
        i += 2
        guard isSubject else { return true }
        let noun = Self.superlativeParts.contains(adjective.lemma ?? "") ? "part" : "thing"
        emit(noun, source: adjective.range.upperBound..<adjective.range.upperBound, rule: .grammar,
             origin: "le plus + adjective as a subject → the …est \(noun)")
        return true
    }

    /// "le plus" / "le moins" with no noun after the article, at `i` (just after the article):
    /// before an adjective or an adverb its superlative ("la plus proche" → "the closest", "le
    /// plus rapidement" → "the most quickly", "les plus absurdes" → "the most absurd"), before
    /// "de" a quantity ("le plus de succès" → "the most success"), else "the most" ("ce qui
    /// m'a le plus marqué"). Returns false (writing nothing) when no plus/moins follows.
    mutating func superlativeWithoutNoun(article: Int) -> Bool {
        // "les moins de 16 ans" ("the under-16s") counts, it is no superlative.
        guard i < items.count, !(i + 1 < items.count && (items[i + 1].kind == .number || items[i + 1].pos == .numeral)) else { return false }
        // "le plus de succès", where a glossary read "plus de" as "more than".
        if items[i].kind == .glossary, ["plus de", "plus d'", "moins de", "moins d'"].contains(items[i].lower) {
            emitDeterminer(article, headPlural: false)
            emit(items[i].lower.hasPrefix("moins") ? "least" : "most", items[i], rule: .grammar, origin: "le plus de → the most")
            i += 1
            return true
        }
        guard items[i].kind == .word, ["plus", "moins"].contains(items[i].lower) else { return false }
        let degree = items[i]
        let less = degree.lower == "moins"
        emitDeterminer(article, headPlural: false)
        if i + 1 < items.count, items[i + 1].kind == .word, items[i + 1].pos == .adjective || items[i + 1].pos == .adverb,
           !["de", "d'"].contains(items[i + 1].lower) {
            let word = items[i + 1]
            let e = english(of: word)
            let text = !less && e.text.hasSuffix("ly") && e.text.count > 4 ? "most " + e.text   // not "quickliest"
                : EnglishInflector.compare(e.text, superlative: true, less: less)
            emit(text, source: degree.range.lowerBound..<word.range.upperBound, rule: e.rule, origin: (e.origin ?? "") + "; le plus … → superlative")
            i += 2
            return true
        }
        emit(less ? "least" : "most", degree, rule: .grammar, origin: "le plus → the most")
        i += 1
        if i + 1 < items.count, ["de", "d'"].contains(items[i].lower) { i += 1 }   // "le plus de succès" → "the most success"
        return true
    }

    /// "les années 1980" → "the 1980s", "des années 90" → "of the 1990s", "les années 1800" →
    /// "the 1800s": a decade (or century) after "années", with "les" or a contraction's article.
    /// Returns false (writing nothing) when no such decade is at `i`.
    mutating func decade(implicitArticle: Item?) -> Bool {
        let article = implicitArticle == nil && i < items.count && items[i].lower == "les" ? i : nil
        let k = article.map { $0 + 1 } ?? i
        guard article != nil || implicitArticle.map({ ["des", "aux"].contains($0.lower) }) == true,
              k + 1 < items.count, items[k].lower == "années", items[k + 1].kind == .number,
              let year = Int(items[k + 1].surface), year % 10 == 0 else { return false }
        let full: Int
        switch items[k + 1].surface.count {
        case 2: full = 1900 + year
        case 4 where (1000...2090).contains(year): full = year
        default: return false
        }
        if let implicitArticle { emitGrammar("the", at: implicitArticle, origin: "article of the contraction") }
        if let article { emit("the", items[article], rule: .grammar, origin: "les années 1980 → the 1980s") }
        emit("\(full)s", source: items[k].range.lowerBound..<items[k + 1].range.upperBound, rule: .number, origin: "les années 1980 → the 1980s")
        i = k + 2
        return true
    }

    /// Determiners that make a noun plural, whatever the noun's own form.
    static let pluralDeterminers: Set<String> = [
        "les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "aux", "plusieurs", "quelques", "certains",
        "certaines", "nombreux", "nombreuses", "divers", "diverses", "différents", "différentes", "quels", "quelles",
    ]
    /// Determiners that make a noun singular.
    static let singularDeterminers: Set<String> = [
        "le", "la", "l'", "un", "une", "ce", "cet", "cette", "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre",
        "leur", "du", "au", "chaque", "quel", "quelle", "aucun", "aucune",
    ]

    /// An invariable noun ("pays", "prix", "mois": number `sp` in the lexicon) takes its
    /// number from its determiners ("des pays" → "countries", "le prix" → "the price", "trois
    /// mois" → "three months") or, without one, from a plural adjective after it ("pays
    /// européens"), or from an expression ending in one just before the phrase ("l'ensemble
    /// des pays" → "all countries"). The head's reading is updated so every later step agrees.
    mutating func resolveInvariableNumber(head: [Int], determiners: [Int], post: [Int], implicitArticle: Item?, before: Item? = nil) {
        guard head.count == 1, items[head[0]].kind == .word, let analysis = items[head[0]].analysis,
              analysis.partOfSpeech == .noun, analysis.agreement?.number == .both else { return }
        var plural: Bool?
        for k in determiners.reversed() where plural == nil {
            let item = items[k]
            if item.kind == .number {
                plural = item.surface != "1"
            } else if item.pos == .numeral {
                plural = !["un", "une"].contains(item.lower)
            } else if Self.pluralDeterminers.contains(item.lower) {
                plural = true
            } else if Self.singularDeterminers.contains(item.lower) {
                plural = false
            } else if item.kind == .word, item.pos == .adjective, let number = item.analysis?.agreement?.number, number != .both {
                plural = number == .plural   // "28 autres pays" → "countries", "d'autres pays"
            }
        }
        if plural == nil, let article = implicitArticle {
            if Self.pluralDeterminers.contains(article.lower) { plural = true } else if Self.singularDeterminers.contains(article.lower) { plural = false }
        }
        if plural == nil, post.contains(where: { items[$0].pos == .adjective && items[$0].analysis?.isPlural == true }) { plural = true }
        if plural == nil, let before, before.kind == .glossary,
           let last = before.surface.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).last {
            let word = String(last).lowercased()
            if Self.pluralDeterminers.contains(word) { plural = true } else if Self.singularDeterminers.contains(word) { plural = false }
        }
        guard let plural else { return }
        items[head[0]].analyses[items[head[0]].pick].agreement?.number = plural ? .plural : .singular
    }

    /// Adjectives with their adverbs; "plus"/"moins" + adjective become a comparative, or a
    /// superlative after a definite article ("le plus grand" → "the biggest").
    /// Whether the word at `k` is an acronym English keeps ("SEIR", "GPS", "COVID-19") right
    /// after a common noun in lowercase that is no title or person ("le président MACRON" is a name).
    func isAcronymAfterNoun(at k: Int, head: Int) -> Bool {
        let item = items[k], noun = items[head]
        let keptAsWritten = item.kind == .glossary ? item.glossary?.entry.preferredTarget == item.surface
            : item.kind == .word && (item.analysis.map { $0.preferredEnglish == item.surface } ?? true)
        guard keptAsWritten, item.isAllCaps, (2...10).contains(item.surface.count),
              noun.kind == .word, noun.pos == .noun, !noun.isCapitalized, !Self.titles.contains(noun.lemma ?? ""), !isPerson(head)
        else { return false }
        return !(k + 1 < items.count && isProperName(items[k + 1]))
    }

    mutating func emitModifiers(_ indices: [Int], definite: Bool) {
        var n = 0
        while n < indices.count {
            let item = items[indices[n]]
            if item.pos == .determiner { n += 1; continue }
            if ["plus", "moins"].contains(item.lower), n + 1 < indices.count, items[indices[n + 1]].pos == .adjective {
                let adjective = items[indices[n + 1]]
                let e = english(of: adjective)
                let text = EnglishInflector.compare(e.text, superlative: definite, less: item.lower == "moins")
                emit(text, source: item.range.lowerBound..<adjective.range.upperBound, rule: e.rule,
                     origin: (e.origin ?? "") + (definite ? "; le plus … → superlative" : "; plus … → comparative"))
                n += 2
                continue
            }
            if suchBeforeArticle(item) { n += 1; continue }
            if item.lemma == "autre", let last = pieces.last, last.isIndefiniteArticle {
                // "un autre pays" → "another country".
                pieces[pieces.count - 1].text = "another"
                pieces[pieces.count - 1].isIndefiniteArticle = false
                pieces[pieces.count - 1].source = last.source.lowerBound..<item.range.upperBound
                n += 1
                continue
            }
            if item.lemma == "meilleur" || item.lemma == "pire", item.pos == .adjective, indices[n] > 0,
               ["un", "une", "de", "d'"].contains(items[indices[n] - 1].lower) {
                // "de meilleurs inspecteurs" → "better inspectors": with no definite article, a comparative.
                emit(item.lemma == "pire" ? "worse" : "better", item, rule: .grammar, origin: "un/des meilleur(s) → better")
                n += 1
                continue
            }
            if item.lemma == "seul", item.pos == .adjective {
                // "un seul homme" → "a single man", "la seule solution" → "the only solution".
                let before = indices[n] > 0 ? items[indices[n] - 1].lower.split(separator: " ").last.map(String.init) ?? "" : ""
                let indefinite = ["un", "une", "d'un", "d'une"].contains(before)   // also "au cours d'un seul séjour"
                emit(indefinite ? "single" : "only", item, rule: .grammar, origin: "seul before the noun → \(indefinite ? "single" : "only")")
                n += 1
                continue
            }
            emitWord(item)
            n += 1
        }
    }

    /// "une telle qualité" → "such a quality": "tel" after an indefinite article goes before it.
    /// Returns false (writing nothing) for any other item.
    mutating func suchBeforeArticle(_ item: Item) -> Bool {
        guard item.lemma == "tel", let last = pieces.last, last.isIndefiniteArticle else { return false }
        pieces.insert(Piece(text: "such", source: item.range, rule: .grammar, origin: "un tel → such a"), at: pieces.count - 1)
        if last.startsSentence { pieces[pieces.count - 2].startsSentence = true; pieces[pieces.count - 1].startsSentence = false }
        return true
    }

    /// Whether the article at `k` follows the partitive determiner "de" ("de la", "de l'").
    func isPartitiveArticle(_ k: Int) -> Bool {
        k > 0 && items[k - 1].lower == "de" && items[k - 1].pos == .determiner
    }

    mutating func emitDeterminer(_ k: Int, headPlural: Bool) {
        let item = items[k]
        if suchBeforeArticle(item) { return }
        if item.kind == .number { numberItem(k); return }
        if let possessive = item.possessive {
            emit(possessive, item, rule: .grammar, origin: "reflexive verb + article + body part → possessive")
            return
        }
        let lower = item.lower
        switch lower {
        case "un", "une":
            emit("a", source: item.range, rule: .lexicon, origin: item.analysis?.origin.description, article: true)
        case "des", "du", "de", "d'":
            return   // indefinite plural and partitive: no English article
        case "la" where isPartitiveArticle(k), "l'" where isPartitiveArticle(k):
            return   // the partitive "de la", "de l'" ("de la fièvre" → "fever")
        case "son", "sa", "ses":
            if let english = possessiveOverride(at: k) {
                emit(english, item, rule: .grammar, origin: "son/sa/ses after the verb's subject → \(english)")
                return
            }
            let result = english(of: item)
            emit(result.text, item, rule: result.rule, origin: result.origin)
        default:
            let result = english(of: item)
            emit(result.text, item, rule: result.rule, origin: result.origin)
        }
    }
}

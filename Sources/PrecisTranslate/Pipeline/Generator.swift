import PrecisGlossary
import PrecisText

/// Turns tagged items into English pieces, phrase by phrase.
struct Generator {
    var items: [Item]
    let translator: Translator
    var pieces: [Piece] = []
    var i = 0
    /// Whether the next word written starts a sentence, and whether its French was capitalized.
    var pendingCapital: Bool?
    /// Whether a straight double quote opens (true) or closes the next quoted part.
    var quoteOpens = true
    /// Verb words of a fronted question that go after its subject ("Does PSG *win*?").
    var afterSubject: [EnglishWord] = []
    /// Set while the subject of a fronted question is being written.
    var awaitingSubject = false
    /// Adverbs of a fronted question written after its subject, verb and object ("Le PSG
    /// a-t-il bien joué ?" → "Did PSG play well?").
    var adverbsAfterObject: [(item: Item, english: (text: String, place: AdverbPlace))] = []
    /// The negation of a fronted question, for a "pas de" after its subject ("Pourquoi les
    /// Singapouriens n'ont-ils pas de voiture ?" → "… not have a car?").
    var negationAfterSubject: (negation: Item, verb: String)?

    init(items: [Item], translator: Translator) {
        self.items = items
        self.translator = translator
    }

    mutating func run() {
        while i < items.count {
            if items[i].startsSentence { pendingCapital = items[i].isCapitalized || items[i].isFrontedQuestionVerb }
            let before = i
            let wasAwaiting = awaitingSubject
            step()
            if i == before { i += 1 }   // never stall
            if wasAwaiting, awaitingSubject {
                // The subject is written: the rest of the verb follows it.
                awaitingSubject = false
                for word in afterSubject { emit(word.text, word.item, rule: word.rule, origin: word.origin) }
                afterSubject = []
                negatedDe(after: negationAfterSubject?.negation, verb: negationAfterSubject?.verb)
                negationAfterSubject = nil
                if !adverbsAfterObject.isEmpty {
                    writeAdverbsAfterVerb(adverbsAfterObject)
                    adverbsAfterObject = []
                }
            }
        }
    }

    mutating func step() {
        let item = items[i]
        switch item.kind {
        case .punctuation: punctuation()
        case .symbol: symbol()
        case .verbatim: emit(item.surface, item, rule: .passthrough, origin: "web address")
        case .number: number()
        case .glossary:
            if item.isGlossaryPhrase {
                let e = english(of: item)
                emit(e.text, item, rule: e.rule, origin: e.origin)
                i += 1
            } else {
                nounPhrase()
            }
        case .word: word()
        }
    }

    // MARK: Emitting

    mutating func emit(_ text: String, _ item: Item, rule: TranslationSpan.Rule, origin: String? = nil, unknown: Bool = false) {
        emit(text, source: item.range, rule: rule, origin: origin, unknown: unknown, upper: item.isAllCaps && rule != .properNoun && rule != .passthrough && item.analysis?.partOfSpeech != .properNoun)
    }

    mutating func emit(_ text: String, source: Range<Int>, rule: TranslationSpan.Rule, origin: String? = nil,
                       unknown: Bool = false, upper: Bool = false, glueLeft: Bool = false, glueRight: Bool = false,
                       article: Bool = false) {
        guard !text.isEmpty else { return }
        var piece = Piece(text: text, source: source, rule: rule, origin: origin, isUnknown: unknown,
                          glueLeft: glueLeft, glueRight: glueRight, upper: upper, isIndefiniteArticle: article)
        if let capital = pendingCapital, text.contains(where: { $0.isLetter || $0.isNumber }) {
            piece.startsSentence = capital
            pendingCapital = nil
        }
        pieces.append(piece)
    }

    /// Inserted grammar words ("does", "not", "to") sit at the start of the item that needs them.
    mutating func emitGrammar(_ text: String, at item: Item, origin: String) {
        emit(text, source: item.range.lowerBound..<item.range.lowerBound, rule: .grammar, origin: origin)
    }

    /// The English of a word item in its chosen reading, uninflected, and where it came from.
    func english(of item: Item) -> (text: String, rule: TranslationSpan.Rule, origin: String?, unknown: Bool) {
        if let match = item.glossary, item.kind == .glossary {
            let entry = match.entry
            var target = entry.preferredTarget
            let plural = match.isPlural
            // Among the glossary's own alternatives, one that already agrees in number wins.
            if InflectionKey.isPlural(item.surface.split(separator: " ").first ?? ""), !plural,
               let agreeing = entry.targets.first(where: { $0.hasSuffix("s") && !$0.hasSuffix("ss") }) {
                target = agreeing
            }
            let head = entry.source.split(separator: " ").first.map(String.init) ?? entry.source
            let headIsNoun = lexicon(canBeNoun: head)
            if plural, headIsNoun, entry.status != .doNotTranslate, !(target.first?.isUppercase ?? false) || target.contains(" ") {
                target = EnglishInflector.plural(target)
            } else if !plural, headIsNoun, entry.status != .doNotTranslate, InflectionKey.isPlural(head),
                      let word = item.surface.split(separator: " ").first, !InflectionKey.isPlural(word),
                      InflectionKey.french(word) == InflectionKey.french(head) {
                target = EnglishInflector.singular(target)   // "un masque de protection" found as "masques de protection"
            }
            return (target, .glossary, item.explaining(entry.origin.description + (match.isPlural ? " (plural)" : "")), false)
        }
        guard let analysis = item.analysis else {
            if item.isCapitalized || item.surface.contains(where: \.isNumber) {
                return (item.surface, .properNoun, "kept: capitalized word not in the lexicon", false)
            }
            if let cognate = Cognates.english(for: item.lower) {
                return (cognate, .cognate, "unknown word; English look-alike by a regular suffix", true)
            }
            return (item.surface, .passthrough, "unknown word", true)
        }
        if item.isGlossaryWord, let entry = item.glossary?.entry {
            return (analysis.preferredEnglish, .glossary, item.explaining(entry.origin.description), false)
        }
        let rule: TranslationSpan.Rule = item.isDerived ? .morphology : .lexicon
        if item.isCapitalized, !item.startsSentence, !item.isAllCaps, analysis.preferredEnglish.lowercased() == item.lower {
            return (item.surface, analysis.partOfSpeech == .properNoun ? .properNoun : rule, analysis.origin.description, false)   // "l'Euro 2012"
        }
        if item.isCapitalized, !item.startsSentence, !item.isAllCaps, analysis.partOfSpeech == .noun,
           let first = analysis.preferredEnglish.first, first.isLowercase {
            // A capitalized common noun inside a sentence names something: "sur Mercure" → "on Mercury".
            return (first.uppercased() + analysis.preferredEnglish.dropFirst(), rule, analysis.origin.description, false)
        }
        if analysis.partOfSpeech == .properNoun, item.isCapitalized, analysis.preferredEnglish.lowercased() == item.lower {
            return (item.surface, .properNoun, analysis.origin.description, false)   // keep the writer's spelling
        }
        return (analysis.preferredEnglish, rule, analysis.origin.description, false)
    }

    /// A verb form of the item's English, unless its English is frozen (a glossary's exact form).
    func inflected(_ item: Item, _ text: String, _ inflection: EnglishInflector.VerbInflection, person: Int = 3, plural: Bool = false) -> String {
        guard item.analysis?.isEnglishFrozen == true else { return EnglishInflector.verb(text, inflection, person: person, plural: plural) }
        // A frozen entry is written as English needs it, but an infinitive's English is a base
        // form still: "éviter de toucher" wants the gerund (the entry's own, when it lists one).
        guard inflection == .gerund, item.analysis?.has(.infinitive) == true, !text.hasSuffix("ing") else { return text }
        let gerund = EnglishInflector.verb(text, .gerund, person: person, plural: plural)
        return item.analysis?.english.first { $0.lowercased() == gerund.lowercased() } ?? gerund
    }

    /// Whether the lexicon reads a French word as a noun (or does not know it).
    func lexicon(canBeNoun word: String) -> Bool {
        let analyses = translator.lexicon.analyses(of: word)
        return analyses.isEmpty || analyses.contains { $0.partOfSpeech == .noun || $0.partOfSpeech == .properNoun }
    }

    /// English of a nominal item, plural when the French is.
    func nominalEnglish(of item: Item) -> (text: String, rule: TranslationSpan.Rule, origin: String?, unknown: Bool) {
        var result = english(of: item)
        if item.kind == .word, let analysis = item.analysis, analysis.partOfSpeech == .noun, analysis.isPlural,
           !analysis.isEnglishFrozen, !result.text.isEmpty {
            result.text = EnglishInflector.plural(result.text)
        } else if item.kind == .word, let analysis = item.analysis, analysis.partOfSpeech == .properNoun, analysis.isPlural,
                  !analysis.isEnglishFrozen, !result.text.contains(" "), !result.text.hasSuffix("s"), item.lower.hasSuffix("s") {
            result.text = EnglishInflector.plural(result.text)   // "les Allemands" → "Germans"
        }
        return result
    }

    mutating func emitWord(_ item: Item) {
        let result = nominalEnglish(of: item)
        emit(result.text, item, rule: result.rule, origin: result.origin, unknown: result.unknown)
    }
}

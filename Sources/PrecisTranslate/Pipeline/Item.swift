import PrecisGlossary
import PrecisText

/// One unit of a French line: a word with its readings, a glossary term, a number or a mark.
struct Item {
    enum Kind { case word, number, punctuation, symbol, verbatim, glossary }

    var range: Range<Int>
    var surface: String
    var kind: Kind
    var analyses: [Analysis] = []
    /// The reading chosen by the tagger.
    var pick = 0
    var glossary: GlossaryMatch?
    /// Whether the readings were derived by a morphology rule rather than listed.
    var isDerived = false
    /// Whether the item starts a sentence (first word of the line or after . ! ?).
    var startsSentence = false
    /// A one-word glossary term read as a word (its English comes from the glossary).
    var isGlossaryWord = false
    /// A multi-word glossary term that is not a noun phrase ("de plus en plus", "en effet"):
    /// written as it is, never the head of a noun phrase.
    var isGlossaryPhrase = false
    /// A verb moved before its noun subject to ask a question ("Le PSG peut-il …?").
    var isFrontedQuestionVerb = false
    /// The first item after the subject of a fronted question, which followed the verb in
    /// French ("Le PSG a-t-il *des* chances ?" → "Does PSG have chances?").
    var followsFrontedVerb = false
    /// A subject pronoun split off a verb–pronoun inversion ("est-il").
    var isInvertedPronoun = false
    /// The possessive English writes for this definite article ("vous toucher le visage" →
    /// "touch your face").
    var possessive: String?
    /// Why a glossary term's alternative other than its first was used (the line's register).
    var registerNote: String?
    /// A glossary term's `origin`, after the register choice made for it if any.
    func explaining(_ origin: String) -> String { registerNote.map { "\($0) (\(origin))" } ?? origin }

    /// The surface in lowercase, and its case pattern (computed once).
    let lower: String
    let isCapitalized: Bool
    let isAllCaps: Bool

    init(range: Range<Int>, surface: String, kind: Kind, analyses: [Analysis] = [], glossary: GlossaryMatch? = nil) {
        self.range = range
        self.surface = surface
        self.kind = kind
        self.analyses = analyses
        self.glossary = glossary
        lower = Folding.lowercase(surface)
        isCapitalized = surface.first?.isUppercase ?? false
        isAllCaps = lower != surface && surface.filter(\.isLetter).count > 1 && !surface.contains(where: \.isLowercase)
    }

    var analysis: Analysis? { analyses.isEmpty ? nil : analyses[pick] }
    var pos: PartOfSpeech? { analysis?.partOfSpeech }
    func can(_ pos: PartOfSpeech) -> Bool { analyses.contains { $0.partOfSpeech == pos } }
    func index(of pos: PartOfSpeech, where condition: (Analysis) -> Bool = { _ in true }) -> Int? {
        analyses.firstIndex { $0.partOfSpeech == pos && condition($0) }
    }
    var lemma: String? { analysis?.lemma }
    /// The first word of the surface, lowercased: the item's own for a word, a glossary term's
    /// first ("au" for "au fait que").
    var firstLower: Substring { lower.split(separator: " ", maxSplits: 1).first ?? lower[...] }
    /// Whether the chosen reading is a finite verb form (its likeliest form is finite).
    var isFiniteVerb: Bool { (pos?.isVerbal ?? false) && analysis?.verbForms.first?.tense.isFinite == true }
}

extension Translator {
    /// Tokenizes a normalized line into items, with glossary matches as single items and
    /// verb–pronoun inversions ("a-t-il") split into pronoun then verb.
    func items(of line: String) -> [Item] {
        let tokens = Self.joiningSpacedElisions(tokenizer.tokens(in: line), in: line)
        // A match opening with the second half of a negation ("plus de" in "il n'y a plus de")
        // belongs to the verb: drop it.
        let negators: Set<String> = ["plus", "pas", "jamais", "rien", "personne", "guère"]
        func opensAfterNe(_ match: GlossaryMatch) -> Bool {
            guard let first = tokens.firstIndex(where: { $0.range.lowerBound == match.range.lowerBound }),
                  negators.contains(Folding.lowercase(tokens[first].text(in: line))) else { return false }
            return tokens[max(0, first - 4)..<first].contains { ["ne", "n'"].contains(Folding.lowercase($0.text(in: line))) }
        }
        let gaps = Self.elisionGaps(tokens, in: line)   // the same for every tier
        // A term ending in a number never ends inside a range of numbers: "grippe de 1918" is not
        // the term of "la grippe de 1918-1919", where the terms of its other words are looked for.
        func endsInsideRange(_ match: GlossaryMatch) -> Bool {
            guard let last = tokens.lastIndex(where: { $0.range.upperBound == match.range.upperBound }), last + 2 < tokens.count,
                  tokens[last].kind == .number, tokens[last + 2].kind == .number else { return false }
            let dash = tokens[last + 1]
            return dash.range.lowerBound == match.range.upperBound && tokens[last + 2].range.lowerBound == dash.range.upperBound
                && ["-", "–", "/"].contains(dash.text(in: line))
        }
        func withoutLastWord(_ match: GlossaryMatch, _ matcher: GlossaryMatcher) -> [GlossaryMatch] {
            guard let last = tokens.lastIndex(where: { $0.range.upperBound == match.range.upperBound }), last > 0,
                  tokens[last - 1].range.upperBound > match.range.lowerBound else { return [] }
            return Self.matches(matcher, in: line, within: match.range.lowerBound..<tokens[last - 1].range.upperBound, closing: gaps)
        }
        // Higher tiers first; a lower tier's match survives only where it overlaps none of them.
        var matches: [GlossaryMatch] = []
        for (tier, matcher) in matchers.enumerated() {
            let found = quantityAwareMatches(matcher, in: line, tokens: tokens, gaps: gaps).filter { !opensAfterNe($0) }
                .flatMap { endsInsideRange($0) ? withoutLastWord($0, matcher) : [$0] }
            if tier == 0 { matches = found; continue }
            let kept = found.filter { match in !matches.contains { $0.range.overlaps(match.range) } }
            if !kept.isEmpty { matches = (matches + kept).sorted { $0.range.lowerBound < $1.range.lowerBound } }
        }
        var items: [Item] = []
        items.reserveCapacity(tokens.count)
        var m = 0
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            while m < matches.count, matches[m].range.upperBound <= token.range.lowerBound { m += 1 }
            if m < matches.count, matches[m].range.lowerBound == token.range.lowerBound {
                let match = matches[m]
                if match.range == token.range, token.kind == .word, let item = glossaryWord(match, surface: String(line.slice(match.range))) {
                    items.append(item)   // one word: the grammar inflects the glossary's English
                    t += 1; m += 1
                    continue
                }
                var item = Item(range: match.range, surface: String(line.slice(match.range)), kind: .glossary, glossary: match)
                item.isGlossaryPhrase = !isNominal(match.entry)
                items.append(item)
                while t < tokens.count, tokens[t].range.lowerBound < match.range.upperBound { t += 1 }
                m += 1
                continue
            }
            // A rejoined elision written with its space ("d 'entre") reads as "d'".
            let text = token.text(in: line)
            let surface = token.kind == .word && text.contains(" ") ? text.filter { $0 != " " } : String(text)
            switch token.kind {
            case .word:
                if token.isHyphenated, let split = inversion(surface, range: token.range) {
                    items.append(contentsOf: split)
                } else {
                    var item = Item(range: token.range, surface: surface, kind: .word)
                    item.analyses = lexicon.analyses(of: surface)
                    if item.analyses.isEmpty, !(surface.first?.isUppercase ?? false) || token.isHyphenated {
                        item.analyses = lexicon.guessAnalyses(of: Folding.lowercase(surface))
                        item.isDerived = !item.analyses.isEmpty
                    }
                    if item.analyses.isEmpty, !fallback.isEmpty, !(surface.first?.isUppercase ?? false),
                       var reading = fallback[InflectionKey.french(surface)] {
                        if reading.partOfSpeech == .noun, InflectionKey.isPlural(surface) {
                            reading.agreement = Agreement(gender: .masculine, number: .plural)
                        }
                        item.analyses = [reading]
                    }
                    items.append(item)
                }
            case .number: items.append(Item(range: token.range, surface: surface, kind: .number))
            case .punctuation: items.append(Item(range: token.range, surface: surface, kind: .punctuation))
            case .symbol: items.append(Item(range: token.range, surface: surface, kind: .symbol))
            case .url, .email: items.append(Item(range: token.range, surface: surface, kind: .verbatim))
            }
            t += 1
        }
        // "Ancelotti est-il …": with a noun subject the inverted pronoun repeats it; drop it
        // (also after "ne": "Le PSG n'a-t-il pas gagné ?").
        let negations: Set<String> = ["ne", "n'", "n’"]
        let redundant = items.indices.filter { k in
            guard items[k].isInvertedPronoun, k > 1 else { return false }
            let negated = negations.contains(items[k - 2].lower)
            guard !negated || k > 2 else { return false }
            let previous = items[negated ? k - 3 : k - 2]
            return previous.kind == .glossary || (previous.kind == .word && (previous.analysis == nil || previous.pos == .noun || previous.pos == .properNoun))
        }
        for k in redundant.reversed() {
            let pronoun = items.remove(at: k)
            // A question with a noun subject ("Le PSG peut-il devenir … ?"): the verb moves to the
            // front of its clause, where English asks ("Can PSG become … ?").
            let verb = k - 1
            let ne = verb > 0 && negations.contains(items[verb - 1].lower) ? verb - 1 : verb   // "ne" goes with the verb
            // A negated verb that cannot be fronted keeps its pronoun ("Pourquoi les Singapouriens
            // n'ont-ils pas …" → "… do they not have").
            let keep = { (items: inout [Item]) in if ne < verb { items.insert(pronoun, at: k) } }
            guard items[(verb + 1)...].prefix(while: { ![".", "!"].contains($0.surface) }).contains(where: { $0.surface == "?" }) else { keep(&items); continue }
            var start = ne
            while start > 0, items[start - 1].kind != .punctuation || ["'", "’", "\""].contains(items[start - 1].surface) { start -= 1 }
            // A question word before the subject stays first: "Pourquoi le PSG a-t-il gagné ?" →
            // "Why did PSG win?", "Quand la crise finira-t-elle ?" → "When will the crisis end?",
            // "Pourquoi les Singapouriens n'ont-ils pas de voiture ?" → "Why do Singaporeans not
            // have a car?". Not when the subject holds a complement ("les systèmes de
            // transport": a fronted verb splits it).
            if start < ne, items[start].kind == .word, ["pourquoi", "comment", "quand", "où"].contains(items[start].lower),
               !items[(start + 1)..<ne].contains(where: { ["de", "d'", "du", "des", "à", "au", "aux"].contains($0.lower) }) {
                start += 1
            }
            guard start < ne, items[start].kind == .glossary || items[start].kind == .word,
                  items[start].pos == .determiner || items[start].pos == .properNoun || items[start].kind == .glossary
                    || (items[start].analysis == nil && items[start].isCapitalized) else { keep(&items); continue }
            var fronted = items.remove(at: verb)
            fronted.isFrontedQuestionVerb = true
            var negation: [Item] = []
            if ne < verb {
                var item = items.remove(at: ne)
                item.isFrontedQuestionVerb = true   // it opens the English question: "Did PSG not win?"
                negation = [item]
            }
            let next = ne   // what followed the verb
            // The participle or infinitive the verb governs goes with it ("Le président a-t-il
            // annoncé …" → "Has the president announced …"), so the verb group reads whole; so
            // do up to two adverbs before it ("Le PSG a-t-il bien joué ?" → "Did PSG play well?").
            let isAuxiliary = fronted.analyses.contains { $0.lemma == "avoir" || $0.lemma == "être" }
            var end = next
            // The second part of the negation ("n'a-t-il pas gagné").
            if !negation.isEmpty, end < items.count, ["pas", "plus", "jamais", "point", "guère"].contains(items[end].lower) { end += 1 }
            let afterNegation = end
            while end < items.count, end - afterNegation < 2, items[end].kind == .word, items[end].pos == .adverb,
                  !["pas", "plus", "jamais", "point", "guère", "rien", "personne"].contains(items[end].lower) { end += 1 }
            let afterAdverbs = end
            if isAuxiliary, end < items.count, items[end].lower == "été" { end += 1 }
            if end < items.count, items[end].kind == .word,
               items[end].analyses.first(where: \.partOfSpeech.isVerbal).map({ isAuxiliary ? $0.verbForms.first?.tense == .pastParticiple : $0.has(.infinitive) }) == true {
                end += 1
            }
            if end == afterAdverbs { end = afterNegation }   // adverbs alone stay where they are
            let governed = Array(items[next..<end])
            items.removeSubrange(next..<end)
            // What followed the verb in French follows the subject now: the tagger reads it
            // after the verb still ("Le PSG peut-il imposer des règles ?": "des" is an article).
            if next < items.count { items[next].followsFrontedVerb = true }
            items.insert(contentsOf: negation + [fronted] + governed, at: start)
        }
        var sentenceStart = true
        for k in items.indices {
            if items[k].kind == .punctuation {
                if [".", "!", "?", "…", "..."].contains(items[k].surface) { sentenceStart = true }
                continue
            }
            items[k].startsSentence = sentenceStart
            sentenceStart = false
            if !items[k].startsSentence { Self.addNationalityNoun(&items[k]) }
            // A capitalized first word the lexicon lacks may still be a derived form ("Visitez").
            if items[k].startsSentence, items[k].kind == .word, items[k].analyses.isEmpty, items[k].isCapitalized, !items[k].isAllCaps {
                let guessed = lexicon.guessAnalyses(of: items[k].lower)
                if !guessed.isEmpty { items[k].analyses = guessed; items[k].isDerived = true }
            }
        }
        return items
    }

    /// The matches of `matcher` in `line`, where a term ending in the quantity "peu" gives way
    /// when "de"/"d'" follows: "il y a peu" is "recently", but in "il y a peu de pays" the
    /// "peu de" counts the noun ("there are few countries", "there is little money"). The
    /// words from "peu" on are matched again ("il y a peu de chances" finds "peu de chances").
    /// A term whose own English is the quantity keeps its match ("un peu d'eau" → "a little").
    /// `gaps` are the line's ``elisionGaps(_:in:)``.
    func quantityAwareMatches(_ matcher: GlossaryMatcher, in line: String, tokens: [Token], gaps: [Int]) -> [GlossaryMatch] {
        let found = Self.matches(matcher, in: line, closing: gaps)
        guard let cut = found.firstIndex(where: { match in
            guard let last = tokens.lastIndex(where: { $0.range.upperBound == match.range.upperBound }), last + 1 < tokens.count,
                  last > 0, tokens[last].range.lowerBound > match.range.lowerBound,
                  Folding.lowercase(tokens[last].text(in: line)) == "peu",
                  ["de", "d'", "d’"].contains(Folding.lowercase(tokens[last + 1].text(in: line))) else { return false }
            let english = match.entry.preferredTarget.lowercased()
            return !(english.hasSuffix("little") || english.hasSuffix("few") || english.hasSuffix("bit"))
        }), let peu = tokens.lastIndex(where: { $0.range.upperBound == found[cut].range.upperBound }) else { return found }
        let rest = Self.matches(matcher, in: line, within: tokens[peu].range.lowerBound..<line.utf8.count, closing: gaps)
        return Array(found[..<cut]) + rest
    }

    /// The matches of `matcher` in the bytes `range` of `line` alone, with the ranges of `line`.
    static func matches(_ matcher: GlossaryMatcher, in line: String, within range: Range<Int>, closing gaps: [Int]) -> [GlossaryMatch] {
        let inner = gaps.filter { range.contains($0) }.map { $0 - range.lowerBound }
        return matches(matcher, in: String(line.slice(range)), closing: inner).map { match in
            var shifted = match
            shifted.range = (match.range.lowerBound + range.lowerBound)..<(match.range.upperBound + range.lowerBound)
            return shifted
        }
    }

    /// A capitalized word inside a sentence that the lexicon lists only as a nationality
    /// adjective (its English capitalized: "australien" → "Australian") is also the noun French
    /// capitalizes for people: "l'Australien John Smith" → "Australian John Smith", as "Allemand".
    static func addNationalityNoun(_ item: inout Item) {
        guard item.kind == .word, item.isCapitalized, !item.isAllCaps, !item.can(.noun), !item.can(.properNoun),
              var noun = item.analyses.first(where: { $0.partOfSpeech == .adjective && $0.preferredEnglish.first?.isUppercase == true })
        else { return }
        noun.partOfSpeech = .noun
        item.analyses.append(noun)
    }

    /// The byte offsets of the spaces inside rejoined elisions ("d' autres", "d 'entre"), in order.
    static func elisionGaps(_ tokens: [Token], in line: String) -> [Int] {
        var gaps: [Int] = []
        line.utf8.withContiguousStorageIfAvailable { bytes in
            for (k, token) in tokens.enumerated() where token.kind == .word {
                for b in token.range where bytes[b] == 0x20 { gaps.append(b) }   // "d 'entre"
                let end = token.range.upperBound   // "d' entre"
                if token.isElision, k + 1 < tokens.count, tokens[k + 1].range.lowerBound == end + 1, bytes[end] == 0x20 { gaps.append(end) }
            }
        }
        return gaps
    }

    /// The matches of `matcher` in `line` as written and read with the spaces at `gaps` removed,
    /// so that a spaced elision finds its terms ("l' un d' entre eux" matches "l'un d'entre
    /// eux", and a glossary that writes "d' échantillons" still matches): the longest of
    /// overlapping matches wins, the leftmost first. The ranges are those of `line`.
    static func matches(_ matcher: GlossaryMatcher, in line: String, closing gaps: [Int]) -> [GlossaryMatch] {
        let asWritten = matcher.matches(in: line)
        guard !gaps.isEmpty else { return asWritten }
        let candidates = (asWritten + closedMatches(matcher, in: line, closing: gaps)).sorted {
            ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
        }
        var kept: [GlossaryMatch] = []
        for match in candidates where !(kept.last.map { $0.range.overlaps(match.range) } ?? false) { kept.append(match) }
        return kept
    }

    /// The matches of `matcher` in `line` read with the spaces at `gaps` removed, with the ranges of `line`.
    static func closedMatches(_ matcher: GlossaryMatcher, in line: String, closing gaps: [Int]) -> [GlossaryMatch] {
        var bytes = Array(line.utf8)
        for gap in gaps.reversed() { bytes.remove(at: gap) }
        bytes.append(contentsOf: repeatElement(0x20, count: gaps.count))   // keeps the length
        // A closed position p was p + (gaps closed before it) in `line`.
        func original(_ p: Int, endsThere: Bool) -> Int {
            var shift = 0
            for (k, gap) in gaps.enumerated() where gap - k < p || (!endsThere && gap - k == p) { shift += 1 }
            return p + shift
        }
        return matcher.matches(in: String(decoding: bytes, as: UTF8.self)).map { match in
            var mapped = match
            mapped.range = original(match.range.lowerBound, endsThere: false)..<original(match.range.upperBound, endsThere: true)
            return mapped
        }
    }

    /// The elided words, as tokenized MT corpora write them apart from the next word ("l' épidémie").
    static let elidedWords: Set<String> = ["l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    /// Words written with an apostrophe inside: what precedes it, and what may follow.
    static let apostropheWords: [String: Set<String>] = ["aujourd": ["hui"], "quelqu": ["un", "une"]]

    /// Tokenized text writes an elision apart from its word ("l' épidémie", "n' avez", or with
    /// the space before the apostrophe, "d 'entre"): the letter and its apostrophe become one
    /// elision token again, as in "l'épidémie", when a word that can follow an elision (vowel
    /// or h) comes next.
    static func joiningSpacedElisions(_ tokens: [Token], in line: String) -> [Token] {
        guard tokens.count >= 3 else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var k = 0
        while k < tokens.count {
            if k + 2 < tokens.count, tokens[k].kind == .word, !tokens[k].isElision,
               tokens[k + 1].kind == .punctuation, tokens[k + 2].kind == .word,
               isSpacedApart(tokens[k].range, tokens[k + 1].range, tokens[k + 2].range),
               ["'", "’"].contains(tokens[k + 1].text(in: line)),
               elidedWords.contains(Folding.lowercase(tokens[k].text(in: line))),
               let next = tokens[k + 2].text(in: line).first?.lowercased().first, "aeiouyhàâäéèêëîïôöûüœæ".contains(next) {
                result.append(Token(range: tokens[k].range.lowerBound..<tokens[k + 1].range.upperBound, kind: .word, isElision: true))
                k += 2
                continue
            }
            // A word with an apostrophe inside, written apart: "aujourd' hui", "quelqu' un".
            if k + 2 < tokens.count, tokens[k].kind == .word, tokens[k + 1].kind == .punctuation, tokens[k + 2].kind == .word,
               isSpacedApart(tokens[k].range, tokens[k + 1].range, tokens[k + 2].range), tokens[k + 1].text(in: line) == "'",
               let whole = apostropheWords[Folding.lowercase(tokens[k].text(in: line))],
               whole.contains(Folding.lowercase(tokens[k + 2].text(in: line))) {
                result.append(Token(range: tokens[k].range.lowerBound..<tokens[k + 2].range.upperBound, kind: .word))
                k += 3
                continue
            }
            result.append(tokens[k])
            k += 1
        }
        return result
    }

    /// Whether an elided letter, its apostrophe and the next word are written apart on one side
    /// of the apostrophe only ("l' épidémie", "d 'entre"), not on both ("l ' épidémie" is a quote).
    static func isSpacedApart(_ letter: Range<Int>, _ apostrophe: Range<Int>, _ word: Range<Int>) -> Bool {
        let gluedLeft = letter.upperBound == apostrophe.lowerBound
        let gluedRight = apostrophe.upperBound == word.lowerBound
        return gluedLeft != gluedRight
    }

    /// A one-word glossary match as a word: the lexicon's readings (part of speech, number,
    /// tense) with the glossary's English, so verbs are conjugated and adjectives placed.
    func glossaryWord(_ match: GlossaryMatch, surface: String) -> Item? {
        let entry = match.entry
        guard entry.status != .doNotTranslate else { return nil }
        var analyses = lexicon.analyses(of: surface)
        if analyses.isEmpty { analyses = lexicon.guessAnalyses(of: Folding.lowercase(surface)) }
        guard !analyses.isEmpty else { return nil }
        // An entry written exactly as the text has it gives its English as it is, never inflected
        // again ("infectés" → "infected"); one written in the plural ("symptômes") puts a
        // plural-looking alternative first ("symptom|symptoms" → "symptoms").
        let exact = Folding.key(entry.source) == Folding.key(surface)
        var targets = entry.targets.isEmpty ? [entry.source] : entry.targets
        if exact, InflectionKey.isPlural(entry.source), let plural = targets.firstIndex(where: { $0.hasSuffix("s") && !$0.hasSuffix("ss") }) {
            targets.insert(targets.remove(at: plural), at: 0)
        }
        for k in analyses.indices {
            analyses[k].english = targets
            analyses[k].isEnglishFrozen = exact
            analyses[k].origin = LexiconOrigin(file: entry.origin.file, line: entry.origin.line, derivation: nil)
        }
        var item = Item(range: match.range, surface: surface, kind: .word, analyses: analyses, glossary: match)
        item.isGlossaryWord = true
        return item
    }

    /// Whether a multi-word entry is a noun phrase: it does not open with a preposition, an
    /// adverb, a conjunction, a pronoun or a verb ("centre de données", "Premier ministre" are;
    /// "de plus en plus", "en effet", "parce que" are not).
    func isNominal(_ entry: GlossaryEntry) -> Bool {
        guard let first = entry.source.split(whereSeparator: { $0 == " " || $0 == "'" }).first else { return true }
        let readings = lexicon.analyses(of: first)
        guard let reading = readings.first else { return true }
        switch reading.partOfSpeech {
        case .adposition, .adverb, .coordinatingConjunction, .subordinatingConjunction, .pronoun, .verb, .auxiliary, .interjection:
            return readings.contains { $0.partOfSpeech == .noun || $0.partOfSpeech == .properNoun }
                && !(reading.partOfSpeech == .adposition || reading.partOfSpeech == .adverb)
        default:
            return true
        }
    }

    static let inversionPronouns: Set<String> = ["il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "ce"]

    /// "explique-t-il" → [explique, il] (the pronoun marked inverted); nil when the word is not a verb–pronoun inversion.
    func inversion(_ surface: String, range: Range<Int>) -> [Item]? {
        let lower = Folding.lowercase(surface)
        guard let dash = lower.lastIndex(of: "-") else { return nil }
        let pronoun = String(lower[lower.index(after: dash)...])
        guard Self.inversionPronouns.contains(pronoun) else { return nil }
        var verb = String(lower[..<dash])
        if verb.hasSuffix("-t") { verb.removeLast(2) }
        guard !verb.hasPrefix("y-") else { return nil }   // "y-a-t-il" is "is there" (see `word()`)
        var verbAnalyses = lexicon.analyses(of: verb).filter { $0.partOfSpeech.isVerbal }
        if verbAnalyses.isEmpty { verbAnalyses = lexicon.guessAnalyses(of: verb).filter { $0.partOfSpeech.isVerbal } }
        guard !verbAnalyses.isEmpty else { return nil }
        let verbBytes = surface.utf8.count - (lower.utf8.count - verb.utf8.count)
        let verbRange = range.lowerBound..<(range.lowerBound + verbBytes)
        let pronounRange = (range.upperBound - pronoun.utf8.count)..<range.upperBound
        var pronounItem = Item(range: pronounRange, surface: pronoun, kind: .word)
        pronounItem.analyses = lexicon.analyses(of: pronoun).filter { $0.partOfSpeech == .pronoun }
        pronounItem.isInvertedPronoun = true
        var verbItem = Item(range: verbRange, surface: String(surface.prefix(verb.count)), kind: .word)
        verbItem.analyses = verbAnalyses
        return [verbItem, pronounItem]
    }
}

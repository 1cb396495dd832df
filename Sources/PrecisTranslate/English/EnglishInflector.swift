/// English inflection: plurals of nouns, and the forms of verbs a translation needs.
///
/// Regular forms follow the spelling rules (`stop` → `stopped`, `try` → `tries`, `box` →
/// `boxes`); irregular ones come from the tables in `EnglishInflector+Irregular.swift`.
/// Multi-word expressions inflect their head: the first word of a verb (`take place` → `took
/// place`), the last word of a noun or the word before its first preposition (`data center` →
/// `data centers`, `minister of health` → `ministers of health`).
///
/// ```swift
/// EnglishInflector.plural("social network")       // "social networks"
/// EnglishInflector.verb("unveil", .pastParticiple) // "unveiled"
/// EnglishInflector.verb("be", .present, person: 3, plural: false)  // "is"
/// ```
public enum EnglishInflector {
    /// The English verb forms.
    public enum VerbInflection: Sendable {
        case base, present, past, pastParticiple, gerund
    }

    /// The plural of a noun or noun phrase.
    public static func plural(_ noun: String) -> String {
        inflectingHead(of: noun, with: pluralWord)
    }

    /// `noun` with `inflect` applied to its head: the last word, or the one before a
    /// preposition ("minister of health" → "minister").
    static func inflectingHead(of noun: String, with inflect: (String) -> String) -> String {
        var words = noun.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !words.isEmpty else { return noun }
        var head = words.count - 1
        if let preposition = words.firstIndex(where: { headBreakers.contains($0) }), preposition > 0 { head = preposition - 1 }
        words[head] = inflect(words[head])
        return words.joined(separator: " ")
    }

    static let headBreakers: Set<String> = ["of", "for", "in", "on", "to", "with", "at", "from", "against", "by"]

    /// The singular of a plural noun or noun phrase ("face masks" → "face mask"): the candidate
    /// whose ``plural(_:)`` gives the word back, so both directions share one set of rules; a
    /// word no candidate gives back ("news", "data") is kept.
    public static func singular(_ noun: String) -> String {
        inflectingHead(of: noun, with: singularWord)
    }

    static func singularWord(_ word: String) -> String {
        let lower = word.lowercased()
        if let irregular = irregularPlurals.first(where: { $0.value == lower })?.key { return matchCase(irregular, like: word) }
        if invariablePlurals.contains(lower) || lower.hasSuffix("ics") || lower.hasSuffix("ss") { return word }
        var candidates: [String] = []
        if lower.hasSuffix("ies") { candidates.append(String(word.dropLast(3)) + "y") }
        if lower.hasSuffix("ves") { candidates += [String(word.dropLast(3)) + "f", String(word.dropLast(3)) + "fe"] }
        if lower.hasSuffix("men") { candidates.append(String(word.dropLast(3)) + "man") }
        if lower.hasSuffix("es") { candidates += [String(word.dropLast(2)), String(word.dropLast(2)) + "is"] }
        if lower.hasSuffix("s") { candidates.append(String(word.dropLast())) }
        return candidates.first { !$0.isEmpty && $0 != word && pluralWord($0) == word } ?? word
    }

    static func pluralWord(_ word: String) -> String {
        let lower = word.lowercased()
        if let irregular = irregularPlurals[lower] { return matchCase(irregular, like: word) }
        if invariablePlurals.contains(lower) || lower.hasSuffix("ics") || lower.hasSuffix("ness") { return word }
        if lower.hasSuffix("ing"), lower.count > 5, !countableGerunds.contains(lower) { return word }   // "breathing", "funding"
        if word.count > 1, word == word.uppercased(), word.contains(where: \.isLetter) { return word + "s" }   // CEOs
        if lower.hasSuffix("man") && !lower.hasSuffix("human") && !lower.hasSuffix("german") { return String(word.dropLast(3)) + "men" }
        for suffix in ["s", "x", "z", "ch", "sh"] where lower.hasSuffix(suffix) {
            if lower.hasSuffix("ss") || !lower.hasSuffix("is") { return word + "es" }
            return String(word.dropLast(2)) + "es"   // crisis → crises
        }
        if lower.hasSuffix("y"), lower.count > 1, !isVowel(lower.dropLast().last!) { return String(word.dropLast()) + "ies" }
        if oPlurals.contains(lower) { return word + "es" }
        if lower.hasSuffix("fe"), fPlurals.contains(lower) { return String(word.dropLast(2)) + "ves" }
        if lower.hasSuffix("f"), fPlurals.contains(lower) { return String(word.dropLast()) + "ves" }
        return word + "s"
    }

    /// A verb form. `person` and `plural` matter for the present only (and for `be` in the past).
    public static func verb(_ verb: String, _ inflection: VerbInflection, person: Int = 3, plural: Bool = false) -> String {
        var words = verb.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !words.isEmpty, !words[0].isEmpty else { return verb }
        words[0] = verbWord(words[0], inflection, person: person, plural: plural)
        return words.joined(separator: " ")
    }

    static func verbWord(_ word: String, _ inflection: VerbInflection, person: Int, plural: Bool) -> String {
        let lower = word.lowercased()
        let result: String
        switch inflection {
        case .base:
            return word
        case .present:
            if lower == "be" { result = plural ? "are" : (person == 1 ? "am" : person == 2 ? "are" : "is") }
            else if plural || person != 3 || modals.contains(lower) { return word }
            else if lower == "have" { result = "has" }
            else { result = thirdPerson(lower) }
        case .past:
            if lower == "be" { result = (plural || person == 2) ? "were" : "was" }
            else if let forms = irregularVerbs[lower] { result = forms.past }
            else if modals.contains(lower) { result = modalPast[lower] ?? lower }
            else { result = regularPast(lower) }
        case .pastParticiple:
            if let forms = irregularVerbs[lower] { result = forms.participle } else { result = regularPast(lower) }
        case .gerund:
            result = gerund(lower)
        }
        return matchCase(result, like: word)
    }

    static func thirdPerson(_ verb: String) -> String {
        if verb == "do" || verb == "go" { return verb + "es" }
        for suffix in ["s", "x", "z", "ch", "sh", "o"] where verb.hasSuffix(suffix) { return verb + "es" }
        if verb.hasSuffix("y"), verb.count > 1, !isVowel(verb.dropLast().last!) { return verb.dropLast() + "ies" }
        return verb + "s"
    }

    static func regularPast(_ verb: String) -> String {
        if verb.hasSuffix("e") { return verb + "d" }
        if verb.hasSuffix("y"), verb.count > 1, !isVowel(verb.dropLast().last!) { return verb.dropLast() + "ied" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ed" }
        return verb + "ed"
    }

    static func gerund(_ verb: String) -> String {
        if verb == "be" || verb == "see" || verb == "flee" || verb == "agree" { return verb + "ing" }
        if verb.hasSuffix("ie") { return verb.dropLast(2) + "ying" }
        if verb.hasSuffix("ee") || verb.hasSuffix("ye") || verb.hasSuffix("oe") { return verb + "ing" }
        if verb.hasSuffix("e"), verb.count > 2 { return verb.dropLast() + "ing" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ing" }
        return verb + "ing"
    }

    /// Whether a verb doubles its final consonant (`stop`, `admit`), by rule for one syllable
    /// and by list for longer stressed-final verbs.
    static func doublesFinalConsonant(_ verb: String) -> Bool {
        if doublingVerbs.contains(verb) { return true }
        let scalars = Array(verb)
        guard scalars.count >= 3, scalars.count <= 4 else { return false }
        let last = scalars[scalars.count - 1], middle = scalars[scalars.count - 2], before = scalars[scalars.count - 3]
        guard !isVowel(last), !"wxy".contains(last), isVowel(middle), !isVowel(before) else { return false }
        return scalars.dropLast(2).filter(isVowel).isEmpty   // one syllable
    }

    static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    /// Whether an English word starts with a vowel sound, for "a" or "an".
    public static func takesAn(_ word: some StringProtocol) -> Bool {
        guard let first = word.first else { return false }
        let lower = word.lowercased()
        let initial: Character = lower.first ?? " "
        if word.count > 1, word.allSatisfy({ $0.isUppercase || $0.isNumber }) {   // initialisms: an FBI agent, a NATO summit
            if pronouncedInitialisms.contains(String(word)) { return isVowel(initial) }
            return "aefhilmnorsx".contains(initial)
        }
        if consonantSoundPrefixes.contains(where: { lower.hasPrefix($0) }) { return false }
        if vowelSoundPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if first.isNumber { return lower.hasPrefix("8") || lower.hasPrefix("11") || lower.hasPrefix("18") }
        return isVowel(initial)
    }

    static func matchCase(_ word: String, like model: String) -> String {
        guard let first = model.first else { return word }
        if model.count > 1, model == model.uppercased(), model.contains(where: \.isLetter) { return word.uppercased() }
        if first.isUppercase { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }
}

extension EnglishInflector {
    /// The comparative ("bigger", "more important") or, with `superlative`, the superlative
    /// ("biggest", "most important") of an adjective; `less` gives "less …" / "least …".
    public static func compare(_ adjective: String, superlative: Bool, less: Bool = false) -> String {
        if less { return (superlative ? "least " : "less ") + adjective }
        let lower = adjective.lowercased()
        if let irregular = irregularComparatives[lower] { return superlative ? irregular.1 : irregular.0 }
        guard !adjective.contains(" "), lower.count <= 7, syllables(lower) == 1 || (syllables(lower) == 2 && lower.hasSuffix("y")) else {
            return (superlative ? "most " : "more ") + adjective
        }
        let suffix = superlative ? "est" : "er"
        if lower.hasSuffix("e") { return adjective + String(suffix.dropFirst()) }
        if lower.hasSuffix("y"), lower.count > 2 { return adjective.dropLast() + "i" + suffix }
        if doublesFinalConsonant(lower) { return adjective + String(adjective.last!) + suffix }
        return adjective + suffix
    }

    static let irregularComparatives: [String: (String, String)] = [
        "good": ("better", "best"), "bad": ("worse", "worst"), "far": ("further", "furthest"), "many": ("more", "most"),
        "much": ("more", "most"), "little": ("less", "least"), "well": ("better", "best"),
    ]

    static func syllables(_ word: String) -> Int {
        var count = 0
        var previousVowel = false
        for c in word {
            let vowel = "aeiouy".contains(c)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
        }
        if word.hasSuffix("e"), !word.hasSuffix("le"), count > 1 { count -= 1 }
        return max(count, 1)
    }
}

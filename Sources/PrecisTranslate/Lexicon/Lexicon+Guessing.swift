extension Lexicon {
    /// Readings for a form the lexicon does not list, derived from a listed lemma: plurals and
    /// feminines of nouns and adjectives ("sociales" from "social"), adverbs in *-ment*
    /// ("rapidement" from "rapide" → "rapidly"), and the forms of regular *-er* and *-ir* verbs
    /// ("défiaient" from "défier"). Empty when no rule applies.
    public func guessAnalyses(of form: String) -> [Analysis] {
        if form.contains("-") {
            // A compound the lexicon lacks: translate its parts ("ex-président" → "ex president").
            let parts = form.split(separator: "-").map(String.init)
            guard parts.count > 1, parts.allSatisfy({ !analyses(of: $0).isEmpty || $0 == "ex" }) else { return [] }
            var english = ""
            for part in parts {
                let word = part == "ex" ? "ex-" : (analyses(of: part).first?.preferredEnglish ?? part)
                if !english.isEmpty, !english.hasSuffix("-"), !word.isEmpty { english += " " }
                english += word
            }
            guard let last = analyses(of: parts[parts.count - 1]).first else { return [] }
            var result = last
            result.english = [english]
            result.origin.derivation = "compound of its parts"
            return [result]
        }
        var found: [Analysis] = []
        // Nouns and adjectives: plural and feminine endings.
        let nominalRules: [(suffix: String, replacement: String, gender: Agreement.Gender, number: Agreement.Number, name: String)] = [
            ("aux", "al", .masculine, .plural, "plural"), ("eaux", "eau", .masculine, .plural, "plural"),
            ("eux", "eu", .masculine, .plural, "plural"), ("s", "", .masculine, .plural, "plural"),
            ("x", "", .masculine, .plural, "plural"),
            ("ales", "al", .feminine, .plural, "feminine plural"), ("ales", "ale", .feminine, .plural, "plural"),
            ("elles", "el", .feminine, .plural, "feminine plural"), ("ennes", "en", .feminine, .plural, "feminine plural"),
            ("euses", "eux", .feminine, .plural, "feminine plural"), ("ives", "if", .feminine, .plural, "feminine plural"),
            ("es", "", .feminine, .plural, "feminine plural"), ("elle", "el", .feminine, .singular, "feminine"),
            ("enne", "en", .feminine, .singular, "feminine"), ("euse", "eux", .feminine, .singular, "feminine"),
            ("ive", "if", .feminine, .singular, "feminine"), ("e", "", .feminine, .singular, "feminine"),
        ]
        for rule in nominalRules where form.hasSuffix(rule.suffix) && form.count > rule.suffix.count + 2 {
            let lemma = String(form.dropLast(rule.suffix.count)) + rule.replacement
            guard var base = nominalLemmas[lemma] else { continue }
            // Nouns do not take a feminine ending ("défi" has no "défie"); adjectives do.
            if rule.gender == .feminine, base.partOfSpeech == .noun { continue }
            base.agreement = Agreement(gender: rule.gender, number: rule.number)
            base.origin.derivation = "\(rule.name) of \(lemma)"
            found.append(base)
            break
        }
        // Adverbs in -ment from the feminine adjective.
        if form.hasSuffix("ment"), form.count > 6 {
            let stem = String(form.dropLast(4))
            let candidates = [stem, stem.hasSuffix("e") ? String(stem.dropLast()) : stem,
                              form.hasSuffix("amment") ? String(form.dropLast(6)) + "ant" : "",
                              form.hasSuffix("emment") ? String(form.dropLast(6)) + "ent" : ""]
            for lemma in candidates where !lemma.isEmpty {
                if let adjective = nominalLemmas[lemma], adjective.partOfSpeech == .adjective, let english = adjective.english.first, !english.isEmpty {
                    var adverb = adjective
                    adverb.partOfSpeech = .adverb
                    adverb.agreement = nil
                    adverb.english = [Self.adverb(of: english)]
                    adverb.origin.derivation = "adverb of \(lemma)"
                    found.append(adverb)
                    break
                }
            }
        }
        // Verb forms of regular -er and -ir verbs.
        for (suffix, endings) in Self.verbEndings where form.hasSuffix(suffix) && form.count > suffix.count + 1 {
            let stem = form.dropLast(suffix.count)
            for (ending, forms) in endings {
                guard var verb = verbLemmas[stem + ending] else { continue }
                verb.verbForms = forms
                if forms.first?.tense == .pastParticiple {
                    verb.agreement = Agreement(gender: suffix.hasSuffix("e") || suffix.hasSuffix("es") ? .feminine : .masculine,
                                               number: forms[0].isPlural ? .plural : .singular)
                } else {
                    verb.agreement = nil
                }
                verb.origin.derivation = "\(forms.map(\.description).joined(separator: ",")) of \(stem + ending)"
                found.append(verb)
                break
            }
        }
        return found
    }

    static func adverb(of adjective: String) -> String {
        if adjective.hasSuffix("ic") { return adjective + "ally" }
        if adjective.hasSuffix("le"), adjective.count > 3 { return String(adjective.dropLast()) + "y" }
        if adjective.hasSuffix("y"), adjective.count > 2 { return String(adjective.dropLast()) + "ily" }
        if adjective.hasSuffix("ll") { return adjective + "y" }
        return adjective + "ly"
    }

    private static func f(_ tense: VerbForm.Tense, _ person: Int, _ plural: Bool) -> VerbForm {
        VerbForm(tense: tense, person: person, isPlural: plural)
    }

    /// Ending → [(infinitive ending, forms)], longest endings first.
    static let verbEndings: [(String, [(String, [VerbForm])])] = [
        ("eraient", [("er", [f(.conditional, 3, true)])]), ("iraient", [("ir", [f(.conditional, 3, true)])]),
        ("issaient", [("ir", [f(.imperfect, 3, true)])]), ("issent", [("ir", [f(.present, 3, true), f(.subjunctive, 3, true)])]),
        ("eront", [("er", [f(.future, 3, true)])]), ("iront", [("ir", [f(.future, 3, true)])]),
        ("erait", [("er", [f(.conditional, 3, false)])]), ("irait", [("ir", [f(.conditional, 3, false)])]),
        ("issait", [("ir", [f(.imperfect, 3, false)])]), ("èrent", [("er", [f(.simplePast, 3, true)])]),
        ("aient", [("er", [f(.imperfect, 3, true)])]), ("irent", [("ir", [f(.simplePast, 3, true)])]),
        ("era", [("er", [f(.future, 3, false)])]), ("ira", [("ir", [f(.future, 3, false)])]),
        ("ait", [("er", [f(.imperfect, 3, false)])]), ("ant", [("er", [f(.presentParticiple, 0, false)])]),
        ("ent", [("er", [f(.present, 3, true), f(.subjunctive, 3, true)])]),
        ("erons", [("er", [f(.future, 1, true)])]), ("irons", [("ir", [f(.future, 1, true)])]),
        ("erez", [("er", [f(.future, 2, true)])]), ("irez", [("ir", [f(.future, 2, true)])]),
        ("ons", [("er", [f(.present, 1, true)]), ("ir", [f(.present, 1, true)])]),
        ("ez", [("er", [f(.present, 2, true)]), ("ir", [f(.present, 2, true)])]),
        ("ées", [("er", [f(.pastParticiple, 0, true)])]), ("és", [("er", [f(.pastParticiple, 0, true)])]),
        ("ée", [("er", [f(.pastParticiple, 0, false)])]), ("é", [("er", [f(.pastParticiple, 0, false)])]),
        ("it", [("ir", [f(.present, 3, false), f(.simplePast, 3, false)])]),
        ("is", [("ir", [f(.pastParticiple, 0, false), f(.present, 1, false)])]),
        ("ie", [("ir", [f(.pastParticiple, 0, false)])]), ("ies", [("ir", [f(.pastParticiple, 0, true)])]),
        ("i", [("ir", [f(.pastParticiple, 0, false)])]),
        ("es", [("er", [f(.present, 2, false)])]), ("e", [("er", [f(.present, 3, false), f(.present, 1, false), f(.subjunctive, 3, false)])]),
        ("a", [("er", [f(.simplePast, 3, false)])]),
    ]
}

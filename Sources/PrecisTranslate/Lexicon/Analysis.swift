/// A word class, as the lexicon's `pos` column names it (Universal Dependencies tags).
public enum PartOfSpeech: String, Sendable, Hashable, CaseIterable {
    case noun = "NOUN", properNoun = "PROPN", adjective = "ADJ", verb = "VERB", auxiliary = "AUX"
    case adverb = "ADV", pronoun = "PRON", determiner = "DET", adposition = "ADP"
    case coordinatingConjunction = "CCONJ", subordinatingConjunction = "SCONJ"
    case numeral = "NUM", interjection = "INTJ", other = "X"

    var isNominal: Bool { self == .noun || self == .properNoun }
    var isVerbal: Bool { self == .verb || self == .auxiliary }
}

/// One French verb form: its tense or mood, and person, or the participle's gender and number.
public struct VerbForm: Sendable, Hashable, CustomStringConvertible {
    /// Tenses and non-finite forms, as the lexicon writes them.
    public enum Tense: String, Sendable, Hashable {
        case infinitive = "inf", presentParticiple = "ppr", pastParticiple = "pp"
        case present = "pres", imperfect = "impf", future = "fut", conditional = "cond"
        case subjunctive = "subj", simplePast = "ps", imperative = "imp"

        var isFinite: Bool { !(self == .infinitive || self == .presentParticiple || self == .pastParticiple) }
    }

    public var tense: Tense
    /// 1, 2 or 3 for finite forms; 0 otherwise.
    public var person: Int
    /// Plural person, or plural participle.
    public var isPlural: Bool

    public var description: String {
        switch tense {
        case .infinitive, .presentParticiple: tense.rawValue
        case .pastParticiple: "pp.\(isPlural ? "p" : "s")"
        default: "\(tense.rawValue).\(person)\(isPlural ? "p" : "s")"
        }
    }
}

/// Grammatical gender and number of a noun, adjective or participle.
public struct Agreement: Sendable, Hashable {
    public enum Gender: String, Sendable, Hashable { case masculine = "m", feminine = "f", both = "mf" }
    public enum Number: String, Sendable, Hashable { case singular = "s", plural = "p", both = "sp" }
    public var gender: Gender
    public var number: Number
}

/// One reading of a French word form: lemma, word class, features and English equivalents.
///
/// The lexicon lists every reading of a form, the likeliest in news first; the translator picks
/// one from the context.
///
/// ```swift
/// let readings = lexicon.analyses(of: "réseaux")
/// readings[0].lemma        // "réseau"
/// readings[0].english      // ["network"]
/// ```
public struct Analysis: Sendable, Hashable {
    /// The French lemma: infinitive, masculine singular, or the form itself.
    public var lemma: String
    public var partOfSpeech: PartOfSpeech
    /// Gender and number of nouns, adjectives, determiners and participles.
    public var agreement: Agreement?
    /// The forms a verb form can be, likeliest first.
    public var verbForms: [VerbForm]
    /// Pronoun tags (`3s.m`, `refl`, `rel`), as written.
    public var pronounTags: String?
    /// English base forms, the best first; an empty string means English drops the word.
    public var english: [String]
    /// Whether the English must be used as it is, never inflected (`=glasses`).
    public var isEnglishFrozen: Bool
    /// Where the reading was read.
    public var origin: LexiconOrigin

    /// The preferred English base form ("" when English drops the word).
    public var preferredEnglish: String { english.first ?? "" }

    var isPlural: Bool { agreement?.number == .plural }
    var finiteForm: VerbForm? { verbForms.first(where: { $0.tense.isFinite }) }
    func has(_ tense: VerbForm.Tense) -> Bool { verbForms.contains { $0.tense == tense } }
}

/// Where a lexicon reading comes from: a file and line, or a rule that derived it.
public struct LexiconOrigin: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// The rule that derived the reading from a listed one ("plural of réseau"), if any.
    public var derivation: String?

    public var description: String {
        let place = "\(file):\(line)"
        return derivation.map { "\($0) (\(place))" } ?? place
    }
}

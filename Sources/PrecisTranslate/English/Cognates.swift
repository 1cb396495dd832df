import PrecisText

/// English look-alikes of unknown French words that follow regular learned-word patterns:
/// "légalisation" → "legalization", "électromagnétique" → "electromagnetic", "télescope" →
/// "telescope". Only suffixes whose correspondence is regular are rewritten; the result is
/// still flagged as unknown so a reader can check it.
enum Cognates {
    /// (French suffix, English suffix), longest first.
    static let suffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ographie", "ography"), ("ologie", "ology"),
        ("ologique", "ological"), ("ologiques", "ological"), ("tions", "tions"), ("tion", "tion"),
        ("sions", "sions"), ("sion", "sion"), ("ités", "ities"), ("ité", "ity"), ("iques", "ic"), ("ique", "ic"),
        ("ismes", "isms"), ("isme", "ism"), ("istes", "ists"), ("iste", "ist"), ("aires", "ary"), ("aire", "ary"),
        ("scopes", "scopes"), ("scope", "scope"), ("ifs", "ive"), ("ives", "ive"), ("if", "ive"), ("ive", "ive"),
        ("ances", "ances"), ("ance", "ance"), ("ences", "ences"), ("ence", "ence"), ("ment", "ment"), ("ments", "ments"),
        ("ibles", "ible"), ("ible", "ible"), ("ables", "able"), ("able", "able"), ("eux", "ous"), ("euse", "ous"),
        ("euses", "ous"), ("al", "al"), ("aux", "als"), ("ales", "al"), ("ale", "al"), ("ètre", "eter"), ("ètres", "eters"),
    ]

    /// The English look-alike, or nil when no regular suffix applies.
    static func english(for word: String) -> String? {
        guard word.count >= 6, word.allSatisfy({ $0.isLetter }) else { return nil }
        for (french, english) in suffixes where word.hasSuffix(french) {
            let stem = word.dropLast(french.count)
            guard stem.count >= 3 else { return nil }
            return Folding.removeAccents(String(stem)) + english
        }
        return nil
    }
}

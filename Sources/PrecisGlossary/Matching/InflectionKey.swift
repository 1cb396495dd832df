import PrecisText

/// The key under which French words match across number and gender.
///
/// Case and accents are folded, then plural and feminine endings reduced, the same way for
/// glossary terms and for text: "réseaux sociaux" and "réseau social" share keys, so do
/// "centres de données" and "centre de données", "intelligentes" and "intelligent". Only
/// inflection is undone (not derivation, as a stemmer would), so "marché" never meets "marcher".
///
/// ```swift
/// InflectionKey.french("Sociaux")      // "social"
/// InflectionKey.french("collectives")  // "collectif"
/// InflectionKey.isPlural("réseaux")    // true
/// ```
public enum InflectionKey {
    /// The matching key of a French word.
    public static func french(_ word: some StringProtocol) -> String {
        reduce(Folding.key(word)).key
    }

    /// Whether the word carries a plural ending (-s, -x, -aux).
    public static func isPlural(_ word: some StringProtocol) -> Bool {
        reduce(Folding.key(word)).plural
    }

    /// The common forms of a first-group verb (infinitive in -er) as matching keys: présent,
    /// imparfait, participles ("toucher" → touche, touches, touchent, touchez, touchons, touché,
    /// touchée, touchant, touchait, …). Empty for other words.
    public static func verbFormKeys(_ infinitive: some StringProtocol) -> [String] {
        let folded = Folding.key(infinitive)
        guard folded.count > 4, folded.hasSuffix("er"), folded.allSatisfy({ $0.isLetter }) else { return [] }
        let stem = folded.dropLast(2)
        let endings = ["e", "es", "ent", "ez", "ons", "ais", "ait", "aient", "iez", "ions", "ant", "era", "eront", "erait"]
        return endings.map { reduce(stem + $0).key }
    }

    static func reduce(_ folded: String) -> (key: String, plural: Bool) {
        var w = Array(folded.utf8)
        // Words with apostrophes, digits or very short words are kept as they are.
        guard w.count > 3, w.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 || $0 == 0x2D }) else {
            return (folded, false)
        }
        var plural = false
        if w.ends(with: "eaux") {
            w.removeLast()  // réseaux → réseau
            plural = true
        } else if w.ends(with: "aux"), w.count > 4 {
            w.removeLast(2)
            w.append(UInt8(ascii: "l"))  // sociaux → social
            plural = true
        } else if (w.last == UInt8(ascii: "s") || w.last == UInt8(ascii: "x")), !w.ends(with: "ss"), !w.ends(with: "us"),
                  !w.ends(with: "is") {
            w.removeLast()
            plural = true
        }
        // -eux / -euse (contagieux, contagieuse) and -eur / -euse (chanteur, chanteuse) share "-eu";
        // after the plural was removed, "contagieux" is already "contagieu".
        for ending in ["euse", "eur"] where w.count > ending.utf8.count + 1 && w.ends(with: ending) {
            w.removeLast(ending.utf8.count - 2)
            return (String(decoding: w, as: UTF8.self), plural)
        }
        // Feminine endings to the masculine.
        for (feminine, masculine) in [("ive", "if"), ("rice", "eu"), ("elle", "el"), ("enne", "en"),
                                      ("ette", "et"), ("ere", "er")] where w.count > feminine.utf8.count + 1 && w.ends(with: feminine) {
            w.removeLast(feminine.utf8.count)
            w.append(contentsOf: masculine.utf8)
            return (String(decoding: w, as: UTF8.self), plural)
        }
        if w.count > 4, w.last == UInt8(ascii: "e") { w.removeLast() }
        return (String(decoding: w, as: UTF8.self), plural)
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return count >= s.count && Array(self[(count - s.count)...]) == s
    }
}

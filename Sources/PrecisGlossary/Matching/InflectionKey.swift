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
        let plural = reduce(&w)
        return (String(decoding: w, as: UTF8.self), plural)
    }

    /// Reduces folded bytes in place to their key; returns whether a plural ending was removed.
    @discardableResult
    static func reduce(_ w: inout [UInt8]) -> Bool {
        // Words with apostrophes, digits or very short words are kept as they are.
        guard w.count > 3, w.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 || $0 == 0x2D }) else { return false }
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
            return plural
        }
        // Feminine endings to the masculine.
        for (feminine, masculine) in [("ive", "if"), ("rice", "eu"), ("elle", "el"), ("enne", "en"),
                                      ("ette", "et"), ("ere", "er")] where w.count > feminine.utf8.count + 1 && w.ends(with: feminine) {
            w.removeLast(feminine.utf8.count)
            w.append(contentsOf: masculine.utf8)
            return plural
        }
        if w.count > 4, w.last == UInt8(ascii: "e") { w.removeLast() }
        return plural
    }

    /// The key of the word written in `bytes[range]`, computed on bytes without making a `String`,
    /// for ASCII and Latin-1 letters (nearly all French); `false` when the word needs the general
    /// path (``french(_:)``).
    static func keyBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) -> Bool {
        keyBytes(bytes, range, into: &out, plural: nil)
    }

    /// ``keyBytes(_:_:into:)``, also telling whether a plural ending was removed.
    static func keyBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8],
                         plural: UnsafeMutablePointer<Bool>?) -> Bool {
        out.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                i += 1
            } else if b == 0xC3, i + 1 < range.upperBound {
                let folded = latin1Fold[Int(bytes[i + 1] & 0x3F)]
                guard folded != 0 else { return false }
                out.append(folded)
                if bytes[i + 1] & 0x1F == 0x06 { out.append(UInt8(ascii: "e")) }  // Æ æ → ae
                i += 2
            } else if b == 0xC5, i + 1 < range.upperBound, bytes[i + 1] == 0x92 || bytes[i + 1] == 0x93 {
                out.append(contentsOf: [UInt8(ascii: "o"), UInt8(ascii: "e")])  // Œ œ
                i += 2
            } else if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                out.append(UInt8(ascii: "'"))
                i += 3
            } else {
                return false
            }
        }
        let wasPlural = reduce(&out)
        plural?.pointee = wasPlural
        return true
    }

    /// U+00C0…U+00FF by their second UTF-8 byte's low five bits (À–ß and à–ÿ share them), folded
    /// to a lower-case ASCII letter; 0 for × ÷ Þ ß, which take the general path.
    private static let latin1Fold: [UInt8] = {
        let letters = Array("aaaaaaaceeeeiiiidnooooo_ouuuuy__".utf8)  // À…ß; _ = general path
        var table = letters.map { $0 == UInt8(ascii: "_") ? 0 : $0 }
        table += table
        table[0x37] = 0                   // ÷ (where × is in the capitals)
        table[0x38] = UInt8(ascii: "o")   // ø
        table[0x3E] = 0                   // þ
        table[0x3F] = UInt8(ascii: "y")   // ÿ
        return table
    }()
}

extension Array where Element == UInt8 {
    func ends(with suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return count >= s.count && Array(self[(count - s.count)...]) == s
    }
}

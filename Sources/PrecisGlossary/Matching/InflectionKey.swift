import PrecisText

/// The key under which French words match across number and gender.
///
/// Case and accents are folded, then plural and feminine endings reduced, the same way for
/// glossary terms and for text: "réseaux sociaux" and "réseau social" share keys, so do
/// "centres de données" and "centre de données", "intelligentes" and "intelligent". Only
/// inflection is undone (not derivation, as a stemmer would), so "marché" never meets "marcher".
/// A final "é" is a letter of its own, not the feminine "e": "testés" never meets "test", nor
/// "marché" "marche"; "testée" meets "testé". An elided word meets its full form ("d'" meets
/// "de", "qu'" "que"), and the articles "le", "la" and "l'" meet each other, so "au nom de"
/// finds "au nom d'une entreprise" and "de la" finds "de l'".
///
/// ```swift
/// InflectionKey.french("Sociaux")      // "social"
/// InflectionKey.french("collectives")  // "collectif"
/// InflectionKey.isPlural("réseaux")    // true
/// ```
public enum InflectionKey {
    /// The matching key of a French word.
    public static func french(_ word: some StringProtocol) -> String {
        key(word).key
    }

    /// Whether the word carries a plural ending (-s, -x, -aux).
    public static func isPlural(_ word: some StringProtocol) -> Bool {
        key(word).plural
    }

    /// ``french(_:)`` and ``isPlural(_:)`` at once: the general path, for any word.
    static func key(_ word: some StringProtocol) -> (key: String, plural: Bool) {
        let folded = Folding.key(word)
        var result = reduce(folded, accentedE: accentedFinalE(of: word, folded: folded))
        if (2...7).contains(result.key.utf8.count), result.key.utf8.last == UInt8(ascii: "'") || result.key == "la" {
            var bytes = Array(result.key.utf8)
            if bytes.withUnsafeMutableBufferPointer({ expandElision($0.baseAddress!, count: $0.count) }) {
                result.key = String(decoding: bytes, as: UTF8.self)
            }
        }
        return result
    }

    /// Elided words whose full form ends in "e" ("d'" → "de"), without the apostrophe.
    static let elidedWords: [StaticString] = ["d", "l", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    /// Rewrites the key `w[0..<count]` of an elided word as its full form's ("d'" → "de") and
    /// "la" as "le" (an elision's key cannot tell them apart), in place, the length unchanged;
    /// whether it did.
    @inline(__always)
    static func expandElision(_ w: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        if count == 2, w[0] == UInt8(ascii: "l"), w[1] == UInt8(ascii: "a") {
            w[1] = UInt8(ascii: "e")
            return true
        }
        guard count >= 2, count <= 7, w[count - 1] == UInt8(ascii: "'") else { return false }
        let stem = UnsafeBufferPointer(start: w, count: count - 1)
        guard elidedWords.contains(where: { $0.utf8CodeUnitCount == stem.count
            && UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount).elementsEqual(stem) }) else { return false }
        w[count - 1] = UInt8(ascii: "e")
        return true
    }

    /// Where `folded` has the letter that was the word's last "é", "è", "ê" or "ë" (before a final
    /// "s" or "x"), or −1: the feminine ending "e" is never that letter.
    static func accentedFinalE(of word: some StringProtocol, folded: String) -> Int {
        var scalars = word.unicodeScalars.reversed().makeIterator()
        guard var last = scalars.next() else { return -1 }
        var before = 1
        if last == "s" || last == "x" || last == "S" || last == "X", let previous = scalars.next() {
            last = previous
            before = 2
        }
        guard "éèêëÉÈÊË".unicodeScalars.contains(last) else { return -1 }
        return folded.utf8.count - before
    }

    /// The common forms of a first-group verb (infinitive in -er) as matching keys: présent,
    /// imparfait, participles ("toucher" → touche, touches, touchent, touchez, touchons, touché,
    /// touchée, touchant, touchait, …). Empty for other words.
    public static func verbFormKeys(_ infinitive: some StringProtocol) -> [String] {
        let folded = Folding.key(infinitive)
        guard folded.count > 4, folded.hasSuffix("er"), folded.allSatisfy({ $0.isLetter }) else { return [] }
        let stem = folded.dropLast(2)
        return verbEndings.map { reduce(stem + $0).key } + [reduce(stem + "e", accentedE: stem.utf8.count).key]
    }

    /// The endings ``verbFormKeys(_:)`` puts on the stem, besides the participle's "é" (whose key
    /// is the stem and "e": "touché", "touchés", "touchée" → "touche").
    static let verbEndings = ["e", "es", "ent", "ez", "ons", "ais", "ait", "aient", "iez", "ions", "ant", "era", "eront", "erait"]

    static func reduce(_ folded: String, accentedE: Int = -1) -> (key: String, plural: Bool) {
        var w = Array(folded.utf8)
        let plural = reduce(&w, accentedE: accentedE)
        return (String(decoding: w, as: UTF8.self), plural)
    }

    /// Reduces folded bytes in place to their key; returns whether a plural ending was removed.
    /// `accentedE` is the index of a byte folded from "é" (see ``accentedFinalE(of:folded:)``).
    @discardableResult
    static func reduce(_ w: inout [UInt8], accentedE: Int = -1) -> Bool {
        guard w.count > 3 else { return false }
        var result = (count: 0, plural: false)
        w.withUnsafeMutableBufferPointer { buffer in
            result = reduce(buffer.baseAddress!, count: buffer.count, accentedE: accentedE)
        }
        w.removeLast(w.count - result.count)
        return result.plural
    }

    /// Reduces the folded key `w[0..<count]` in place: its new length (never more than `count`)
    /// and whether a plural ending was removed.
    ///
    /// - Complexity: O(`count`), no allocation.
    @inline(__always)
    static func reduce(_ w: UnsafeMutablePointer<UInt8>, count: Int, accentedE: Int = -1) -> (count: Int, plural: Bool) {
        // Words with apostrophes, digits or very short words are kept as they are.
        guard count > 3 else { return (count, false) }
        for k in 0..<count {
            let b = w[k]
            guard (b >= 0x61 && b <= 0x7A) || b >= 0x80 || b == 0x2D else { return (count, false) }
        }
        return reduceEndings(w, count: count, accentedE: accentedE)
    }

    /// ``reduce(_:count:accentedE:)`` for a key of more than three bytes already known to hold
    /// only letters and hyphens. Endings are compared as numbers made of the key's last four
    /// bytes. The final "e" is dropped unless it is at `accentedE` (it was an "é").
    @inline(__always)
    static func reduceEndings(_ w: UnsafeMutablePointer<UInt8>, count: Int, accentedE: Int = -1) -> (count: Int, plural: Bool) {
        var n = count
        /// The last four bytes, the last one highest (`n` ≥ 4).
        @inline(__always) func last4() -> UInt32 {
            UInt32(w[n - 4]) | UInt32(w[n - 3]) << 8 | UInt32(w[n - 2]) << 16 | UInt32(w[n - 1]) << 24
        }
        @inline(__always) func ends(_ tail: UInt32, _ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            var code: UInt32 = 0
            for k in 0..<length { code |= UInt32(suffix.utf8Start[k]) << (8 * UInt32(k)) }
            return tail >> (8 * UInt32(4 - length)) == code
        }
        /// Replaces the ending `old` by the shorter `new` when a stem of two bytes or more remains.
        @inline(__always) func replace(_ tail: UInt32, _ old: StaticString, _ new: StaticString) -> Bool {
            guard n > old.utf8CodeUnitCount + 1, ends(tail, old) else { return false }
            n -= old.utf8CodeUnitCount
            for k in 0..<new.utf8CodeUnitCount { w[n + k] = new.utf8Start[k] }
            n += new.utf8CodeUnitCount
            return true
        }
        var plural = false
        var tail = last4()
        if ends(tail, "eaux") {
            n -= 1  // réseaux → réseau
            plural = true
        } else if n > 4, ends(tail, "aux") {
            n -= 2
            w[n] = UInt8(ascii: "l")  // sociaux → social
            n += 1
            plural = true
        } else if ends(tail, "s") || ends(tail, "x"), !ends(tail, "ss"), !ends(tail, "us"), !ends(tail, "is") {
            n -= 1
            plural = true
        }
        guard n > 3 else { return (n, plural) }  // every rule below needs more
        tail = last4()
        // -eux / -euse (contagieux, contagieuse) and -eur / -euse (chanteur, chanteuse) share "-eu";
        // after the plural was removed, "contagieux" is already "contagieu".
        if n > 5, ends(tail, "euse") { return (n - 2, plural) }
        if n > 4, ends(tail, "eur") { return (n - 1, plural) }
        // Feminine endings to the masculine.
        if replace(tail, "ive", "if") || replace(tail, "rice", "eu") || replace(tail, "elle", "el")
            || replace(tail, "enne", "en") || replace(tail, "ette", "et") || replace(tail, "ere", "er") {
            return (n, plural)
        }
        if n > 4, w[n - 1] == UInt8(ascii: "e"), n - 1 != accentedE { n -= 1 }
        return (n, plural)
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
        var key: (count: Int, plural: Bool)?
        out = [UInt8](unsafeUninitializedCapacity: range.count + 8) { buffer, initialized in
            key = range.isEmpty ? (0, false) : keyBytes(bytes, range, into: buffer.baseAddress!)
            initialized = key?.count ?? 0
        }
        guard let key else { return false }
        plural?.pointee = key.plural
        return true
    }

    /// ``keyBytes(_:_:into:)`` into memory with room for `range.count + 8` bytes (a key is never
    /// longer than its word; ASCII is lower-cased eight bytes at a time, and the last eight may
    /// spill past the key): the key's length and whether a plural ending was removed, or `nil`
    /// when the word needs the general path. Without `reducing`, the word is only folded (case,
    /// accents, ligatures, apostrophes), as ``Folding/key(_:)`` folds it.
    @inline(__always)
    static func keyBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                         into out: UnsafeMutablePointer<UInt8>, reducing: Bool = true) -> (count: Int, plural: Bool)? {
        var n = 0
        var i = range.lowerBound
        let end = range.upperBound
        let raw = UnsafeRawPointer(bytes.baseAddress)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var lettersOnly = true  // every key byte so far is a-z or a hyphen (see reduce)
        var accentedE = -1      // the last key byte folded from é è ê ë
        while i < end {
            // Up to eight ASCII bytes at once, when eight can be read (past the word if need be).
            if let raw, i + 8 <= bytes.count {
                let take = min(8, end - i)
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let wanted: UInt64 = take == 8 ? ~0 : (1 << (8 * UInt64(take))) &- 1
                if word & wanted & highBits == 0 {
                    let clear = word & 0x7F7F_7F7F_7F7F_7F7F
                    let upper = (clear &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(clear &+ 0x2525_2525_2525_2525) & highBits  // A-Z
                    let lower = (clear | (upper >> 2)) & 0x7F7F_7F7F_7F7F_7F7F
                    UnsafeMutableRawPointer(out + n).storeBytes(of: lower.littleEndian, as: UInt64.self)
                    let letter = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & highBits  // a-z
                    let notHyphen = lower ^ 0x2D2D_2D2D_2D2D_2D2D
                    let hyphen = ~((notHyphen &+ 0x7F7F_7F7F_7F7F_7F7F) | notHyphen) & highBits
                    lettersOnly = lettersOnly && (letter | hyphen | ~wanted) & highBits == highBits
                    n += take
                    i += take
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                lettersOnly = lettersOnly && ((lower >= 0x61 && lower <= 0x7A) || lower == 0x2D)
                out[n] = lower
                n += 1
                i += 1
            } else if b == 0xC3, i + 1 < end {
                let c = bytes[i + 1]
                let folded = latin1Fold.utf8Start[Int(c & 0x3F)]
                guard folded != UInt8(ascii: "_") else { return nil }
                if folded == UInt8(ascii: "e") { accentedE = n }
                out[n] = folded
                n += 1
                if c & 0x1F == 0x06 {  // Æ æ → ae
                    out[n] = UInt8(ascii: "e")
                    n += 1
                }
                i += 2
            } else if b == 0xC5, i + 1 < end, bytes[i + 1] == 0x92 || bytes[i + 1] == 0x93 {
                out[n] = UInt8(ascii: "o")  // Œ œ
                out[n + 1] = UInt8(ascii: "e")
                n += 2
                i += 2
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                out[n] = UInt8(ascii: "'")  // ’ ‘
                n += 1
                i += 3
                lettersOnly = false
            } else {
                return nil
            }
        }
        // Folded Latin-1 letters are a-z: the byte check of reduce is done already.
        guard reducing else { return (n, false) }   // folded only, as Folding.key folds
        if lettersOnly && n > 3 { return reduceEndings(out, count: n, accentedE: accentedE) }
        if n <= 7 { _ = expandElision(out, count: n) }
        return (n, false)
    }

    /// U+00C0…U+00FF by their second UTF-8 byte's low six bits, folded to a lower-case ASCII
    /// letter; `_` for × ÷ Þ þ ß, which take the general path. Capitals first (À Á Â Ã Ä Å Æ Ç
    /// È É Ê Ë Ì Í Î Ï Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß), then small letters (à … ÿ). A literal, so
    /// reading it costs no lazy initialization.
    @inline(__always)
    private static var latin1Fold: StaticString {
        "aaaaaaaceeeeiiiidnooooo_ouuuuy__aaaaaaaceeeeiiiidnooooo_ouuuuy_y"
    }
}

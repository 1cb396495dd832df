/// Keys for case- and accent-insensitive matching.
///
/// ``key(_:)`` is the form glossary and lexicon look-ups compare: Unicode case folding, accents
/// removed, typographic apostrophes made `'`, and runs of white space (including no-break
/// spaces) made one space. Latin text, which is nearly all of French news, takes a table-driven
/// fast path; anything else goes through ICU (full case folding, NFD, marks removed, NFC).
///
/// ```swift
/// Folding.key("L’Intelligence  Artificielle")   // "l'intelligence artificielle"
/// Folding.key("Œuvre ÉTÉ")                      // "oeuvre ete"
/// Folding.foldCase("Straße")                    // "strasse"
/// Folding.removeAccents("Noël à Montréal")      // "Noel a Montreal"
/// ```
public enum Folding {
    /// The matching key of `text`: case and accents folded, apostrophes and spaces unified.
    public static func key(_ text: some StringProtocol) -> String {
        if let fast = fastKey(text) { return fast }
        // ICU folds case and strips marks; letters that do not decompose (œ, æ, ø, ł, đ) then
        // take the same table as the fast path, so both paths give one key.
        var folded = String.UnicodeScalarView()
        for scalar in removeAccents(ICUString.foldCase(text)).unicodeScalars {
            let v = scalar.value
            if v >= 0x80, v < 0x180, !latinFold[Int(v - 0x80)].isEmpty {
                folded.append(contentsOf: latinFold[Int(v - 0x80)].unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return unifySpacing(String(folded))
    }

    /// Lower case with accents kept and apostrophes made `'`: the form stemmers take.
    ///
    /// Simple (one-to-one) lower-casing, fast for Latin text: "L’État" → "l'état".
    public static func lowercase(_ text: some StringProtocol) -> String {
        lowercased(text)
    }

    /// ``lowercase(_:)`` for a `String`, specialized (the generic entry point is not, across
    /// modules). Same result.
    public static func lowercase(_ text: String) -> String { lowercased(text) }

    /// ``lowercase(_:)`` for a `Substring`, specialized. Same result.
    public static func lowercase(_ text: Substring) -> String { lowercased(text) }

    @inline(__always)
    private static func lowercased<S: StringProtocol>(_ text: S) -> String {
        // Contiguous text (native strings and their slices) takes one pass over its bytes.
        if let fast = text.utf8.withContiguousStorageIfAvailable({ latin1LowercaseContiguous($0) }), let fast {
            return fast ?? String(text)
        }
        var ascii = true
        for b in text.utf8 where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { ascii = false; break }
        if ascii { return String(text) }
        if let latin = latin1Lowercase(text.utf8) { return latin }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if ScalarClass.of(v) == .apostrophe {
                out.append("'")
            } else {
                out.append(Unicode.Scalar(ScalarCase.lowercase(v)) ?? scalar)
            }
        }
        return String(out)
    }

    /// ``latin1Lowercase(_:)`` written straight into the new string's storage: `.some(nil)`
    /// when the text is already lower-case ASCII (the caller copies it), `.some(string)` for
    /// ASCII, Latin-1 letters and ’ ‘ ‛ ′, `nil` for anything else (the caller takes the
    /// general path).
    ///
    /// - Complexity: O(*n*) in the length of the text, one pass, one allocation at most.
    static func latin1LowercaseContiguous(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var changes = false
        for b in bytes where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { changes = true; break }
        guard changes else { return .some(nil) }
        var supported = true
        let result = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
            var i = 0
            var o = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    out[o] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    o += 1
                    i += 1
                } else if b == 0xC3, i + 1 < n {
                    let c = bytes[i + 1]
                    out[o] = b
                    out[o + 1] = c >= 0x80 && c <= 0x9E && c != 0x97 ? c + 0x20 : c
                    o += 2
                    i += 2
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80,
                          bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 || bytes[i + 2] == 0x9B || bytes[i + 2] == 0xB2 {
                    out[o] = 0x27  // ’ ‘ ‛ ′ → '
                    o += 1
                    i += 3
                } else {
                    supported = false
                    return 0
                }
            }
            return o
        }
        return supported ? .some(result) : nil
    }

    /// ``lowercase(_:)`` on bytes for ASCII, Latin-1 letters and ’ (nearly all French); `nil`
    /// for anything else.
    static func latin1Lowercase(_ utf8: some Collection<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var iterator = utf8.makeIterator()
        while let b = iterator.next() {
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            } else if b == 0xC3, let c = iterator.next() {
                // U+00C0–U+00DE capitals (not ×, U+00D7) are C3 80–9E; their small letters are +0x20.
                out.append(b)
                out.append(c >= 0x80 && c <= 0x9E && c != 0x97 ? c + 0x20 : c)
            } else if b == 0xE2, let c = iterator.next(), let d = iterator.next() {
                if c == 0x80 && (d == 0x99 || d == 0x98 || d == 0x9B) {
                    out.append(0x27)  // ’ ‘ ‛ → '
                } else if c == 0x80 && d == 0xB2 {
                    out.append(0x27)  // ′
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Unicode full case folding (ICU): "ÉTÉ" → "été", "Straße" → "strasse".
    public static func foldCase(_ text: some StringProtocol) -> String {
        ICUString.foldCase(text)
    }

    /// `text` without accents and other combining marks: "Noël" → "Noel". Case is kept.
    public static func removeAccents(_ text: some StringProtocol) -> String {
        let decomposed = ICUString.normalize(text, to: .nfd)
        var stripped = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !ICUString.isNonspacingMark(scalar.value) {
            stripped.append(scalar)
        }
        return ICUString.normalize(String(stripped), to: .nfc)
    }

    /// The fast path of ``key(_:)`` for text made only of ASCII, Latin-1 and Latin Extended-A
    /// letters; `nil` for anything else.
    static func fastKey(_ text: some StringProtocol) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
                continue
            }
            let cls = ScalarClass.of(v)
            if cls.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if cls == .apostrophe { out.append(0x27); continue }
            guard v < 0x180 else { return nil }
            let folded = latinFoldBytes[Int(v - 0x80)]
            if folded.isEmpty {
                if cls == .mark { return nil }
                out.append(contentsOf: String(scalar).utf8)
            } else {
                out.append(contentsOf: folded)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``latinFold`` as UTF-8 bytes.
    static let latinFoldBytes: [[UInt8]] = latinFold.map { Array($0.utf8) }

    /// Folded forms of U+0080…U+017F ("" = keep as is).
    private static let latinFold: [String] = {
        var table = [String](repeating: "", count: 0x100)
        func set(_ chars: String, _ base: String) {
            for c in chars.unicodeScalars { table[Int(c.value - 0x80)] = base }
        }
        set("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"); set("Ææ", "ae"); set("ÇçĆćĈĉĊċČč", "c"); set("ĎďĐđÐð", "d")
        set("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"); set("ĜĝĞğĠġĢģ", "g"); set("ĤĥĦħ", "h")
        set("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"); set("Ĳĳ", "ij"); set("Ĵĵ", "j"); set("Ķķĸ", "k")
        set("ĹĺĻļĽľĿŀŁł", "l"); set("ÑñŃńŅņŇňŉŊŋ", "n"); set("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"); set("Œœ", "oe")
        set("ŔŕŖŗŘř", "r"); set("ŚśŜŝŞşŠšſ", "s"); set("ß", "ss"); set("ŢţŤťŦŧ", "t"); set("Þþ", "th")
        set("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"); set("Ŵŵ", "w"); set("ÝýÿŶŷŸ", "y"); set("ŹźŻżŽž", "z")
        set("ª", "a"); set("º", "o"); set("µ", "μ")
        return table
    }()

    /// Makes apostrophe variants `'` and collapses white space runs to one space (trimmed).
    static func unifySpacing(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let cls = ScalarClass.of(scalar.value)
            if cls.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(cls == .apostrophe ? "'" : scalar)
        }
        return String(out)
    }
}

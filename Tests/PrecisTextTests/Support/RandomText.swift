import PrecisTestSupport

/// Random text made from the pieces French news is made of, and some it should not contain.
enum RandomText {
    static let pieces: [String] = [
        "le", "l'", "l’", "IA", "Meta", "aujourd'hui", "M.", "J.-C.", "U.S.", "etc.", "3,6", "1 234", "2.846",
        " ", " ", " ", "\u{00A0}", "\u{202F}", "\n", "\n\n", "\r\n", "\t", ".", ". ", "!", "?", " ? ", "…", "...",
        "«", "»", "\"", "(", ")", "-", "—", ",", ":", ";", "%", "€", "www.", ".fr", "@", "https://", "/",
        "é", "e\u{301}", "œ", "Ç", "😀", "北京", "\u{FEFF}", "\u{200B}", "\u{0000}", "\u{FFFD}", "a", "B", "z",
        "tendue.Consternant", "Quoi?Non", "globe-trotteur", "qu’", "'", "’",
    ]

    static func make(pieces count: Int, using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<count { text += pieces.randomElement(using: &generator)! }
        return text
    }
}

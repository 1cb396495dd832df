/// A small deterministic random generator (SplitMix64), so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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

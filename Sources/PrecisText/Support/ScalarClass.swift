/// The classes of Unicode scalars the scanners distinguish.
///
/// One lookup table covers ASCII and Latin-1 (most of French news text); other scalars are
/// classified from their Unicode general category.
enum ScalarClass: UInt8, Sendable {
    case letter, digit, mark, space, newline
    /// `'` and its typographic variants (’ ‘ ‛ ′ ʼ).
    case apostrophe
    /// `-` and the hyphens U+2010, U+2011.
    case hyphen
    case period, comma, punctuation, symbol, other

    @inline(__always)
    static func of(_ scalar: UInt32) -> ScalarClass {
        if scalar < 0x100 { return ScalarClass(rawValue: latin1.utf8Start[Int(scalar)] &- 0x61) ?? .other }
        return classifyWide(scalar)
    }

    /// ``classifyNarrow(_:)`` of U+0000–U+00FF, one letter per scalar ("a" + the raw value): a
    /// literal in read-only memory, so the per-character look-up pays no lazy initialization
    /// (a `static let` array costs a `swift_once` check on every access).
    /// `ScalarClassTests` checks it against `classifyNarrow`.
    private static var latin1: StaticString {
        """
        llllllllldeeeelllllllllllllllllldjjkkkkfjjjkighjbbbbbbbbbbjjkkkj\
        kaaaaaaaaaaaaaaaaaaaaaaaaaajjjkjkaaaaaaaaaaaaaaaaaaaaaaaaaajkjkl\
        lllllelllllllllllllllllllllllllldjkkkkkjkkajkckkkkkkkajjkkajkkkj\
        aaaaaaaaaaaaaaaaaaaaaaakaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaakaaaaaaaa
        """
    }

    static func classifyNarrow(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85: return .newline
        case 0x09, 0x20, 0xA0: return .space
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x27: return .apostrophe
        case 0x2D: return .hyphen
        case 0x2E: return .period
        case 0x2C: return .comma
        case 0xAA, 0xB5, 0xBA: return .letter
        case 0xC0...0xFF where v != 0xD7 && v != 0xF7: return .letter
        case 0xAD: return .mark  // soft hyphen: invisible, joins
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
            switch v {
            case 0x23, 0x24, 0x25, 0x26, 0x2B, 0x3C, 0x3D, 0x3E, 0x40, 0x5E, 0x60, 0x7C, 0x7E: return .symbol
            default: return .punctuation
            }
        case 0x00...0x1F, 0x7F...0x9F: return .other
        default: return .symbol  // ¢ £ ¤ ¥ ¦ ¨ © ¬ ® ¯ ° ± ² ³ ´ ¸ ¹ ¼ ½ ¾ × ÷
        }
    }

    private static func classifyWide(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x2019, 0x2018, 0x201B, 0x2032, 0x02BC: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x2028, 0x2029: return .newline
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return .space
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .mark  // zero-width: joins, invisible
        case 0x0100...0x024F: return .letter  // Latin Extended-A/B (œ, Œ, ...)
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber: return .digit
        case .letterNumber, .otherNumber: return .symbol
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .newline
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
        case .control, .format, .surrogate, .privateUse, .unassigned: return .other
        @unknown default: return .other
        }
    }
}

extension ScalarClass {
    /// Letters, digits and combining marks: the characters a word is made of.
    @inline(__always) var isWordCharacter: Bool { self == .letter || self == .digit || self == .mark }
    /// Horizontal spaces and line breaks.
    @inline(__always) var isWhitespace: Bool { self == .space || self == .newline }
}

/// Case tests on scalars, fast for Latin and exact elsewhere.
enum ScalarCase {
    @inline(__always)
    static func isUppercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }  // À–Þ but ×
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v >= 0xDF && v <= 0xFF { return v != 0xF7 }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isLowercase
    }

    /// Lower-cases ASCII and Latin-1 letters; other scalars use Unicode's simple mapping.
    @inline(__always)
    static func lowercase(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 ? v + 0x20 : v }  // the rest of Latin-1 maps to itself
        guard let s = Unicode.Scalar(v) else { return v }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : v
    }
}

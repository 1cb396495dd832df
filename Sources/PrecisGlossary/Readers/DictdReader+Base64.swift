extension DictdReader {
    /// A dictd index number that could not be read.
    enum NumberProblem: Error, Sendable, Hashable {
        /// The field is empty.
        case empty
        /// A character outside dictd's base64 digits, at this 0-based scalar offset in the field.
        case invalidCharacter(Character, at: Int)
        /// The number does not fit in 62 bits.
        case tooLarge
    }

    /// Decodes a dictd index number: base 64, most significant digit first, with the digits
    /// `A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/` (values 0 to 63) and no padding.
    ///
    /// Numbers are capped at 2^62 so that adding an offset and a length never overflows.
    ///
    /// ```swift
    /// try DictdReader.decodeNumber("IT7")   // 8 × 64² + 19 × 64 + 59 = 34043
    /// try DictdReader.decodeNumber("B=")    // throws .invalidCharacter("=", at: 1)
    /// ```
    static func decodeNumber(_ field: Substring) throws(NumberProblem) -> Int {
        guard !field.isEmpty else { throw .empty }
        var value = 0
        for (k, scalar) in field.unicodeScalars.enumerated() {
            let digit: Int
            switch scalar.value {
            case 0x41...0x5A: digit = Int(scalar.value) - 0x41       // A-Z: 0-25
            case 0x61...0x7A: digit = Int(scalar.value) - 0x61 + 26  // a-z: 26-51
            case 0x30...0x39: digit = Int(scalar.value) - 0x30 + 52  // 0-9: 52-61
            case 0x2B: digit = 62                                    // +
            case 0x2F: digit = 63                                    // /
            default: throw .invalidCharacter(Character(scalar), at: k)
            }
            guard value < (1 << 56) else { throw .tooLarge }  // value × 64 + digit would reach 2^62
            value = value << 6 | digit
        }
        return value
    }
}

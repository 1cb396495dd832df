/// The parts of Python's `str` and `re` semantics the reference scorers rely on, over Unicode
/// scalars: Python indexes strings by code point, so a scalar here is a character there.
///
/// Character data comes from Swift's Unicode tables, which may be a newer Unicode version than
/// the Python that runs the reference scripts (3.11: Unicode 14.0); they differ only on
/// characters assigned since.
enum PythonText {
    /// `str.isspace()`, which is also what `str.split()` splits on and `re`'s `\s` matches:
    /// ASCII whitespace, the separators U+001C–U+001F, NEL, no-break space, the Unicode space
    /// separators and the line and paragraph separators. Not U+200B (zero-width space) nor U+FEFF.
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `re`'s `\w` for `str` patterns: `str.isalnum()` (letters — categories L* — and
    /// characters with a numeric value) or `_`. Combining marks are not word characters.
    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x30 && value <= 0x39) || value == 0x5F
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return properties.numericType != nil
        }
    }

    /// `str.lower()`: the full lower-case mapping of every scalar (İ becomes i + U+0307), with
    /// Python's Final_Sigma rule for Σ (ς at the end of a word, σ elsewhere).
    static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value < 0x80 {
                out.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if value == 0x3A3 {
                out.append(isFinalSigma(at: i, in: scalars) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    /// CPython's `handle_capital_sigma`: a cased letter before (skipping case-ignorable
    /// characters), and no cased letter after.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var j = index - 1
        while j >= 0, scalars[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0, scalars[j].properties.isCased else { return false }
        j = index + 1
        while j < scalars.count, scalars[j].properties.isCaseIgnorable { j += 1 }
        return j == scalars.count || !scalars[j].properties.isCased
    }

    /// `str.strip()`: the scalars without leading and trailing whitespace.
    static func stripped(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars
        while let first = slice.first, isWhitespace(first.value) { slice.removeFirst() }
        while let last = slice.last, isWhitespace(last.value) { slice.removeLast() }
        return slice
    }

    /// `format(value, f".{digits}f")`: `value` correctly rounded to `digits` decimals (0 to 3),
    /// ties to even on the exact binary value, as Python (and C's `printf`) do — so 2.675, stored
    /// as 2.67499999…, gives "2.67".
    static func fixed(_ value: Double, digits: Int) -> String {
        precondition((0...3).contains(digits), "fixed(_:digits:) handles 0 to 3 decimals")
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if value.sign == .minus { return "-" + fixed(-value, digits: digits) }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        // value = significand · 2^exponent exactly; scaled = value · 10^digits rounded.
        let bits = value.bitPattern
        let biased = Int((bits >> 52) & 0x7FF)
        let fraction = bits & ((1 << 52) - 1)
        let significand = biased == 0 ? fraction : fraction | (1 << 52)
        let exponent = (biased == 0 ? 1 : biased) - 1075
        guard exponent < 0 else {
            // A whole number of at least 2^52: no fraction to round.
            let whole = value < 1.8e19 ? String(UInt64(value)) : String(value)
            return digits > 0 ? whole + "." + String(repeating: "0", count: digits) : whole
        }
        let product = significand * scale  // < 2^53 · 10^3 < 2^63
        let shift = -exponent
        let scaled: UInt64
        if shift >= 64 {
            scaled = 0  // product < 2^63 ≤ half of 2^shift: rounds down
        } else {
            var quotient = product >> UInt64(shift)
            let remainder = product & ((1 << UInt64(shift)) - 1)
            let half: UInt64 = 1 << UInt64(shift - 1)
            if remainder > half || (remainder == half && quotient & 1 == 1) { quotient += 1 }
            scaled = quotient
        }
        let whole = String(scaled / scale)
        guard digits > 0 else { return whole }
        let decimals = String(scaled % scale)
        return whole + "." + String(repeating: "0", count: digits - decimals.count) + decimals
    }
}

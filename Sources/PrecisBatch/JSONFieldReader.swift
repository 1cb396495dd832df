import PrecisText

/// A small, fast reader for the JSON Lines records the batch commands take: one flat object a
/// line, of which only `"id"`, `"text"`, `"title"` and `"language"` matter (a line with
/// `"terms"` is left to Foundation, which reads nested values).
///
/// It reads the object straight from its UTF-8 bytes (no Foundation objects, no bridging) and
/// decodes every JSON string escape (`\" \\ \/ \b \f \n \r \t \uXXXX`, surrogate pairs
/// included). It only answers for what it fully understands: an object whose values are
/// strings, numbers, `true`, `false` or `null`, with an `"id"` that is a string or a plain
/// integer, no key repeated among the four, no lone surrogate, no raw control character and no
/// U+FEFF in a string (Foundation on Linux drops one at either end of a string, so only it can
/// say what such a line holds). For anything else (invalid JSON, nested values, a BOM, other
/// number forms for `"id"`) it
/// returns `nil`, and the caller asks Foundation, whose answers and error messages stay the
/// reference. So the fast path changes speed, never results.
///
/// ```swift
/// let line = Array(#"{"id": 7, "text": "Caf\u00e9 cr\u00e8me", "tags": null}"#.utf8)
/// let fields = line.withUnsafeBufferPointer { JSONFieldReader.read($0) }
/// fields?.id      // "7" (raw JSON, as written back)
/// fields?.text    // "Café crème"
/// ```
///
/// - Complexity: O(*n*) in the length of the line, one pass.
public enum JSONFieldReader {
    /// The fields of one record.
    public struct Fields: Equatable, Sendable {
        /// The `"id"` as JSON to write back: a string re-quoted by ``JSONLine/appendQuoted(_:to:)``,
        /// or the integer's digits; `nil` when absent.
        public var id: String?
        /// The `"text"` string, if it is one.
        public var text: String?
        /// The `"title"` string, if it is one.
        public var title: String?
        /// The `"language"` string, if it is one (`precis batch` reads it).
        public var language: String?

        /// Creates the fields of one record.
        public init(id: String? = nil, text: String? = nil, title: String? = nil, language: String? = nil) {
            self.id = id
            self.text = text
            self.title = title
            self.language = language
        }
    }

    /// The fields of the JSON object in `line`, or `nil` when the line is not an object this
    /// reader handles (let Foundation decide then).
    public static func read(_ line: UnsafeBufferPointer<UInt8>) -> Fields? {
        var reader = Reader(bytes: line)
        return reader.object()
    }

    /// The cursor over one line.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        /// Decoded bytes of the string being read when it has escapes.
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        @inline(__always)
        mutating func skipSpace() {
            while i < bytes.count {
                let b = bytes[i]
                guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { return }
                i += 1
            }
        }

        mutating func object() -> Fields? {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            var fields = Fields()
            var seenID = false, seenText = false, seenTitle = false, seenLanguage = false
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard let key = key() else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    switch key {
                    case .id:
                        guard !seenID else { return nil }
                        seenID = true
                        if bytes[i] == UInt8(ascii: "\"") {
                            guard let id = stringValue() else { return nil }
                            var quoted = ""
                            JSONLine.appendQuoted(id, to: &quoted)
                            fields.id = quoted
                        } else {
                            guard let digits = plainInteger() else { return nil }
                            fields.id = digits
                        }
                    case .text, .title, .language:
                        switch key {
                        case .text: guard !seenText else { return nil }; seenText = true
                        case .title: guard !seenTitle else { return nil }; seenTitle = true
                        default: guard !seenLanguage else { return nil }; seenLanguage = true
                        }
                        if bytes[i] == UInt8(ascii: "\"") {
                            guard let string = stringValue() else { return nil }
                            switch key {
                            case .text: fields.text = string
                            case .title: fields.title = string
                            default: fields.language = string
                            }
                        } else {
                            guard scalarValue() else { return nil }
                        }
                    case .terms:
                        return nil  // per-record terms: Foundation reads them (TextRecord.terms)
                    case .other:
                        if bytes[i] == UInt8(ascii: "\"") {
                            guard skipString() else { return nil }
                        } else {
                            guard scalarValue() else { return nil }
                        }
                    }
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    guard bytes[i] == UInt8(ascii: "}") else { return nil }
                    i += 1
                    break
                }
            }
            skipSpace()
            return i == bytes.count ? fields : nil
        }

        /// The keys that matter.
        enum Key { case id, text, title, language, terms, other }

        /// Reads the string at `i` (on its opening quote) and hands its decoded UTF-8 bytes to
        /// `body`; `nil` when it is not a valid string.
        mutating func string<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            // The common case: no escape before the closing quote.
            guard let j = plainRunEnd(from: start), j < bytes.count, bytes[j] >= 0x20 else { return nil }
            if bytes[j] == UInt8(ascii: "\"") {
                i = j + 1
                return body(UnsafeBufferPointer(rebasing: bytes[start..<j]))
            }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<j]))
            i = j
            guard decodeEscapedRest() else { return nil }
            return scratch.withUnsafeBufferPointer(body)
        }

        /// A key: one of the three that matter, or another.
        mutating func key() -> Key? {
            string { decoded -> Key in
                if decoded.elementsEqual("id".utf8) { return .id }
                if decoded.elementsEqual("text".utf8) { return .text }
                if decoded.elementsEqual("title".utf8) { return .title }
                if decoded.elementsEqual("language".utf8) { return .language }
                if decoded.elementsEqual("terms".utf8) { return .terms }
                return .other
            }
        }

        /// A string value.
        mutating func stringValue() -> String? {
            string { String(decoding: $0, as: UTF8.self) }
        }

        /// Skips a string value, checking its escapes.
        mutating func skipString() -> Bool {
            string { _ in true } ?? false
        }

        /// Decodes from `i` (inside a string, after the part already in `scratch`) to the
        /// closing quote, into `scratch`.
        mutating func decodeEscapedRest() -> Bool {
            while i < bytes.count {
                // Copy the run of plain bytes up to the next quote, backslash or control byte.
                guard let j = plainRunEnd(from: i) else { return false }
                if j > i { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j])) }
                i = j
                guard i < bytes.count else { return false }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return true }
                if b < 0x20 { return false }
                guard i + 1 < bytes.count else { return false }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return false }
                    if scalar >= 0xD800 && scalar <= 0xDBFF {
                        // A high surrogate must be followed by an escaped low one.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return false }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low <= 0xDFFF else { return false }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                        return false  // a lone low surrogate
                    } else if scalar == 0xFEFF {
                        return false  // U+FEFF: Foundation's to read (see the type's discussion)
                    }
                    appendUTF8(scalar)
                default:
                    return false
                }
            }
            return false
        }

        /// Where the run of plain string bytes from `j` ends: at the next quote, backslash or
        /// control byte, or at the end of the line; `nil` at a U+FEFF (Foundation's to read).
        /// Blocks of eight bytes holding none of these (nor an EF lead) are skipped whole.
        @inline(__always)
        func plainRunEnd(from j: Int) -> Int? {
            var j = j
            while j + 8 <= bytes.count {
                let block = ByteBlock.load(bytes, j)
                if ByteBlock.contains(block, 0x22) || ByteBlock.contains(block, 0x5C) || ByteBlock.containsLess(block, than: 0x20)
                    || ByteBlock.contains(block, 0xEF) { break }
                j += 8
            }
            while j < bytes.count {
                let b = bytes[j]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return j }
                if b == 0xEF, isByteOrderMark(at: j) { return nil }
                j += 1
            }
            return j
        }

        /// Whether U+FEFF (EF BB BF) starts at `j`.
        @inline(__always)
        func isByteOrderMark(at j: Int) -> Bool {
            j + 2 < bytes.count && bytes[j + 1] == 0xBB && bytes[j + 2] == 0xBF
        }

        /// Four hex digits at `i`.
        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for k in 0..<4 {
                let b = bytes[i + k]
                let digit: UInt32
                switch b {
                case 0x30...0x39: digit = UInt32(b - 0x30)
                case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
            }
            i += 4
            return value
        }

        mutating func appendUTF8(_ c: UInt32) {
            if c < 0x80 {
                scratch.append(UInt8(c))
            } else if c < 0x800 {
                scratch.append(UInt8(0xC0 | (c >> 6)))
                scratch.append(UInt8(0x80 | (c & 0x3F)))
            } else if c < 0x10000 {
                scratch.append(UInt8(0xE0 | (c >> 12)))
                scratch.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
                scratch.append(UInt8(0x80 | (c & 0x3F)))
            } else {
                scratch.append(UInt8(0xF0 | (c >> 18)))
                scratch.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
                scratch.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
                scratch.append(UInt8(0x80 | (c & 0x3F)))
            }
        }

        /// An integer id as Foundation writes it back: `0` or `-?[1-9][0-9]{0,17}` (so it fits
        /// `Int`); anything else (`-0`, fractions, exponents, huge values) is left to Foundation.
        mutating func plainInteger() -> String? {
            let start = i
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            let digitsStart = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            let digits = i - digitsStart
            guard digits >= 1, digits <= 18 else { return nil }
            if bytes[digitsStart] == 0x30 && (digits > 1 || digitsStart > start) { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] | 0x20 == UInt8(ascii: "e") { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }

        /// Skips a number, `true`, `false` or `null` (a string is handled by the caller);
        /// `false` for nested values and anything invalid.
        mutating func scalarValue() -> Bool {
            let b = bytes[i]
            if b == UInt8(ascii: "t") { return literal("true") }
            if b == UInt8(ascii: "f") { return literal("false") }
            if b == UInt8(ascii: "n") { return literal("null") }
            return number()
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        /// A JSON number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, within what a
        /// `Double` surely holds: Foundation refuses a number out of its range (`1e400`), so one
        /// with more than 100 digits before or after the point, or an exponent of three digits or
        /// more, is left to it.
        mutating func number() -> Bool {
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 else { return false }
            if bytes[i] == 0x30 {
                i += 1
            } else {
                let start = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i - start <= 100 else { return false }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i > start, i - start <= 100 else { return false }
            }
            if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let start = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i > start, i - start <= 2 else { return false }
            }
            return true
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PrecisText

/// Builds one JSON object per line without Foundation's encoder (fast, keys in the order given).
///
/// The object is built as UTF-8 bytes; ``string`` makes the `String` once at the end.
///
/// ```swift
/// var line = JSONLine()
/// line.add("id", raw: "7")
/// line.add("text", "Caf\u{E9} \"cr\u{E8}me\"")
/// line.add("keywords", strings: ["a", "b"])
/// line.string   // {"id":7,"text":"Café \"crème\"","keywords":["a","b"]}
/// ```
public struct JSONLine: Sendable {
    private var buffer: [UInt8] = [0x7B]  // {
    private var first = true

    /// An empty object.
    public init() {}

    /// Adds a string value, quoted and escaped.
    public mutating func add(_ key: String, _ value: String) {
        addKey(key)
        JSONLine.appendQuoted(value, to: &buffer)
    }

    /// Adds an integer value.
    public mutating func add(_ key: String, _ value: Int) {
        addKey(key)
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Adds `true` or `false`.
    public mutating func add(_ key: String, _ value: Bool) {
        addKey(key)
        buffer.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Adds an array of strings.
    public mutating func add(_ key: String, strings: [String]) {
        addKey(key)
        buffer.append(0x5B)  // [
        for (k, s) in strings.enumerated() {
            if k > 0 { buffer.append(0x2C) }
            JSONLine.appendQuoted(s, to: &buffer)
        }
        buffer.append(0x5D)  // ]
    }

    /// Adds an array of objects.
    public mutating func add(_ key: String, objects: [JSONLine]) {
        addKey(key)
        buffer.append(0x5B)  // [
        for (k, object) in objects.enumerated() {
            if k > 0 { buffer.append(0x2C) }
            object.append(to: &buffer)
        }
        buffer.append(0x5D)  // ]
    }

    /// Appends the finished object's UTF-8 bytes (no newline) to `out`, without making a
    /// `String`.
    public func append(to out: inout [UInt8]) {
        out.append(contentsOf: buffer)
        out.append(0x7D)  // }
    }

    /// Adds a value that is already JSON.
    public mutating func add(_ key: String, raw: String) {
        addKey(key)
        buffer.append(contentsOf: raw.utf8)
    }

    private mutating func addKey(_ key: String) {
        if !first { buffer.append(0x2C) }
        first = false
        JSONLine.appendQuoted(key, to: &buffer)
        buffer.append(0x3A)  // :
    }

    /// The finished object, without a newline.
    public var string: String {
        String(unsafeUninitializedCapacity: buffer.count + 1) { out in
            _ = out.initialize(from: buffer)
            out[buffer.count] = 0x7D  // }
            return buffer.count + 1
        }
    }

    /// Appends `s` as a JSON string to `out` (escaped as the byte-array variant below).
    public static func appendQuoted(_ s: some StringProtocol, to out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 8)
        appendQuoted(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\r`,
    /// `\t` or `\u00XX`, and U+2028 / U+2029 as `\u2028` / `\u2029` (valid JSON, but they break
    /// JavaScript readers); everything else as is. Runs of plain bytes are copied whole.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `s`.
    public static func appendQuoted(_ s: some StringProtocol, to out: inout [UInt8]) {
        var string = String(s)
        string.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// Appends the UTF-8 bytes `bytes` as a JSON string to `out`, escaped as
    /// ``appendQuoted(_:to:)`` does.
    public static func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var runStart = 0
        var k = 0
        let n = bytes.count
        while k < n {
            // Eight plain bytes at a time: no control byte, quote, backslash or E2 (U+2028/9).
            if k + 8 <= n {
                let block = ByteBlock.load(bytes, k)
                if !ByteBlock.containsLess(block, than: 0x20), !ByteBlock.contains(block, 0x22), !ByteBlock.contains(block, 0x5C),
                   !ByteBlock.contains(block, 0xE2) {
                    k += 8
                    continue
                }
            }
            let b = bytes[k]
            guard needsCare(b) else { k += 1; continue }
            let escape: StaticString
            var length = 1
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0xE2:
                guard k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9 else { k += 1; continue }
                escape = bytes[k + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                length = 3
            default:  // other control characters
                if k > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<k])) }
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 0xF)])  // \u00XX
                k += 1
                runStart = k
                continue
            }
            if k > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<k])) }
            out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
            k += length
            runStart = k
        }
        if n > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
        out.append(0x22)
    }

    /// Bytes that may need escaping: control characters, `"`, `\`, and the lead byte of U+2028/9.
    @inline(__always)
    private static func needsCare(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }

    /// A score as C's `%.6g` writes it ("0.123457", "1", "1e-07"), as `String(format:)` did,
    /// without Foundation's formatter.
    ///
    /// ```swift
    /// JSONLine.formatG6(1.0 / 3)   // "0.333333"
    /// ```
    public static func formatG6(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            _ = withVaList([value]) { vsnprintf(buffer.baseAddress, 32, "%.6g", $0) }
            return String(cString: buffer.baseAddress!)
        }
    }
}

/// Builds one JSON object per line without Foundation's encoder (fast, keys in the order given).
struct JSONLine {
    private var buffer = "{"
    private var first = true

    mutating func add(_ key: String, _ value: String) {
        addKey(key)
        JSONLine.appendQuoted(value, to: &buffer)
    }

    mutating func add(_ key: String, _ value: Int) {
        addKey(key)
        buffer += String(value)
    }

    mutating func add(_ key: String, _ value: Bool) {
        addKey(key)
        buffer += value ? "true" : "false"
    }

    mutating func add(_ key: String, strings: [String]) {
        addKey(key)
        buffer += "["
        for (k, s) in strings.enumerated() {
            if k > 0 { buffer += "," }
            JSONLine.appendQuoted(s, to: &buffer)
        }
        buffer += "]"
    }

    /// Adds a value that is already JSON.
    mutating func add(_ key: String, raw: String) {
        addKey(key)
        buffer += raw
    }

    private mutating func addKey(_ key: String) {
        if !first { buffer += "," }
        first = false
        JSONLine.appendQuoted(key, to: &buffer)
        buffer += ":"
    }

    /// The finished object, without a newline.
    var string: String { buffer + "}" }

    static func appendQuoted(_ s: some StringProtocol, to out: inout String) {
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(s.utf8.count + 8)
        var previous2: UInt8 = 0, previous1: UInt8 = 0
        for b in s.utf8 {
            switch b {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20:
                bytes += Array("\\u00".utf8)
                bytes += [hexDigit(b >> 4), hexDigit(b & 0xF)]
            case 0xA8 where previous2 == 0xE2 && previous1 == 0x80, 0xA9 where previous2 == 0xE2 && previous1 == 0x80:
                // U+2028 and U+2029 are valid JSON but break JavaScript readers: escape them.
                bytes.removeLast(2)
                bytes += Array((b == 0xA8 ? "\\u2028" : "\\u2029").utf8)
            default:
                bytes.append(b)
            }
            previous2 = previous1
            previous1 = b
        }
        bytes.append(0x22)
        out += String(decoding: bytes, as: UTF8.self)
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}

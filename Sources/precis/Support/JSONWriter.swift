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
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

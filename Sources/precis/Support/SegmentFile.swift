import Precis

/// Line-aligned segments: one segment per line of a UTF-8 text file, as sacrebleu and
/// termacc.py read them, or one column of a TAB-separated file.
struct SegmentFile {
    /// The name messages use: the path, or `<stdin>`.
    var name: String
    /// The segments, in line order.
    var segments: [String]

    /// Reads `path` ("-" for standard input).
    ///
    /// Lines end at "\n"; a final newline ends the last line rather than starting an empty one,
    /// so a file of N lines gives N segments, blank ones included.
    ///
    /// - Parameters:
    ///   - column: the 1-based column of each TAB-separated line to take, or nil for the line.
    ///   - universalNewlines: also end lines at "\r\n" and "\r", as Python's text mode does
    ///     (termacc.py); sacrebleu reads with `newline="\n"`, and a "\r" left at the end of a
    ///     line is whitespace chrF ignores.
    /// - Throws: ``CLIError`` (input) for unreadable or invalid text, or a line with too few
    ///   columns, naming the file and line.
    static func read(_ path: String, column: Int? = nil, universalNewlines: Bool = false,
                     limits: InputLimits = InputLimits()) throws -> SegmentFile {
        let input = try InputText.read(path, limits: limits)
        var bytes = Array(input.text.utf8)
        if universalNewlines, bytes.contains(0x0D) { bytes = translatingNewlines(bytes) }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if bytes.last == 0x0A || bytes.isEmpty { lines.removeLast() }
        var segments: [String] = []
        segments.reserveCapacity(lines.count)
        for (k, line) in lines.enumerated() {
            guard let column else {
                segments.append(String(decoding: line, as: UTF8.self))
                continue
            }
            let fields = line.split(separator: 0x09, maxSplits: column, omittingEmptySubsequences: false)
            guard fields.count >= column else {
                throw CLIError.input(
                    "\(input.name):\(k + 1): \(fields.count) TAB-separated column(s), no column \(column); "
                        + "check the file and the column number")
            }
            segments.append(String(decoding: fields[column - 1], as: UTF8.self))
        }
        return SegmentFile(name: input.name, segments: segments)
    }

    /// "\r\n" and lone "\r" become "\n".
    private static func translatingNewlines(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// Throws an input error naming both files and their line counts unless they are equal.
    static func requireAligned(reference: (name: String, lines: Int), system: (name: String, lines: Int)) throws {
        guard reference.lines != system.lines else { return }
        throw CLIError.input(
            "\(system.name) has \(lines(system.lines)) but \(reference.name) has \(reference.lines): "
                + "give one system line per reference line, in the same order")
    }

    private static func lines(_ count: Int) -> String { count == 1 ? "1 line" : "\(count) lines" }
}

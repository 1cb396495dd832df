/// RFC 4180 CSV: comma-separated fields, double-quoted fields may hold commas, line breaks and
/// doubled quotes (`""`).
enum CSVParser {
    struct Row {
        /// The line the row starts on.
        var line: Int
        var cells: [String]
        /// Whether the row ended inside an open quote (at the end of the file).
        var unterminated = false
    }

    /// Rows of the given lines (a quoted field may span several lines).
    static func rows(_ lines: [(number: Int, text: String)]) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var startLine = 0
        for (number, text) in lines {
            if !inQuotes {
                startLine = number
                cells = []
                cell = ""
            } else {
                cell += "\n"
            }
            var scalars = text.unicodeScalars.makeIterator()
            var pendingQuote = false
            while let scalar = scalars.next() {
                if inQuotes {
                    if pendingQuote {
                        pendingQuote = false
                        if scalar == "\"" { cell.unicodeScalars.append("\""); continue }
                        inQuotes = false  // the quote closed the field; fall through
                    } else if scalar == "\"" {
                        pendingQuote = true
                        continue
                    } else {
                        cell.unicodeScalars.append(scalar)
                        continue
                    }
                }
                switch scalar {
                case ",":
                    cells.append(cell)
                    cell = ""
                case "\"" where cell.isEmpty:
                    inQuotes = true
                default:
                    cell.unicodeScalars.append(scalar)
                }
            }
            if pendingQuote { inQuotes = false }
            if !inQuotes {
                cells.append(cell)
                rows.append(Row(line: startLine, cells: cells))
            }
        }
        if inQuotes {
            cells.append(cell)
            rows.append(Row(line: startLine, cells: cells, unterminated: true))
        }
        return rows
    }

    /// Lines where a row starts whose quote never closes.
    static func unterminatedQuote(rows: [Row]) -> [Int] {
        rows.filter(\.unterminated).map(\.line)
    }
}

/// Language codes a glossary header may use.
enum LanguageCodes {
    static let known: Set<String> = [
        "fr", "en", "de", "es", "it", "pt", "nl", "ja", "zh", "ko", "ru", "ar", "pl", "sv", "da", "fi", "no", "nb", "nn",
        "cs", "el", "tr", "hu", "ro", "uk", "bg", "hr", "sk", "sl", "et", "lv", "lt", "id", "he", "hi", "th", "vi", "ms",
        "ca", "eu", "gl", "ga", "cy", "is", "mt", "sr", "bs", "mk", "sq", "fa", "ur", "bn", "ta", "te", "sw", "af", "lb",
    ]

    /// Whether `code` is a known ISO 639-1 code, with an optional region or script ("en-US", "zh-Hans").
    static func isKnown(_ code: String) -> Bool {
        let base = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? code
        return known.contains(base)
    }

    /// Whether `code` is shaped like a language tag (two or three letters, optional subtags).
    static func looksLikeCode(_ code: String) -> Bool {
        let base = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? code
        return (2...3).contains(base.count) && base.allSatisfy { $0.isLetter && $0.isASCII }
    }
}

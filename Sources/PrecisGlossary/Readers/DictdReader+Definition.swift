import PrecisText

extension DictdReader {
    /// One dictd definition as FreeDict writes it (TEI turned into plain text): a headword line
    /// with optional pronunciation and grammar, then senses.
    ///
    /// ```text
    /// réseau /ʁezo/ <n, masc>
    /// 1. network
    /// 2.  [elec] grid, mains
    /// 3.
    ///       "un réseau de neurones"
    ///  a neural network
    /// ```
    ///
    /// Numbered lines start senses; an entry with one sense has no number. A sense line lists
    /// English translations separated by commas (or semicolons) outside parentheses; `[label]`
    /// usage labels are dropped. Indented lines are examples (a quoted French line, then its
    /// English) or definitions: neither is a translation, so examples are left out and
    /// definitions become the entry's note.
    struct Definition: Sendable, Hashable {
        /// The headword as the definition writes it ("aujourd'hui", "Afrique du Sud").
        var headword: String
        /// Part of speech, spelled out ("noun", "verb", …).
        var partOfSpeech: String?
        /// "masculine", "feminine" or "neuter".
        var gender: String?
        /// "singular" or "plural".
        var number: String?
        /// Translations, sense by sense, in order.
        var senses: [[String]] = []
        /// Definitions (indented text that is not an example).
        var notes: [String] = []

        /// All translations in sense order, each once (compared with case and accents folded).
        var translations: [String] {
            var seen = Set<String>()
            return senses.joined().filter { seen.insert(Folding.key($0)).inserted }
        }
    }

    /// Parses the text of one definition.
    static func parseDefinition(_ text: String) -> Definition {
        // "\r\n" is one Character: split at either.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }[...]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines = lines.dropFirst() }
        var definition = parseHeadwordLine(lines.first.map { $0.trimmed } ?? "")
        var inExample = false  // after a quoted example line, whose English follows
        for line in lines.dropFirst() {
            let trimmed = line.trimmed
            if trimmed.isEmpty {
                inExample = false
                continue
            }
            if line.first == " " || line.first == "\t" {
                if trimmed.first == "\"" || trimmed.first == "“" || trimmed.first == "«" {
                    inExample = true
                } else if inExample {
                    inExample = false  // the example's English: not a translation of the headword
                } else {
                    definition.notes.append(trimmed)
                }
                continue
            }
            inExample = false
            if let body = senseBody(trimmed) {
                definition.senses.append(translations(in: body))
            } else if definition.senses.isEmpty {
                definition.senses.append(translations(in: trimmed))
            } else {
                definition.senses[definition.senses.count - 1] += translations(in: trimmed)
            }
        }
        return definition
    }

    /// The headword, pronunciation (`/…/`, dropped) and grammar (`<n, masc>`) of the first line.
    static func parseHeadwordLine(_ line: String) -> Definition {
        var rest = Substring(line)
        var grammar: [String] = []
        if rest.hasSuffix(">"), let open = rest.lastIndex(of: "<"), open > rest.startIndex,
           rest[rest.index(before: open)] == " " {
            grammar = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
                .split(separator: ",").map { $0.trimmed.lowercased() }
            rest = rest[..<rest.index(before: open)]
        }
        if rest.hasSuffix("/"), let open = rest.dropLast().lastIndex(of: "/"), open > rest.startIndex,
           rest[rest.index(before: open)] == " " {
            rest = rest[..<rest.index(before: open)]
        }
        var definition = Definition(headword: rest.trimmed)
        for tag in grammar {
            if let gender = genders[tag] {
                definition.gender = definition.gender ?? gender
            } else if let number = numbers[tag] {
                definition.number = definition.number ?? number
            } else if definition.partOfSpeech == nil, !tag.isEmpty {
                definition.partOfSpeech = partsOfSpeech[tag] ?? tag
            }
        }
        return definition
    }

    /// The text after a sense number ("2.  [cul] giblets" → "[cul] giblets"), or nil when the
    /// line does not start with one.
    static func senseBody(_ line: String) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        let after = line.dropFirst(digits.count)
        guard after.first == ".", after.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true else { return nil }
        return after.dropFirst().trimmed
    }

    /// The translations of one sense line: split at commas and semicolons outside parentheses,
    /// `[label]`s removed, trimmed, empty pieces dropped.
    static func translations(in line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0     // inside ( )
        var inLabel = false  // inside [ ]
        for character in line {
            switch character {
            case "[" where depth == 0:
                inLabel = true
            case "]" where inLabel:
                inLabel = false
            case _ where inLabel:
                continue
            case "(":
                depth += 1
                current.append(character)
            case ")":
                depth = max(0, depth - 1)
                current.append(character)
            case ",", ";":
                if depth == 0 {
                    pieces.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            default:
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.map { $0.trimmed.collapsingSpaces }.filter { !$0.isEmpty }
    }

    static let partsOfSpeech: [String: String] = [
        "n": "noun", "noun": "noun", "pn": "proper noun", "propn": "proper noun",
        "v": "verb", "vt": "verb", "vi": "verb", "vr": "verb", "verb": "verb",
        "adj": "adjective", "adv": "adverb", "prep": "preposition", "pron": "pronoun", "conj": "conjunction",
        "int": "interjection", "interj": "interjection", "art": "article", "det": "determiner", "num": "numeral",
        "abbr": "abbreviation", "phr": "phrase", "ptcl": "particle",
    ]
    static let genders: [String: String] = [
        "masc": "masculine", "m": "masculine", "fem": "feminine", "f": "feminine", "neut": "neuter",
    ]
    static let numbers: [String: String] = ["sg": "singular", "pl": "plural"]
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmed: String {
        let text = Substring(self)
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = text.utf8.firstIndex(where: { !isBlank($0) }),
              let last = text.utf8.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])  // ASCII bounds, so on scalar boundaries
    }

    /// With runs of spaces made one space.
    fileprivate var collapsingSpaces: String {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == 0x20, previous == 0x20 { return split(separator: " ").joined(separator: " ") }
            previous = byte
        }
        return String(self)
    }
}

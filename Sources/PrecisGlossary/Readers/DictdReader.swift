import PrecisText

/// Reads dictd dictionaries (FreeDict's, as Debian's `dict-freedict-*` packages install them)
/// into glossary entries.
///
/// A dictd dictionary is two files. The `.index` has one line per headword,
/// `headword<TAB>offset<TAB>length[<TAB>original headword]`, the numbers in dictd's base64
/// (digits `A-Za-z0-9+/`, no padding); it is sorted, and a headword with several definitions
/// (homographs: "turc" the noun, "turc" the adjective) has several lines. The `.dict` holds the
/// definitions at those byte ranges, plain or dictzip-compressed (`.dict.dz`, gzip with a
/// random-access table, inflated whole here). Headwords `00-database-*` (`00databaseinfo` once
/// normalized) are metadata and are skipped.
///
/// Each headword gives one entry: the source is the headword as its definition writes it
/// ("aujourd'hui", which the index stores as "aujourdhui"), the targets are the translations of
/// every definition and sense in order, part of speech and gender come from `<n, masc>`, the
/// origin is the index line (the first, for homographs).
///
/// Safety: numbers are capped at 2^62, a definition may not exceed `maximumDefinitionBytes`,
/// decompression keeps only up to the last byte the index refers to (and checks the rest, up
/// to `maximumDataBytes`), a `.dz` whose checksum fails gives no entry, and
/// the index may not make the reader decode more than twice the data's size: hostile files
/// cost bounded memory and time.
struct DictdReader {
    let indexName: String
    let dataName: String
    let maximumDefinitionBytes: Int
    let maximumDataBytes: Int

    /// A well-formed index line.
    struct IndexLine: Sendable, Hashable {
        var line: Int
        var headword: String
        /// The fourth column (`dictfmt --index-keep-orig`): the headword before normalization.
        var original: String?
        var offset: Int
        var length: Int
    }

    /// Reads the index and its data into `reader`, reporting every bad line or definition.
    func read(index: [UInt8], data: [UInt8], reader: inout EntryReader) {
        let lines = indexLines(index, reader: &reader)
        let needed = lines.map { $0.offset + $0.length }.max() ?? 0
        guard let (available, shortfall) = dataBytes(data, needed: needed, reader: &reader) else {
            reader.skipped += lines.count  // one issue for the whole data file
            return
        }
        var budget = 2 * available.count + maximumDefinitionBytes  // bytes the index may make us decode
        var parsed: [Int: [Int: Definition]] = [:]                   // offset → length → definition
        var groups: [Group] = []
        var groupOfHeadword: [String: Int] = [:]
        for (k, line) in lines.enumerated() {
            let name = line.original ?? line.headword
            guard line.offset + line.length <= available.count else {
                let range = "bytes \(line.offset)-\(line.offset + line.length)"
                reader.fail(line: line.line, column: nil, "the definition of '\(name)' (\(range)) \(shortfall.message(available.count))",
                            shortfall.suggestion)
                continue
            }
            var definition = parsed[line.offset]?[line.length]
            if definition == nil {
                budget -= line.length
                guard budget >= 0 else {
                    reader.fail(line: line.line, column: nil,
                                "the index refers to more than twice the bytes of \(dataName) (overlapping definitions); the rest of the index is skipped",
                                "the index is corrupt; rebuild it with dictfmt, or reinstall the dictionary")
                    reader.skipped += lines.count - k - 1
                    break
                }
                let bytes = available[line.offset..<line.offset + line.length]
                if let bad = GlossaryLoader.invalidUTF8Offset(bytes) {
                    let byte = String(bytes[bytes.startIndex + bad], radix: 16, uppercase: true)
                    reader.fail(line: line.line, column: nil,
                                "the definition of '\(name)' is not valid UTF-8 (byte 0x\(byte) at byte \(line.offset + bad) of \(dataName))",
                                "convert the dictionary to UTF-8: dictunformat, iconv -f ISO-8859-1 -t UTF-8, then dictfmt --utf8")
                    continue
                }
                definition = Self.parseDefinition(String(decoding: bytes, as: UTF8.self))
                parsed[line.offset, default: [:]][line.length] = definition
            }
            guard let definition else { continue }
            if let g = groupOfHeadword[line.headword] {
                groups[g].members.append((line, definition))
            } else {
                groupOfHeadword[line.headword] = groups.count
                groups.append(Group(members: [(line, definition)]))
            }
        }
        for group in groups { add(group, to: &reader) }
    }

    // MARK: index

    /// The index's well-formed lines; the others become issues. Metadata lines are left out.
    func indexLines(_ index: [UInt8], reader: inout EntryReader) -> [IndexLine] {
        var result: [IndexLine] = []
        var number = 0
        for raw in index.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var bytes = raw
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if let bad = GlossaryLoader.invalidUTF8Offset(bytes) {
                let column = bytes[bytes.startIndex..<bytes.startIndex + bad].filter { $0 & 0xC0 != 0x80 }.count + 1
                let byte = String(bytes[bytes.startIndex + bad], radix: 16, uppercase: true)
                reader.fail(line: number, column: column, "invalid UTF-8 (byte 0x\(byte)) in the index; line skipped",
                            "rebuild the dictionary as UTF-8 (dictfmt --utf8)")
                continue
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let cells = text.split(separator: "\t", omittingEmptySubsequences: false)
            let headword = String(cells[0])
            if Self.isMetadata(headword) { continue }
            guard cells.count == 3 || cells.count == 4 else {
                reader.fail(line: number, column: nil,
                            "wrong number of columns: \(cells.count), expected 3 (headword<TAB>offset<TAB>length)",
                            "rebuild the index with dictfmt, or reinstall the dictionary")
                continue
            }
            var numbers: [Int] = []
            var column = cells[0].unicodeScalars.count + 2
            for (field, cell) in zip(["offset", "length"], cells[1...2]) {
                do {
                    numbers.append(try Self.decodeNumber(cell))
                } catch {
                    let digits = "dictd numbers are base64 digits (A-Z a-z 0-9 + /, no padding); rebuild the index with dictfmt"
                    let (message, at, suggestion) = switch error {
                    case .empty: ("empty \(field) field", 0, digits)
                    case .invalidCharacter(let character, let k): ("invalid character '\(character)' in the \(field) field", k, digits)
                    case .tooLarge: ("the \(field) field '\(cell)' is too large", 0,
                                     "the index is corrupt; rebuild it with dictfmt, or reinstall the dictionary")
                    }
                    reader.fail(line: number, column: column + at, message, suggestion)
                    break
                }
                column += cell.unicodeScalars.count + 1
            }
            guard numbers.count == 2 else { continue }
            guard numbers[1] <= maximumDefinitionBytes else {
                reader.fail(line: number, column: nil,
                            "the definition of '\(headword)' is \(numbers[1]) bytes long, over the \(maximumDefinitionBytes)-byte limit",
                            "the index is corrupt; rebuild it with dictfmt, or reinstall the dictionary")
                continue
            }
            let original = cells.count == 4 && !cells[3].isEmpty ? String(cells[3]) : nil
            result.append(IndexLine(line: number, headword: headword, original: original, offset: numbers[0], length: numbers[1]))
        }
        return result
    }

    /// Whether an index headword is one of dictfmt's `00-database-*` metadata entries
    /// (`00databaseinfo` once normalized).
    static func isMetadata(_ headword: String) -> Bool {
        headword.hasPrefix("00database") || headword.hasPrefix("00-database")
    }

    // MARK: data

    /// Why a definition's bytes are missing.
    enum Shortfall: Sendable {
        case end(file: String)
        case truncated(file: String)
        case limit(file: String, bytes: Int)

        func message(_ available: Int) -> String {
            switch self {
            case .end(let file): "runs past the end of \(file) (\(available) bytes)"
            case .truncated(let file): "runs past the \(available) bytes that \(file) holds before it breaks off"
            case .limit(let file, let bytes): "lies beyond the first \(bytes) bytes of \(file), the most Precis inflates"
            }
        }

        var suggestion: String {
            switch self {
            case .end: "the index does not match its data file; reinstall the dictionary, or rebuild both with dictfmt"
            case .truncated(let file): "the file is damaged; reinstall the dictionary (gzip -t \(file) checks it)"
            case .limit: "the index is corrupt, or the dictionary too large: raise GlossaryLoader.maximumDictionaryBytes"
            }
        }
    }

    /// The data's bytes (for gzip, the first `needed` inflated, the rest inflated only to check
    /// it) and why bytes past their end are missing; nil when no definition can be trusted.
    /// A damaged `.dz` is reported at the line of the inflated text where it breaks.
    func dataBytes(_ data: [UInt8], needed: Int, reader: inout EntryReader) -> ([UInt8], Shortfall)? {
        guard Gzip.isGzip(data) else {
            if dataName.lowercased().hasSuffix(".dz") {
                reader.issues.append(GlossaryIssue(.error, file: dataName, line: 1,
                    message: "not gzip data, though named .dz; read as plain text",
                    suggestion: "compress it with dictzip, or rename it .dict if it is plain text"))
            }
            return (data, .end(file: dataName))
        }
        let inflated = Gzip.inflate(data, keep: min(needed, maximumDataBytes), limit: maximumDataBytes)
        let line = inflated.newlines + 1
        switch inflated.outcome {
        case .complete:
            return (inflated.bytes, .end(file: dataName))
        case .limitReached:
            return (inflated.bytes, needed > maximumDataBytes ? .limit(file: dataName, bytes: maximumDataBytes) : .end(file: dataName))
        case .truncated:
            reader.issues.append(GlossaryIssue(.error, file: dataName, line: line,
                message: "the compressed data breaks off after \(inflated.total) bytes",
                suggestion: "the file is truncated; reinstall the dictionary (gzip -t \(dataName) checks it)"))
            return (inflated.bytes, .truncated(file: dataName))
        case .corrupt(let reason):
            // The checksum covers the whole stream: no definition read from it can be trusted.
            reader.issues.append(GlossaryIssue(.error, file: dataName, line: line,
                message: "corrupt compressed data after \(inflated.total) bytes (zlib: \(reason)); none of its definitions is loaded",
                suggestion: "reinstall the dictionary (gzip -t \(dataName) checks it)"))
            return nil
        }
    }

    // MARK: entries

    /// The definitions of one index headword, in index order.
    struct Group {
        var members: [(line: IndexLine, definition: Definition)]
    }

    /// Adds one entry for a headword: its definitions merged.
    private func add(_ group: Group, to reader: inout EntryReader) {
        guard let first = group.members.first else { return }
        let sources = group.members.map { Self.source(of: $0.line, definition: $0.definition) }
        // Homographs may differ in case ("Turc", "turc"): the common noun's spelling wins.
        let source = sources.first { $0 == Folding.lowercase($0) } ?? sources[0]
        var seen = Set<String>()
        let targets = group.members.flatMap(\.definition.translations).filter { seen.insert(Folding.key($0)).inserted }
        guard !targets.isEmpty else {
            reader.fail(line: first.line.line, column: nil,
                        "'\(source)' has no English translation (its senses hold only examples or definitions); entry skipped",
                        "give one of its senses a translation, or ignore this in a dictionary you do not maintain")
            return
        }
        var partsOfSpeech: [String] = []
        for case let pos? in group.members.map(\.definition.partOfSpeech) where !partsOfSpeech.contains(pos) {
            partsOfSpeech.append(pos)
        }
        let notes = group.members.flatMap(\.definition.notes)
        reader.add(source: source, targets: targets,
                   partOfSpeech: partsOfSpeech.isEmpty ? nil : partsOfSpeech.joined(separator: ", "),
                   gender: group.members.lazy.compactMap(\.definition.gender).first,
                   number: group.members.lazy.compactMap(\.definition.number).first,
                   note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                   line: first.line.line, columns: [1])
    }

    /// The source term: the original headword of a four-column index, else the definition's
    /// headword when it is the index's before normalization ("aujourd'hui" for "aujourdhui"),
    /// else the index headword.
    static func source(of line: IndexLine, definition: Definition) -> String {
        if let original = line.original { return original }
        if !definition.headword.isEmpty, normalized(definition.headword) == normalized(line.headword) {
            return definition.headword
        }
        return line.headword
    }

    /// A headword as `dictfmt --utf8` indexes it: lower case, letters, digits and spaces only.
    static func normalized(_ headword: String) -> String {
        String(Folding.lowercase(headword).filter { $0.isLetter || $0.isNumber || $0 == " " })
    }
}

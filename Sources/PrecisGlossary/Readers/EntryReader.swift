import PrecisText

/// Turns the lines of one glossary file into validated entries, collecting issues.
struct EntryReader {
    let name: String
    let maximumTermBytes: Int
    /// The most entries kept; past it, ``limitExceeded`` is set and entries are dropped.
    let maximumEntries: Int
    var entries: [GlossaryEntry] = []
    /// The first limit the file went past (too many entries, XML too deep): loading fails with it.
    var limitExceeded: InputLimitError?
    var issues: [GlossaryIssue] = []
    var duplicateIssues: [GlossaryIssue] = []
    var skipped = 0

    init(name: String, maximumTermBytes: Int, maximumEntries: Int = .max) {
        self.name = name
        self.maximumTermBytes = maximumTermBytes
        self.maximumEntries = maximumEntries
    }

    /// Whether one more entry fits; if not, records the limit (at `line`) and says no.
    mutating func hasRoom(line: Int) -> Bool {
        guard entries.count >= maximumEntries else { return true }
        if limitExceeded == nil {
            limitExceeded = InputLimitError(limit: .glossaryEntries, maximum: maximumEntries, path: name, line: line)
        }
        return false
    }

    // MARK: formats

    /// One line of DeepL TSV (exactly source, target) or OmegaT (source, target, optional comment;
    /// `#` starts a comment line); ``readTabSeparated(_:columns:format:invalidLines:)`` reads the
    /// usual lines without it.
    mutating func readTabSeparatedLine(number: Int, text: String, columns: ClosedRange<Int>, format: Glossary.Format) {
        if text.allSatisfy(\.isWhitespace) { return }
        if format == .omegat, text.hasPrefix("#") { return }
        let cells = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard columns.contains(cells.count) else {
            let expected = format == .tsv ? "2 (source<TAB>target)" : "2 or 3 (source<TAB>target<TAB>comment)"
            let hint = cells.count == 1 && text.contains(",")
                ? "separate the columns with a tab, not a comma (or name the file .csv)"
                : "put exactly one tab between the French term and its English translation"
            fail(line: number, column: nil, "wrong number of columns: \(cells.count), expected \(expected)", hint)
            return
        }
        let note = cells.count > 2 ? cells[2].trimmingSpaces : nil
        add(source: cells[0], targets: [cells[1]], note: note?.isEmpty == true ? nil : note, line: number,
            columns: [1, cells[0].count + 2])
    }

    /// Google CSV: two columns without a header (unidirectional), or a header of language codes
    /// with optional `pos` and `description` columns (equivalent term sets).
    mutating func readCSV(_ lines: [(number: Int, text: String)]) {
        let rows = CSVParser.rows(lines)
        var rowIterator = rows.makeIterator()
        guard let first = rows.first else { return }
        let header = first.cells.map { $0.trimmingSpaces.lowercased() }
        let isHeader = header.contains("fr") || header.contains("en")
            || header.allSatisfy { LanguageCodes.looksLikeCode($0) || $0 == "pos" || $0 == "description" }
        var sourceColumn = 0, targetColumn = 1
        var posColumn: Int?, noteColumn: Int?
        var expectedColumns = 2
        if isHeader {
            _ = rowIterator.next()
            expectedColumns = header.count
            for (k, cell) in header.enumerated() {
                switch cell {
                case "pos": posColumn = k
                case "description": noteColumn = k
                default:
                    if !LanguageCodes.isKnown(cell) {
                        fail(line: first.line, column: nil, "unknown language code '\(cell)' in the header",
                             "use ISO 639-1 codes such as fr, en, de (with an optional region: en-US)", countsAsSkip: false)
                    }
                }
            }
            guard let fr = header.firstIndex(where: { $0 == "fr" || $0.hasPrefix("fr-") }),
                  let en = header.firstIndex(where: { $0 == "en" || $0.hasPrefix("en-") }) else {
                fail(line: first.line, column: nil, "the header has no 'fr' and 'en' columns",
                     "name the French column fr and the English column en", countsAsSkip: false)
                skipped += rows.count - 1
                return
            }
            sourceColumn = fr
            targetColumn = en
        }
        while let row = rowIterator.next() {
            if row.cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            guard row.cells.count == expectedColumns else {
                fail(line: row.line, column: nil, "wrong number of columns: \(row.cells.count), expected \(expectedColumns)",
                     "check the commas; quote a term that contains a comma (\"…, …\")")
                continue
            }
            let pos = posColumn.map { row.cells[$0].trimmingSpaces }
            let note = noteColumn.map { row.cells[$0].trimmingSpaces }
            add(source: row.cells[sourceColumn], targets: [row.cells[targetColumn]], partOfSpeech: pos?.isEmpty == true ? nil : pos,
                note: note?.isEmpty == true ? nil : note, line: row.line, columns: [nil, nil])
        }
        for problem in CSVParser.unterminatedQuote(rows: rows) {
            fail(line: problem, column: nil, "a quoted field is never closed", "close the quote with \" (write \"\" for a quote inside)")
        }
    }

    // MARK: validation

    /// Validates and records an entry; any problem skips it with an issue.
    mutating func add(source rawSource: String, targets rawTargets: [String], partOfSpeech: String? = nil, gender: String? = nil,
                      number: String? = nil, note: String? = nil, line: Int, columns: [Int?]) {
        let source = rawSource.trimmingSpaces
        let targets = rawTargets.map(\.trimmingSpaces)
        if let problem = termProblem(source, role: "source", column: columns.first ?? nil, line: line) {
            fail(line: line, column: problem.column, problem.message, problem.suggestion)
            return
        }
        for (k, target) in targets.enumerated() {
            if let problem = termProblem(target, role: "target", column: columns.count > k + 1 ? columns[k + 1] : nil, line: line) {
                fail(line: line, column: problem.column, problem.message, problem.suggestion)
                return
            }
        }
        guard hasRoom(line: line) else { return }
        entries.append(GlossaryEntry(source: source, targets: targets, partOfSpeech: partOfSpeech, gender: gender,
                                     number: number, note: note, origin: .init(file: name, line: line)))
    }

    private func termProblem(_ term: String, role: String, column: Int?, line: Int)
        -> (message: String, suggestion: String, column: Int?)? {
        if term.isEmpty {
            return ("empty \(role) term", role == "source"
                ? "write the French term in the first column or delete the line"
                : "write the English translation or delete the line", column)
        }
        if let offset = term.unicodeScalars.firstIndex(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            let position = term.unicodeScalars.distance(from: term.unicodeScalars.startIndex, to: offset)
            let value = String(term.unicodeScalars[offset].value, radix: 16, uppercase: true)
            return ("control character U+\(String(repeating: "0", count: max(0, 4 - value.count)) + value) in the \(role) term",
                    "remove it (copy-paste from another program often leaves one)", column.map { $0 + position })
        }
        if term.utf8.count > maximumTermBytes {
            return ("\(role) term of \(term.utf8.count) bytes exceeds the \(maximumTermBytes)-byte limit",
                    "is a column separator missing? split or shorten the term", column)
        }
        return nil
    }

    mutating func fail(line: Int, column: Int?, _ message: String, _ suggestion: String, countsAsSkip: Bool = true) {
        issues.append(GlossaryIssue(.error, file: name, line: line, column: column, message: message, suggestion: suggestion))
        if countsAsSkip { skipped += 1 }
    }

    /// The entries with repeated sources folded into the first: a repeat with the same targets
    /// is dropped with a warning; a repeat with other targets adds them as alternatives, with a
    /// warning, so no translation is lost.
    ///
    /// Sources repeat when equal with case and accents folded; with `foldingAccents` false, only
    /// with case folded (a dictionary's "marche" and "marché" are different words).
    ///
    /// - Complexity: O(total source length); folding accents without case-sensitive entries,
    ///   keys are folded on bytes and no `String` is made for them.
    mutating func removingDuplicates(foldingAccents: Bool = true) -> [GlossaryEntry] {
        if foldingAccents, !entries.contains(where: \.isCaseSensitive) { return removingFoldedDuplicates() }
        var firstIndex: [String: Int] = [:]
        var kept: [GlossaryEntry] = []
        for entry in entries {
            let key = entry.isCaseSensitive ? entry.source
                : foldingAccents ? Folding.key(entry.source) : Folding.lowercase(entry.source)
            guard let k = firstIndex[key] else {
                firstIndex[key] = kept.count
                kept.append(entry)
                continue
            }
            merge(entry, into: &kept[k])
        }
        return kept
    }

    /// ``removingDuplicates()`` when no entry is case-sensitive: every key is a folded key
    /// (``Folding/key(_:)``), which is in NFC, so comparing their bytes is comparing the strings.
    private mutating func removingFoldedDuplicates() -> [GlossaryEntry] {
        var firstIndex = ByteStringTable()
        var key: [UInt8] = []
        var kept: [GlossaryEntry]?  // made at the first repeat; until then, the entries themselves
        for k in entries.indices {
            key.removeAll(keepingCapacity: true)
            let source = entries[k].source
            if !source.withUTF8Buffer({ Folding.appendKey($0, 0..<$0.count, to: &key) }) {
                key = Array(Folding.key(source).utf8)
            }
            let position = Int32(kept?.count ?? k)
            let first: Int32? = key.withUnsafeBufferPointer { bytes in
                let hash = ByteStringTable.hash(bytes, 0..<bytes.count)
                if let first = firstIndex.value(bytes, 0..<bytes.count, hash: hash) { return first }
                firstIndex.insert(bytes, 0..<bytes.count, hash: hash, value: position)
                return nil
            }
            guard let first else {
                kept?.append(entries[k])
                continue
            }
            if kept == nil { kept = Array(entries[0..<k]) }
            merge(entries[k], into: &kept![Int(first)])
        }
        return kept ?? entries
    }

    /// Folds the repeat `entry` into the `first` entry with its source: new targets are kept as
    /// alternatives; a warning either way.
    private mutating func merge(_ entry: GlossaryEntry, into first: inout GlossaryEntry) {
        let known = Set(first.targets.map(Folding.key))
        let new = entry.targets.filter { !known.contains(Folding.key($0)) }
        if new.isEmpty {
            duplicateIssues.append(GlossaryIssue(.warning, file: name, line: entry.origin.line,
                message: "'\(entry.source)' repeats line \(first.origin.line) with the same translation",
                suggestion: "delete one of the two lines"))
        } else {
            let preferred = first.preferredTarget
            first.targets += new
            duplicateIssues.append(GlossaryIssue(.warning, file: name, line: entry.origin.line,
                message: "'\(entry.source)' is already translated on line \(first.origin.line) as '\(preferred)'; '\(new.joined(separator: "', '"))' is kept as an alternative",
                suggestion: "keep one line per term, or confirm the alternatives are intended"))
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (other white space is an error to report).
    var trimmingSpaces: String {
        if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x09, first != 0xC2, last != 0x20,
           last != 0x09, last != 0xA0 {
            return self  // nothing to trim (0xC2 / 0xA0 may start / end a no-break space)
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first == "\u{00A0}" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\u{00A0}" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

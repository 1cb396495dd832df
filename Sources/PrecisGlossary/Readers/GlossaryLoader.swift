import PrecisText

/// Reads glossary files in every format Precis knows, validating each entry: DeepL TSV, Google
/// CSV, OmegaT, TBX, and dictd dictionaries (see ``loadDictd(path:)``).
///
/// Lenient loading (the default) skips bad entries and reports each as a ``GlossaryIssue``;
/// strict loading throws ``GlossaryError/invalid(_:)`` if there is any. Nothing is dropped
/// silently: every skipped line has an issue.
///
/// Accepted everywhere: UTF-8 with or without a byte-order mark, LF or CRLF line ends. Terms are
/// trimmed of surrounding spaces; a term may not be empty, hold control characters or exceed
/// 1,024 bytes.
///
/// ```swift
/// let result = try GlossaryLoader().load(path: "news.fr-en.deepl.tsv")
/// print("\(result.glossary.entries.count) loaded, \(result.skipped) skipped")
/// result.issues.forEach { print($0) }
/// ```
public struct GlossaryLoader: Sendable {
    /// Fail on any problem instead of skipping.
    public var strict: Bool
    /// The longest term accepted, in UTF-8 bytes.
    public var maximumTermBytes: Int = 1024
    /// dictd: the longest definition an index line may claim, in bytes (FreeDict's longest are
    /// a few kilobytes).
    public var maximumDefinitionBytes: Int = 1 << 20
    /// dictd: the most bytes a `.dict.dz` is inflated to (256 MiB; the largest dictd
    /// dictionaries inflate to tens of megabytes), so a decompression bomb costs at most this.
    public var maximumDictionaryBytes: Int = 1 << 28
    /// File size, line length (TSV, CSV, OmegaT), entries per file and TBX nesting: going past
    /// one fails the load with ``GlossaryError/limit(_:)``, in lenient mode too.
    public var limits = InputLimits()

    public init(strict: Bool = false) {
        self.strict = strict
    }

    /// What loading a file gave.
    public struct Result: Sendable {
        public var glossary: Glossary
        /// Problems found, in file order.
        public var issues: [GlossaryIssue]
        /// Entries (lines or CSV rows) skipped because of an error.
        public var skipped: Int
    }

    /// Loads the glossary at `path`, telling its format from the extension, then the content.
    ///
    /// A dictd dictionary is named by either of its files (`.index`, `.dict`, `.dict.dz`); the
    /// other is looked for beside it.
    public func load(path: String, format: Glossary.Format? = nil) throws(GlossaryError) -> Result {
        if (format ?? Self.detectFormat(name: path)) == .dictd { return try loadDictd(path: path) }
        let bytes: [UInt8]
        do throws(InputLimitError) {
            try limits.checkFileSize(path)
        } catch {
            throw .limit(error)
        }
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
        return try load(bytes: bytes, name: path, format: format)
    }

    /// Loads a glossary from bytes; `name` is used in issues and origins.
    ///
    /// For a dictd dictionary, `bytes` are the file `name` names, and its partner is read from
    /// beside it; ``loadDictd(index:indexName:data:dataName:)`` takes both files' bytes.
    public func load(bytes: [UInt8], name: String, format: Glossary.Format? = nil) throws(GlossaryError) -> Result {
        if (format ?? Self.detectFormat(name: name)) == .dictd { return try loadDictd(bytes: bytes, name: name) }
        var issues: [GlossaryIssue] = []
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if content.starts(with: [0xFF, 0xFE]) || content.starts(with: [0xFE, 0xFF]) {
            let issue = GlossaryIssue(.error, file: name, line: 1, column: 1, message: "the file is UTF-16 text",
                                      suggestion: "save it as UTF-8 (iconv -f UTF-16 -t UTF-8)")
            throw .invalid([issue])
        }
        guard let format = format ?? Self.detectFormat(name: name, content: content) else {
            throw .unknownFormat(path: name)
        }
        if bytes.count > limits.maximumInputBytes {
            throw .limit(InputLimitError(limit: .inputBytes, maximum: limits.maximumInputBytes, actual: bytes.count, path: name))
        }
        if format != .tbx, let long = content.withUnsafeBytes({ limits.firstLongLine(in: $0) }) {
            throw .limit(InputLimitError(limit: .lineBytes, maximum: limits.maximumLineBytes, actual: long.length, path: name,
                                         line: long.line))
        }
        var reader = EntryReader(name: name, maximumTermBytes: maximumTermBytes, maximumEntries: limits.maximumGlossaryEntries)
        var invalidLines = 0  // lines skipped for invalid UTF-8
        if format == .tbx {
            if let bad = Self.invalidUTF8Offset(content) {
                let prefix = content[content.startIndex..<content.startIndex + bad]
                let line = prefix.filter { $0 == 0x0A }.count + 1
                issues.append(GlossaryIssue(.error, file: name, line: line, message: "invalid UTF-8 (byte 0x\(String(content[content.startIndex + bad], radix: 16, uppercase: true)))",
                                            suggestion: "save the file as UTF-8"))
                if strict { throw .invalid(issues) }
                return Result(glossary: Glossary(path: name, format: .tbx, entries: []), issues: issues, skipped: 0)
            }
            TBXReader(name: name, maximumTermBytes: maximumTermBytes, maximumDepth: limits.maximumXMLDepth).read(content, reader: &reader)
        } else if format == .csv {
            let lines = Self.lines(content, name: name, issues: &issues)
            invalidLines = issues.count
            reader.readCSV(lines)
        } else {
            reader.readTabSeparated(content, columns: format == .tsv ? 2...2 : 2...3, format: format, invalidLines: &issues)
            invalidLines = issues.count
        }
        if let exceeded = reader.limitExceeded { throw .limit(exceeded) }
        issues += reader.issues
        let entries = reader.removingDuplicates()
        issues += reader.duplicateIssues
        issues.sort { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        if strict, !issues.isEmpty { throw .invalid(issues) }
        let skipped = reader.skipped + invalidLines
        return Result(glossary: Glossary(path: name, format: format, entries: entries), issues: issues, skipped: skipped)
    }

    /// dictd, told from any of its three extensions (dictd files are read from disk, pairwise,
    /// so the format must be known before reading).
    static func detectFormat(name: String) -> Glossary.Format? {
        let lower = name.lowercased()
        if lower.hasSuffix(".index") || lower.hasSuffix(".dict") || lower.hasSuffix(".dict.dz") { return .dictd }
        return nil
    }

    /// The format by extension, else by the first non-blank, non-comment line.
    static func detectFormat(name: String, content: ArraySlice<UInt8>) -> Glossary.Format? {
        if let format = detectFormat(name: name) { return format }
        let lower = name.lowercased()
        if lower.hasSuffix(".tbx") { return .tbx }
        let head = String(decoding: content.prefix(512), as: UTF8.self)
        if head.contains("<tbx") || head.contains("<martif") { return .tbx }
        if lower.hasSuffix(".tsv") { return .tsv }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".utf8") || lower.hasSuffix(".tab") || lower.hasSuffix(".txt") { return .omegat }
        for line in content.split(separator: 0x0A) {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) || line.first == 0x23 { continue }
            let tabs = line.filter { $0 == 0x09 }.count
            if tabs == 1 { return .tsv }
            if tabs == 2 { return .omegat }
            if line.contains(0x2C) { return .csv }
            return nil
        }
        return nil
    }

    /// Lines as strings with their numbers; a line with invalid UTF-8 becomes an issue instead.
    static func lines(_ content: ArraySlice<UInt8>, name: String, issues: inout [GlossaryIssue]) -> [(number: Int, text: String)] {
        var result: [(Int, String)] = []
        var number = 0
        for raw in content.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var line = raw
            if line.last == 0x0D { line = line.dropLast() }
            if let bad = invalidUTF8Offset(line) {
                issues.append(invalidLineIssue(line, bad: bad, number: number, name: name))
                continue
            }
            result.append((number, String(decoding: line, as: UTF8.self)))
        }
        return result
    }

    /// The issue for a line skipped because its byte at offset `bad` breaks UTF-8.
    static func invalidLineIssue(_ line: ArraySlice<UInt8>, bad: Int, number: Int, name: String) -> GlossaryIssue {
        let column = line[line.startIndex..<line.startIndex + bad].filter { $0 & 0xC0 != 0x80 }.count + 1
        let byte = String(line[line.startIndex + bad], radix: 16, uppercase: true)
        return GlossaryIssue(.error, file: name, line: number, column: column,
                             message: "invalid UTF-8 (byte 0x\(byte)); line skipped",
                             suggestion: "save the file as UTF-8 (iconv -f ISO-8859-1 -t UTF-8)")
    }

    /// Whether `bytes` are well-formed UTF-8 (Unicode Table 3-7, the rule Swift's decoder
    /// applies): ``invalidUTF8Offset(_:)`` is `nil`, found eight ASCII bytes at a time.
    ///
    /// - Complexity: O(`bytes.count`).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            @inline(__always) func continuation(_ i: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                i < n && raw[i] >= low && raw[i] <= high
            }
            var i = 0
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = raw[i]
                switch b {
                case 0x00...0x7F:
                    i += 1
                case 0xC2...0xDF:
                    guard continuation(i + 1) else { return false }
                    i += 2
                case 0xE0...0xEF:
                    let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80, high: UInt8 = b == 0xED ? 0x9F : 0xBF
                    guard continuation(i + 1, low, high), continuation(i + 2) else { return false }
                    i += 3
                case 0xF0...0xF4:
                    let low: UInt8 = b == 0xF0 ? 0x90 : 0x80, high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                    guard continuation(i + 1, low, high), continuation(i + 2), continuation(i + 3) else { return false }
                    i += 4
                default:
                    return false  // a continuation byte, C0, C1 or F5…FF where a scalar starts
                }
            }
            return true
        }
    }

    /// The offset of the first byte that breaks UTF-8 in `bytes`, if any.
    static func invalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}

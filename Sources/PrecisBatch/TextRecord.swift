#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PrecisText

/// One record of a JSON Lines input: its line number, `"id"` (raw JSON, to write back),
/// `"text"` and `"title"`, or what is wrong with the line.
///
/// ```swift
/// TextRecord.forEach(in: "{\"id\": 1, \"text\": \"Bonjour.\"}\nnot json\n") { record in
///     print(record.lineNumber, record.text ?? record.problem ?? "")
/// }
/// // 1 Bonjour.
/// // 2 not valid JSON; each line must be one JSON object
/// ```
public struct TextRecord: Sendable {
    /// The 1-based line number.
    public var lineNumber: Int
    /// The `"id"` as JSON (a re-quoted string or a number as Foundation writes it), if any.
    public var id: String?
    /// The `"text"` string; `nil` when missing or not a string (see ``problem``).
    public var text: String?
    /// The `"title"` string, if it is one.
    public var title: String?
    /// Why the line is not a JSON object, when it is not.
    public var problem: String?
    /// The record's own terminology, from an optional `"terms"` array of
    /// `{"source": …, "target": …}` objects (`"fr"`/`"en"`, as the WMT terminology data writes
    /// them, are read too): terms that must be translated so in this record.
    public var terms: [Term] = []

    /// One source term and the target it must get.
    public struct Term: Sendable, Hashable {
        public var source: String
        public var target: String
        public init(source: String, target: String) {
            self.source = source
            self.target = target
        }
    }

    init(lineNumber: Int, id: String? = nil, text: String? = nil, title: String? = nil, problem: String? = nil,
         terms: [Term] = []) {
        self.lineNumber = lineNumber
        self.id = id
        self.text = text
        self.title = title
        self.problem = problem
        self.terms = terms
    }

    /// Calls `body` with the record of each non-blank line of `input` (lines holding only spaces,
    /// tabs and carriage returns are skipped, but counted).
    ///
    /// Lines are found with `memchr` and read by ``JSONFieldReader``; a line it declines goes to
    /// Foundation (``JSONRecord/parse(_:)``), so fields and error messages are Foundation's.
    ///
    /// - Complexity: O(*n*) in the length of the input.
    public static func forEach(in input: String, _ body: (TextRecord) throws -> Void) rethrows {
        try input.withUTF8Buffer { bytes in try forEach(inUTF8: bytes, checked: false, body) }
    }

    /// Calls `body` with the record of each non-blank line of raw bytes, each line checked on its
    /// own: a line longer than `maximumLineBytes`, or not UTF-8, gives a record whose ``problem``
    /// says so (with the column of the first bad byte), and the others are read as usual, so
    /// one bad line never stops a feed.
    ///
    /// ```swift
    /// let feed: [UInt8] = Array(#"{"id": 1, "text": "Bonjour."}"#.utf8) + [0x0A, 0xFF, 0x0A]
    /// feed.withUnsafeBufferPointer { bytes in
    ///     TextRecord.forEach(inUTF8: bytes, maximumLineBytes: 1 << 20) { print($0.text ?? $0.problem ?? "") }
    /// }
    /// // Bonjour.
    /// // invalid UTF-8 at column 1 (byte 0xFF); convert the file to UTF-8
    /// ```
    public static func forEach(inUTF8 bytes: UnsafeBufferPointer<UInt8>, maximumLineBytes: Int,
                               _ body: (TextRecord) throws -> Void) rethrows {
        try forEach(inUTF8: bytes, checked: true, maximumLineBytes: maximumLineBytes, body)
    }

    static func forEach(inUTF8 bytes: UnsafeBufferPointer<UInt8>, checked: Bool, maximumLineBytes: Int = .max,
                        _ body: (TextRecord) throws -> Void) rethrows {
        try forEachLine(inUTF8: bytes) { lineNumber, range in
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            let record = checked ? record(checking: line, lineNumber: lineNumber, maximumLineBytes: maximumLineBytes)
                : (isBlank(line) ? nil : record(line, lineNumber: lineNumber))
            if let record { try body(record) }
        }
    }

    /// Calls `body` with the number (from 1) and byte range (without the line feed) of every
    /// line of `bytes`, blank ones included: the first half of ``forEach(inUTF8:maximumLineBytes:_:)``,
    /// for callers that read the records elsewhere (on other threads) with
    /// ``record(checking:lineNumber:maximumLineBytes:)``.
    ///
    /// ```swift
    /// feed.withUnsafeBufferPointer { bytes in
    ///     TextRecord.forEachLine(inUTF8: bytes) { number, range in lines.append((number, range)) }
    /// }
    /// ```
    ///
    /// - Complexity: O(*n*) in the length of the input (`memchr`).
    public static func forEachLine(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) throws -> Void) rethrows {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        var lineNumber = 0
        // One more line after the last line feed, as `split(omittingEmptySubsequences: false)`
        // gives; an empty one is blank.
        while start <= bytes.count {
            let rest = bytes.count - start
            let end: Int
            if rest > 0, let found = memchr(base + start, 0x0A, rest) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else {
                end = bytes.count
            }
            lineNumber += 1
            try body(lineNumber, start..<end)
            start = end + 1
        }
    }

    /// The record of one raw line as ``forEach(inUTF8:maximumLineBytes:_:)`` gives it: `nil`
    /// for a blank line (spaces, tabs and carriage returns only), a record with a ``problem``
    /// for a line over `maximumLineBytes` or not UTF-8, else the line read.
    public static func record(checking line: UnsafeBufferPointer<UInt8>, lineNumber: Int, maximumLineBytes: Int) -> TextRecord? {
        if isBlank(line) { return nil }
        if let problem = lineProblem(line, maximumLineBytes: maximumLineBytes) {
            return TextRecord(lineNumber: lineNumber, problem: problem)
        }
        return record(line, lineNumber: lineNumber)
    }

    /// Whether a line holds only spaces, tabs and carriage returns.
    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// Why a raw line cannot be a record: over the length limit, a NUL byte, or not UTF-8.
    static func lineProblem(_ line: UnsafeBufferPointer<UInt8>, maximumLineBytes: Int) -> String? {
        if line.count > maximumLineBytes {
            return "the line is \(line.count) bytes, over the line length limit of \(maximumLineBytes) bytes; "
                + "split the record or raise --max-line-bytes"
        }
        var offset = 0
        while offset < line.count {
            // ASCII without NUL, eight bytes at a time.
            if offset + 8 <= line.count {
                let block = ByteBlock.load(line, offset)
                if ByteBlock.isASCII(block), !ByteBlock.containsLess(block, than: 1) {
                    offset += 8
                    continue
                }
            }
            let length = Self.wellFormedLength(line, at: offset)
            if length == 0 {
                let byte = String(line[offset], radix: 16, uppercase: true)
                return "invalid UTF-8 at column \(offset + 1) (byte 0x\(byte)); convert the file to UTF-8"
            }
            if line[offset] == 0 { return "NUL byte at column \(offset + 1): binary data, not a JSON line" }
            offset += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `k` (Unicode's table 3-7: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or 0 when the bytes there are not one.
    @inline(__always)
    static func wellFormedLength(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
        let b = bytes[k]
        if b < 0x80 { return 1 }
        func inRange(_ j: Int, _ low: UInt8, _ high: UInt8) -> Bool { j < bytes.count && bytes[j] >= low && bytes[j] <= high }
        switch b {
        case 0xC2...0xDF: return inRange(k + 1, 0x80, 0xBF) ? 2 : 0
        case 0xE0: return inRange(k + 1, 0xA0, 0xBF) && inRange(k + 2, 0x80, 0xBF) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return inRange(k + 1, 0x80, 0xBF) && inRange(k + 2, 0x80, 0xBF) ? 3 : 0
        case 0xED: return inRange(k + 1, 0x80, 0x9F) && inRange(k + 2, 0x80, 0xBF) ? 3 : 0
        case 0xF0: return inRange(k + 1, 0x90, 0xBF) && inRange(k + 2, 0x80, 0xBF) && inRange(k + 3, 0x80, 0xBF) ? 4 : 0
        case 0xF1...0xF3: return inRange(k + 1, 0x80, 0xBF) && inRange(k + 2, 0x80, 0xBF) && inRange(k + 3, 0x80, 0xBF) ? 4 : 0
        case 0xF4: return inRange(k + 1, 0x80, 0x8F) && inRange(k + 2, 0x80, 0xBF) && inRange(k + 3, 0x80, 0xBF) ? 4 : 0
        default: return 0
        }
    }

    /// The record of one line (without its line feed).
    ///
    /// ```swift
    /// let line = Array(#"{"id": 1, "text": "Bonjour."}"#.utf8)
    /// let record = line.withUnsafeBufferPointer { TextRecord.record($0, lineNumber: 1) }
    /// record.text   // "Bonjour."
    /// ```
    public static func record(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> TextRecord {
        if let fields = JSONFieldReader.read(line) {
            return TextRecord(lineNumber: lineNumber, id: fields.id, text: fields.text, title: fields.title)
        }
        let parsed = JSONRecord.parse(Substring(decoding: line, as: UTF8.self))
        var record = TextRecord(lineNumber: lineNumber, id: parsed.id, text: parsed.object?["text"] as? String,
                                title: parsed.object?["title"] as? String, problem: parsed.problem)
        if let value = parsed.object?["terms"], !(value is NSNull) {
            if let terms = Self.terms(value) {
                record.terms = terms
            } else {
                record.text = nil
                record.problem = #""terms" must be an array of {"source": "…", "target": "…"} objects (or {"fr": …, "en": …})"#
            }
        }
        return record
    }

    /// The terms of a `"terms"` value, or `nil` when it is not an array of objects with a
    /// non-empty source and target string each.
    static func terms(_ value: Any) -> [Term]? {
        guard let items = value as? [Any] else { return nil }
        var terms: [Term] = []
        for item in items {
            guard let object = item as? [String: Any],
                  let source = (object["source"] ?? object["fr"]) as? String,
                  let target = (object["target"] ?? object["en"]) as? String,
                  !source.trimmingCharacters(in: .whitespaces).isEmpty,
                  !target.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            terms.append(Term(source: source, target: target))
        }
        return terms
    }
}

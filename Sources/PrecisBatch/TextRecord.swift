#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
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

    /// Calls `body` with the record of each non-blank line of `input` (lines holding only spaces,
    /// tabs and carriage returns are skipped, but counted).
    ///
    /// Lines are found with `memchr` and read by ``JSONFieldReader``; a line it declines goes to
    /// Foundation (``JSONRecord/parse(_:)``), so fields and error messages are Foundation's.
    ///
    /// - Complexity: O(*n*) in the length of the input.
    public static func forEach(in input: String, _ body: (TextRecord) throws -> Void) rethrows {
        try input.withUTF8Buffer { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            var lineNumber = 0
            // One more line after the last line feed, as `split(omittingEmptySubsequences: false)`
            // gives; an empty one is blank and skipped.
            while start <= bytes.count {
                let rest = bytes.count - start
                let end: Int
                if rest > 0, let found = memchr(base + start, 0x0A, rest) {
                    end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = bytes.count
                }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                try body(record(line, lineNumber: lineNumber))
            }
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
        return TextRecord(lineNumber: lineNumber, id: parsed.id, text: parsed.object?["text"] as? String,
                          title: parsed.object?["title"] as? String, problem: parsed.problem)
    }
}

import Foundation

/// One JSON line as Foundation reads it: the object, its `"id"` as raw JSON (string or number,
/// kept as written), and what is wrong with the line.
///
/// This is the reference reader for the JSON Lines inputs of `precis summarize`, `translate`
/// and `batch`: ``JSONFieldReader`` answers first for the lines it fully understands and leaves
/// the rest here, so messages and fields are always Foundation's.
///
/// ```swift
/// let record = JSONRecord.parse(#"{"id": "a", "text": "Bonjour."}"#[...])
/// record.id                          // "\"a\"" (JSON, to write back)
/// record.object?["text"] as? String  // "Bonjour."
/// JSONRecord.parse("[1]"[...]).problem  // "not a JSON object; …"
/// ```
public struct JSONRecord {
    /// The decoded object; `nil` when the line is not a JSON object (see ``problem``).
    public var object: [String: Any]?
    /// The `"id"` as JSON to write back: a re-quoted string or a number's text; `nil` when
    /// absent or of another type.
    public var id: String?
    /// Why the line is not a JSON object, when it is not.
    public var problem: String?

    /// Reads one line (without its line feed).
    ///
    /// - Complexity: O(*n*) in the length of the line.
    public static func parse(_ line: Substring) -> JSONRecord {
        guard let value = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
            return JSONRecord(object: nil, id: nil, problem: "not valid JSON; each line must be one JSON object")
        }
        guard let object = value as? [String: Any] else {
            return JSONRecord(object: nil, id: nil, problem: "not a JSON object; each line must be {\"id\": …, \"text\": …}")
        }
        var id: String?
        if object["id"] is String, let text = idText(object["id"]) {
            var quoted = ""
            JSONLine.appendQuoted(text, to: &quoted)
            id = quoted
        } else {
            id = idText(object["id"])
        }
        return JSONRecord(object: object, id: id, problem: nil)
    }

    /// A JSON `id` (string or number) as plain text, as Python's `str()` of it reads; nil otherwise.
    ///
    /// ```swift
    /// JSONRecord.idText("a")              // "a"
    /// JSONRecord.idText(7 as NSNumber)    // "7"
    /// JSONRecord.idText(nil)              // nil
    /// ```
    public static func idText(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }
}

import Foundation
import Testing
import PrecisBatch

/// Inputs the fuzz targets (Fuzz/, `Scripts/fuzz.sh`) found, minimised: each broke a promise
/// of the JSON Lines reader and must keep it now.
struct FuzzFindingsTests {
    /// FuzzJSONL: a U+FEFF at either end of a string, raw or escaped. Foundation on Linux drops
    /// it, the fast reader kept it, so a line's fields depended on which reader took it; the fast
    /// reader now leaves such lines to Foundation.
    static let byteOrderMarkInStrings: [[UInt8]] = [
        Array(#"{"text": "\n"#.utf8) + [0xEF, 0xBB, 0xBF] + Array(#""}"#.utf8),  // escapes, then U+FEFF last
        Array(#"{"text": ""#.utf8) + [0xEF, 0xBB, 0xBF] + Array(#"y"}"#.utf8),   // U+FEFF first
        Array(#"{"text": "a"#.utf8) + [0xEF, 0xBB, 0xBF] + Array(#""}"#.utf8),   // U+FEFF last
        Array(#"{"text": "\ufeffy"}"#.utf8),                                    // escaped
        Array(#"{"id": "\n\uFEFF", "text": "x"}"#.utf8),                        // in the id
        Array(#"{""#.utf8) + [0xEF, 0xBB, 0xBF] + Array(#"text": "x"}"#.utf8),   // in a key
    ]

    @Test(arguments: byteOrderMarkInStrings)
    func byteOrderMarkLinesGoToFoundation(_ line: [UInt8]) throws {
        #expect(line.withUnsafeBufferPointer { JSONFieldReader.read($0) } == nil)
        // And the record is what Foundation reads, whichever way it was reached.
        let record = line.withUnsafeBufferPointer { TextRecord.record($0, lineNumber: 1) }
        let reference = JSONRecord.parse(Substring(decoding: line, as: UTF8.self))
        #expect(record.text == reference.object?["text"] as? String)
        #expect(record.id == reference.id)
    }

    /// A U+FEFF inside a string is not at an end, so nothing is dropped; the fast reader still
    /// declines it (one rule, cheap to check), and the text is Foundation's.
    @Test func byteOrderMarkInsideAString() {
        let line = Array(#"{"text": "\nx"#.utf8) + [0xEF, 0xBB, 0xBF] + Array(#"y"}"#.utf8)
        let record = line.withUnsafeBufferPointer { TextRecord.record($0, lineNumber: 1) }
        #expect(record.text == "\nx\u{FEFF}y")
    }

    /// Other bytes led by 0xEF (U+F000–U+FFFF) stay on the fast path.
    @Test func otherScalarsLedBy0xEFStayFast() throws {
        let line = Array(#"{"text": "\#u{FFFD} \#u{F8FF} \#u{FEFE}"}"#.utf8)
        let fields = try #require(line.withUnsafeBufferPointer { JSONFieldReader.read($0) })
        #expect(fields.text == "\u{FFFD} \u{F8FF} \u{FEFE}")
    }

    /// FuzzJSONL: a number beyond a `Double`'s range in another field (`-5.5e+3888…`). Foundation
    /// refuses the line ("not valid JSON"); the fast reader read it. It now leaves numbers with
    /// over 100 digits on either side of the point, or a 3-digit exponent, to Foundation.
    static let outOfRangeNumbers: [String] = [
        #"{"id": "a", "text": "Le budget.", "n": -5.5e+3888888888888888888888888888888888888888888888888}"#,
        #"{"text": "x", "n": 1e400}"#,
        #"{"text": "x", "n": 1e-400}"#,
        #"{"text": "x", "n": 1e100}"#,
        "{\"text\": \"x\", \"n\": 1\(String(repeating: "0", count: 400))}",
        "{\"text\": \"x\", \"n\": 0.\(String(repeating: "0", count: 400))1}",
        #"{"text": 1e999}"#,
    ]

    @Test(arguments: outOfRangeNumbers)
    func outOfRangeNumbersGoToFoundation(_ line: String) {
        let bytes = Array(line.utf8)
        #expect(bytes.withUnsafeBufferPointer { JSONFieldReader.read($0) } == nil)
        let record = bytes.withUnsafeBufferPointer { TextRecord.record($0, lineNumber: 1) }
        let reference = JSONRecord.parse(line[...])
        #expect(record.text == reference.object?["text"] as? String)
        #expect(record.problem == reference.problem)
    }

    /// Numbers a `Double` holds, however written, stay on the fast path.
    @Test(arguments: ["1e99", "-5.5E+38", "1.5e-99", "12345678901234567890.5", "0.000001"])
    func ordinaryNumbersStayFast(_ number: String) throws {
        let line = Array(#"{"text": "x", "n": \#(number)}"#.utf8)
        let fields = try #require(line.withUnsafeBufferPointer { JSONFieldReader.read($0) })
        #expect(fields.text == "x")
    }
}

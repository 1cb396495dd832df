import Foundation
import Testing
import PrecisBatch

/// The hand-written JSON Lines reader and writer agree with Foundation and with the writer as
/// it was, escape for escape.
struct JSONFieldReaderTests {
    static func fast(_ line: String) -> JSONFieldReader.Fields? {
        Array(line.utf8).withUnsafeBufferPointer { JSONFieldReader.read($0) }
    }

    /// What Foundation reads, as the summarize command used it.
    static func foundation(_ line: String) -> JSONFieldReader.Fields? {
        let record = JSONRecord.parse(line[...])
        guard let object = record.object else { return nil }
        return JSONFieldReader.Fields(id: record.id, text: object["text"] as? String, title: object["title"] as? String,
                                      language: object["language"] as? String)
    }

    /// Lines the fast reader reads itself: its fields must be Foundation's, byte for byte.
    static let readable: [String] = [
        #"{"id": "a", "text": "Le gouvernement présente son budget.", "title": "Budget"}"#,
        #"{"id": 7, "text": "The government unveiled its budget."}"#,
        #"{"id": -42, "text": "x"}"#,
        #"{"id": 0, "text": "x"}"#,
        #"{"text": "no id"}"#,
        #"{}"#,
        #"  { "text" : "spaces" , "id" : "s" }  "#,
        "{\"text\":\"tab\\tand\\nnewline\\r\",\"id\":\"t\"}\r",
        #"{"text": "quote \" backslash \\ slash \/ controls \b\f"}"#,
        #"{"text": "\u00e9t\u00E9 \u20ac \ud83d\ude00 \u0000 \u001f"}"#,
        #"{"id": "\u00e9\"\n", "text": "id escapes are decoded then written back"}"#,
        #"{"text": "raw é ’ « » 😀 \u2028 and U+2028 raw: ", "title": null}"#,
        #"{"text": "x", "title": 3, "date": "2020-05-06", "n": -1.5e+3, "f": false, "t": true, "z": null}"#,
        #"{"text": "x", "summary": "\"quoted\" \\ \u00e9"}"#,
        #"{"te\u0078t": "escaped key", "id": "k"}"#,
        #"{"text": 12, "id": "number text"}"#,
        #"{"text": "", "title": ""}"#,
        #"{"id": 123456789012345678, "text": "long id"}"#,
        #"{"id": "l", "text": "x", "language": "en"}"#,
        #"{"id": "l", "text": "x", "language": 3}"#,
        #"{"language": "f\u0072", "text": "escaped language"}"#,
    ]

    @Test(arguments: readable)
    func readsWhatFoundationReads(_ line: String) throws {
        let fast = try #require(Self.fast(line), "the fast reader declined \(line)")
        let reference = try #require(Self.foundation(line))
        #expect(fast == reference)
        #expect(fast.text.map { Array($0.utf8) } == reference.text.map { Array($0.utf8) })
        #expect(fast.title.map { Array($0.utf8) } == reference.title.map { Array($0.utf8) })
    }

    /// Lines the fast reader leaves to Foundation: invalid JSON, nested values, forms of `id`
    /// it does not write back itself, repeated keys, lone surrogates, raw control characters.
    static let declined: [String] = [
        #"{"id": "bad json""#,
        #"{"id": 1, "text": "y", "terms": null}"#,  // per-record terms: Foundation reads them
        #"["not", "an", "object"]"#,
        #""just a string""#,
        #"{"id": "x", "text": "y"} trailing"#,
        #"{"id": "x", "text": "y",}"#,
        #"{"id": 1.5, "text": "y"}"#,
        #"{"id": 1e3, "text": "y"}"#,
        #"{"id": -0, "text": "y"}"#,
        #"{"id": 007, "text": "y"}"#,
        #"{"id": true, "text": "y"}"#,
        #"{"id": null, "text": "y"}"#,
        #"{"id": 12345678901234567890, "text": "y"}"#,
        #"{"text": "y", "tags": ["a", "b"]}"#,
        #"{"text": "y", "meta": {"a": 1}}"#,
        #"{"text": "one", "text": "two"}"#,
        #"{"text": "x", "language": "en", "language": "fr"}"#,
        #"{"text": "lone \ud800 surrogate"}"#,
        #"{"text": "lone \udc00 low"}"#,
        #"{"text": "bad \x escape"}"#,
        #"{"text": "short \u12 escape"}"#,
        "{\"text\": \"raw\u{01}control\"}",
        "\u{FEFF}{\"text\": \"BOM\"}",
        #"{"text": tru}"#,
        #"{"text": 01}"#,
        #"{"text": "unterminated}"#,
        "",
    ]

    @Test(arguments: declined)
    func declinesWhatItDoesNotHandle(_ line: String) {
        #expect(Self.fast(line) == nil)
    }

    @Test func recordsKeepLineNumbersAndSkipBlankLines() {
        let input = "{\"text\": \"a\"}\n\n  \t\r\n{\"id\": 2, \"text\": \"b\"}\nnot json\n{\"title\": \"t\"}\n"
        var records: [TextRecord] = []
        TextRecord.forEach(in: input) { records.append($0) }
        #expect(records.map(\.lineNumber) == [1, 4, 5, 6])
        #expect(records.map(\.text) == ["a", "b", nil, nil])
        #expect(records[1].id == "2")
        #expect(records[2].problem?.contains("not valid JSON") == true)
        #expect(records[3].problem == nil)
    }

    @Test func recordsReadTheirTerms() {
        let input = #"""
            {"id": 1, "text": "a", "terms": [{"source": "grippe", "target": "influenza"}, {"fr": "épidémie", "en": "outbreak"}]}
            {"id": 2, "text": "b", "terms": []}
            {"id": 3, "text": "c", "terms": [{"source": "grippe", "target": ""}]}
            {"id": 4, "text": "d", "terms": [["grippe", "flu"]]}
            """#
        var records: [TextRecord] = []
        TextRecord.forEach(in: input) { records.append($0) }
        #expect(records.count == 4)
        #expect(records[0].terms == [.init(source: "grippe", target: "influenza"), .init(source: "épidémie", target: "outbreak")])
        #expect(records[0].text == "a" && records[0].problem == nil)
        #expect(records[1].terms.isEmpty && records[1].text == "b")
        for k in [2, 3] { #expect(records[k].text == nil && records[k].problem?.contains(#""terms" must be"#) == true) }
    }

    @Test func objectsNestAndAppendAsBytes() {
        var inner = JSONLine()
        inner.add("text", "é \"q\"")
        inner.add("n", 2)
        var line = JSONLine()
        line.add("id", raw: "1")
        line.add("sentences", objects: [inner, JSONLine()])
        line.add("none", objects: [])
        let expected = #"{"id":1,"sentences":[{"text":"é \"q\"","n":2},{}],"none":[]}"#
        #expect(line.string == expected)
        var bytes: [UInt8] = [0x20]
        line.append(to: &bytes)
        #expect(bytes == [0x20] + Array(expected.utf8))
    }

    /// The writer as it was: per-byte escaping into a `String`.
    static func referenceQuoted(_ s: String) -> String {
        var bytes: [UInt8] = [0x22]
        var previous2: UInt8 = 0, previous1: UInt8 = 0
        func hex(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
        for b in s.utf8 {
            switch b {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20: bytes += Array("\\u00".utf8) + [hex(b >> 4), hex(b & 0xF)]
            case 0xA8 where previous2 == 0xE2 && previous1 == 0x80, 0xA9 where previous2 == 0xE2 && previous1 == 0x80:
                bytes.removeLast(2)
                bytes += Array((b == 0xA8 ? "\\u2028" : "\\u2029").utf8)
            default: bytes.append(b)
            }
            previous2 = previous1
            previous1 = b
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        "plain", "", "quote \" and \\ backslash", "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}", "tab\tnew\nline\rcr",
        "line\u{2028}para\u{2029}end", "’ ‘ “ ” … – — « »", "😀 中文 é", "\u{2028}", "a\u{2029}",
    ])
    func writerMatchesTheReference(_ s: String) {
        var fast = ""
        JSONLine.appendQuoted(s, to: &fast)
        #expect(fast == Self.referenceQuoted(s))
        var line = JSONLine()
        line.add("k\"ey", s)
        line.add("n", 42)
        line.add("b", true)
        line.add("list", strings: [s, "x"])
        line.add("raw", raw: "[1,2]")
        #expect(line.string == "{\"k\\\"ey\":" + Self.referenceQuoted(s) + ",\"n\":42,\"b\":true,\"list\":["
                + Self.referenceQuoted(s) + ",\"x\"],\"raw\":[1,2]}")
    }

    @Test func scoresAreFormattedAsStringFormatDid() {
        var values: [Double] = [0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 1e-7, 1.23456789e-5, 123456.7, 1234567.0, 0.999999949, 0.9999995,
                                Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, 0.1 + 0.2]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            values.append(Double(seed >> 11) / Double(1 << 53) * [1, 10, 0.01, 1e6][Int(seed & 3)])
        }
        for value in values {
            #expect(JSONLine.formatG6(value) == String(format: "%.6g", value))
        }
    }
}

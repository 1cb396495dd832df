// The JSON Lines record reader of the batch commands on arbitrary text: every non-blank line
// gives a record with its line number, and wherever the fast reader answers, its fields are
// exactly Foundation's (its promise: it changes speed, never results).
import FuzzSupport
import PrecisBatch

Fuzz.run { bytes in
    let text = Fuzz.text(bytes)
    var previousLine = 0
    TextRecord.forEach(in: text) { record in
        Fuzz.require(record.lineNumber > previousLine, "line numbers out of order")
        previousLine = record.lineNumber
    }
    // Line by line: the fast reader against Foundation.
    for line in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: true) {
        let bytes = Array(line)
        guard let fast = bytes.withUnsafeBufferPointer({ JSONFieldReader.read($0) }) else { continue }
        let reference = JSONRecord.parse(Substring(decoding: bytes, as: UTF8.self))
        Fuzz.require(reference.object != nil, "fast reader read a line Foundation rejects: \(reference.problem ?? "")")
        let object = reference.object ?? [:]
        let expected = JSONFieldReader.Fields(id: reference.id, text: object["text"] as? String, title: object["title"] as? String)
        Fuzz.require(fast == expected, "fast reader \(fast) but Foundation \(expected)")
        Fuzz.require(fast.text.map { Array($0.utf8) } == expected.text.map { Array($0.utf8) }, "text bytes differ")
        Fuzz.require(fast.title.map { Array($0.utf8) } == expected.title.map { Array($0.utf8) }, "title bytes differ")
    }
}

// The JSON Lines record reader of the batch commands on arbitrary text: every non-blank line
// gives a record with its line number, and wherever the fast reader answers, its fields are
// exactly Foundation's (its promise: it changes speed, never results). On the raw bytes, each
// line's UTF-8 and NUL check (eight bytes at a time) names the column the byte-by-byte UTF-8
// parser finds.
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
        let expected = JSONFieldReader.Fields(id: reference.id, text: object["text"] as? String, title: object["title"] as? String,
                                              language: object["language"] as? String)
        Fuzz.require(fast == expected, "fast reader \(fast) but Foundation \(expected)")
        Fuzz.require(fast.text.map { Array($0.utf8) } == expected.text.map { Array($0.utf8) }, "text bytes differ")
        Fuzz.require(fast.title.map { Array($0.utf8) } == expected.title.map { Array($0.utf8) }, "title bytes differ")
    }
    // Raw bytes: the first bad byte of each line, as Swift's UTF-8 parser sees it.
    let lines = Array(bytes).split(separator: 0x0A, omittingEmptySubsequences: false)
    var expectedProblems: [Int: String] = [:]
    for (k, line) in lines.enumerated() {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = line.makeIterator()
        var offset = 0
        scan: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0 { expectedProblems[k + 1] = "NUL byte at column \(offset + 1)"; break scan }
                offset += encoded.count
            case .error:
                expectedProblems[k + 1] = "invalid UTF-8 at column \(offset + 1) "
                break scan
            case .emptyInput:
                break scan
            }
        }
    }
    TextRecord.forEach(inUTF8: bytes, maximumLineBytes: 1 << 20) { record in
        if let expected = expectedProblems[record.lineNumber] {
            Fuzz.require(record.problem?.hasPrefix(expected) == true, "line \(record.lineNumber): \(record.problem ?? "no problem") but \(expected)")
        } else {
            Fuzz.require(record.problem?.contains("UTF-8") != true && record.problem?.contains("NUL") != true,
                         "line \(record.lineNumber): \(record.problem ?? "") on a clean line")
        }
    }
}

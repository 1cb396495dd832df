import Testing
import PrecisText

/// The line-length scan and the messages of ``InputLimitError``.
struct InputLimitsTests {
    static func longLine(_ text: String, maximum: Int) -> (line: Int, length: Int)? {
        var limits = InputLimits()
        limits.maximumLineBytes = maximum
        return Array(text.utf8).withUnsafeBytes { limits.firstLongLine(in: $0) }
    }

    @Test(arguments: [
        ("", 3, nil),
        ("abc", 3, nil),
        ("abcd", 3, (1, 4)),
        ("abc\r\n", 3, nil),                // the carriage return of CRLF is not counted
        ("abc\nabcd\nabcde\n", 3, (2, 4)),  // the first long line
        ("ab\n\n\nabcdef", 5, (4, 6)),      // the last line, without a line feed
        ("é\né\n", 1, (1, 2)),              // bytes, not characters
    ] as [(String, Int, (Int, Int)?)])
    func findsTheFirstLongLine(_ text: String, _ maximum: Int, _ expected: (Int, Int)?) {
        let found = Self.longLine(text, maximum: maximum)
        #expect(found?.line == expected?.0 && found?.length == expected?.1)
    }

    @Test func messagesNameThePlaceTheLimitAndTheFlag() {
        #expect(InputLimitError(limit: .inputBytes, maximum: 10, actual: 12, path: "a.txt").description
            == "a.txt: the input is 12 bytes, over the input size limit of 10 bytes; split the input, or raise the limit with --max-input-bytes")
        #expect(InputLimitError(limit: .lineBytes, maximum: 10, actual: 12, path: "a.txt", line: 3).description
            == "a.txt:3: the line is 12 bytes long, over the line length limit of 10 bytes; split the line, or raise the limit with --max-line-bytes")
        #expect(InputLimitError(limit: .glossaryEntries, maximum: 2, path: "g.tsv", line: 3).description
            == "g.tsv:3: the glossary has more than 2 entries, over the glossary entry limit of 2 entries; split the glossary, or raise the limit with --max-glossary-entries")
        for limit in InputLimits.Limit.allCases { #expect(limit.flag.hasPrefix("--max-")) }
    }

    @Test func aMissingFileOrAPipeIsNotSizedHere() throws {
        var limits = InputLimits()
        limits.maximumInputBytes = 1
        try limits.checkFileSize("/no/such/file")
        try limits.checkFileSize("/dev/null")
    }
}

import Foundation
import PrecisTestSupport
import Testing
@testable import PrecisBatch

/// The eight-bytes-at-a-time scans (``JSONFieldReader``'s plain runs, `TextRecord.lineProblem`'s
/// UTF-8 check) answer as byte-by-byte reading does wherever the special bytes fall in a block.
struct BlockScanTests {
    @Test(arguments: 0..<4)
    func fastReaderAgreesWithFoundationAtEveryOffset(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pieces = ["a", "bcdefgh", "é", "’", "😀", " ", #"\""#, #"\\"#, #"\n"#, #"\u00e9"#, "\u{7F}", "\u{EF}\u{BB}", "\u{FEFF}", "\t", "\""]
        var fastReads = 0
        for k in 0..<400 {
            let text = (0..<Int.random(in: 0..<30, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            let line = #"{"id": \#(k), "text": "\#(text)", "title": "t\#(text.prefix(Int.random(in: 0..<9, using: &random)))"}"#
            guard let fast = JSONFieldReaderTests.fast(line) else { continue }
            fastReads += 1
            #expect(fast == JSONFieldReaderTests.foundation(line), "\(line)")
        }
        #expect(fastReads > 30)  // the rest hold raw tabs, quotes or U+FEFF: Foundation's to read
    }

    @Test(arguments: 0..<4)
    func writerEscapesAsTheByteByByteWriterDid(seed: UInt64) {
        var random = SeededGenerator(seed: seed &+ 7)
        let pieces = ["abcdefgh", "x", "é", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2026}", "’", "😀", "\u{7F}"]
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0..<16, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            var out: [UInt8] = []
            JSONLine.appendQuoted(text, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == JSONFieldReaderTests.referenceQuoted(text), "\(text.debugDescription)")
        }
    }

    /// The byte-by-byte check the block scan replaced.
    static func referenceProblem(_ line: [UInt8]) -> String? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = line.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0 { return "NUL byte at column \(offset + 1): binary data, not a JSON line" }
                offset += encoded.count
            case .error:
                return "invalid UTF-8 at column \(offset + 1) (byte 0x\(String(line[offset], radix: 16, uppercase: true))); convert the file to UTF-8"
            case .emptyInput:
                return nil
            }
        }
    }

    @Test(arguments: 0..<4)
    func lineCheckAgreesWithTheUTF8Parser(seed: UInt64) {
        var random = SeededGenerator(seed: seed &+ 99)
        let pieces: [[UInt8]] = [Array("abcdefgh".utf8), [0x61], [0], [0xC3, 0xA9], [0xC3], [0xA9], [0xE2, 0x80, 0x99], [0xE2, 0x80],
                                 [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
                                 [0xFF], [0xF0, 0x9F], [0x7F]]
        for _ in 0..<2_000 {
            var line: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<12, using: &random) {
                // Mostly valid text, so that the first problem falls anywhere.
                line += Int.random(in: 0..<4, using: &random) == 0 ? pieces[Int.random(in: 0..<pieces.count, using: &random)] : pieces[Int.random(in: 0..<2, using: &random)]
            }
            let found = line.withUnsafeBufferPointer { TextRecord.lineProblem($0, maximumLineBytes: 1 << 20) }
            #expect(found == Self.referenceProblem(line), "\(line)")
        }
    }
}

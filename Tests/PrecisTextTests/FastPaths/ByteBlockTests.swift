import PrecisTestSupport
import Testing
@testable import PrecisText

/// ``ByteBlock/alphanumericFlags(_:)`` flags exactly the ASCII letters and digits, whatever the
/// neighbouring bytes (no carry from one byte into the next).
struct ByteBlockTests {
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @Test(arguments: 0..<8)
    func flagsEveryByteValueInEveryLane(lane: Int) {
        var generator = SeededGenerator(seed: UInt64(lane))
        for value in 0...255 {
            for _ in 0..<8 {
                var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
                bytes[lane] = UInt8(value)
                let flags = bytes.withUnsafeBufferPointer { ByteBlock.alphanumericFlags(ByteBlock.load($0, 0)) }
                for k in 0..<8 {
                    #expect((flags >> UInt64(8 * k + 7)) & 1 == (Self.isAlphanumeric(bytes[k]) ? 1 : 0), "\(bytes) lane \(k)")
                    #expect((flags >> UInt64(8 * k)) & 0x7F == 0)
                }
            }
        }
    }

    /// ``SentenceBreakRules/blockMayStartBoundary(_:)`` says yes exactly when one of the eight
    /// bytes may start a boundary: LF, CR, `.`, `!`, `?`, 0xC2 or 0xD5 and above.
    @Test func sentenceBreakBlockTestMatchesTheByteTest() {
        func mayStart(_ b: UInt8) -> Bool { [0x0A, 0x0D, 0x2E, 0x21, 0x3F, 0xC2].contains(b) || b >= 0xD5 }
        var generator = SeededGenerator(seed: 7)
        // Bytes near the set's edges, so that most blocks hold none or one of them.
        let pool: [UInt8] = [0x00, 0x09, 0x0A, 0x0B, 0x0D, 0x20, 0x21, 0x2D, 0x2E, 0x2F, 0x3F, 0x40, 0x61, 0x7F, 0x80,
                             0xA0, 0xC1, 0xC2, 0xC3, 0xD4, 0xD5, 0xE2, 0xF7, 0xFF]
        for _ in 0..<20_000 {
            let quiet = pool.filter { !mayStart($0) }
            var bytes = (0..<8).map { _ in quiet.randomElement(using: &generator)! }
            if Bool.random(using: &generator) { bytes[Int.random(in: 0..<8, using: &generator)] = pool.randomElement(using: &generator)! }
            let block = bytes.withUnsafeBufferPointer { ByteBlock.load($0, 0) }
            #expect(SentenceBreakRules.blockMayStartBoundary(block) == bytes.contains(where: mayStart), "\(bytes)")
        }
    }
}

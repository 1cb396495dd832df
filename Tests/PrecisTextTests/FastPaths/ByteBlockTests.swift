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
}

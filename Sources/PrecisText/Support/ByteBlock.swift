/// Tests on eight bytes at once, held in a `UInt64` ("SWAR": SIMD within a register), for the
/// loops that scan UTF-8 for a few special bytes: plain runs are skipped a block at a time.
///
/// Every test is exact: it answers whether any of the eight bytes qualifies.
///
/// ```swift
/// let block = ByteBlock.load(bytes, 0)                 // bytes 0..<8, little-endian
/// if ByteBlock.isASCII(block), !ByteBlock.contains(block, 0x22) { /* no quote in 8 bytes */ }
/// ```
public enum ByteBlock {
    /// 0x01 in every byte.
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// 0x80 (the high bit) in every byte.
    @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The eight bytes at `bytes[offset]`, little-endian (the caller checks that they exist).
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether one of the eight bytes is `byte`.
    @inlinable @inline(__always)
    public static func contains(_ block: UInt64, _ byte: UInt8) -> Bool {
        containsLess(block ^ (UInt64(byte) &* ones), than: 1)
    }

    /// Whether one of the eight bytes is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func containsLess(_ block: UInt64, than limit: UInt8) -> Bool {
        (block &- UInt64(limit) &* ones) & ~block & highs != 0
    }

    /// Whether all eight bytes are ASCII.
    @inlinable @inline(__always)
    public static func isASCII(_ block: UInt64) -> Bool { block & highs == 0 }

    /// The high bit of each of the eight bytes set where the byte is an ASCII letter or digit
    /// (`[A-Za-z0-9]`), clear elsewhere; `(~flags & highs).trailingZeroBitCount / 8` is then
    /// the number of leading such bytes (8 when all are).
    ///
    /// Each byte is tested on its low seven bits, which sums no larger than 0xCF keep from
    /// carrying into the next byte, and the high bit excludes the rest.
    @inlinable @inline(__always)
    public static func alphanumericFlags(_ block: UInt64) -> UInt64 {
        let low = block & ~highs
        let folded = low | (0x20 &* ones)  // A–Z → a–z
        let letter = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x80 - 0x7B) &* ones)
        let digit = (low &+ (0x80 - 0x30) &* ones) & ~(low &+ (0x80 - 0x3A) &* ones)
        return (letter | digit) & ~block & highs
    }
}

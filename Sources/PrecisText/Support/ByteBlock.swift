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
}

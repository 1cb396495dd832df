#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table from byte strings to integer values, built for hot paths: look-ups hash and
/// compare raw UTF-8 bytes, with no `String` made.
///
/// Keys are copied into one byte arena; slots use open addressing with linear probing and the
/// table doubles at 50% load.
///
/// ```swift
/// var table = ByteStringTable()
/// let word = Array("métavers".utf8)
/// word.withUnsafeBufferPointer { bytes in
///     let hash = ByteStringTable.hash(bytes, 0..<bytes.count)
///     if table.value(bytes, 0..<bytes.count, hash: hash) == nil {
///         table.insert(bytes, 0..<bytes.count, hash: hash, value: 7)
///     }
/// }
/// ```
public struct ByteStringTable: Sendable {
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var hash: UInt32 = 0
        @usableFromInline var offset: Int32 = 0
        @usableFromInline var length: Int32 = -1  // -1: empty
        @usableFromInline var value: Int32 = 0

        @usableFromInline
        init(hash: UInt32 = 0, offset: Int32 = 0, length: Int32 = -1, value: Int32 = 0) {
            self.hash = hash
            self.offset = offset
            self.length = length
            self.value = value
        }
    }

    // Inlinable look-ups (`hash`, `value`) let clients' per-token loops inline the probe.
    @usableFromInline var slots = [Slot](repeating: Slot(), count: 1024)
    @usableFromInline var arena: [UInt8] = []
    /// The number of keys stored.
    public private(set) var count = 0

    public init() {}

    /// The hash to pass to ``value(_:_:hash:)`` and ``insert(_:_:hash:value:)`` (FNV-1a, 32-bit).
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for k in range {
            h ^= UInt32(bytes[k])
            h = h &* 0x0100_0193
        }
        return h
    }

    /// The value stored for the bytes `bytes[range]`, if any.
    @inlinable @inline(__always)
    public func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32) -> Int32? {
        let mask = slots.count - 1
        var i = Int(hash) & mask
        let length = Int32(range.count)
        while true {
            let slot = slots[i]
            if slot.length < 0 { return nil }
            if slot.hash == hash, slot.length == length, equal(slot, bytes, range) { return slot.value }
            i = (i + 1) & mask
        }
    }

    @inlinable @inline(__always)
    func equal(_ slot: Slot, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, let key = bytes.baseAddress else { return range.isEmpty }
        return arena.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + Int(slot.offset), key + range.lowerBound, range.count) == 0
        }
    }

    /// Stores `value` for `bytes[range]` (which must not be present yet).
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32, value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let slot = Slot(hash: hash, offset: Int32(arena.count), length: Int32(range.count), value: value)
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        place(slot)
        count += 1
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var i = Int(slot.hash) & mask
        while slots[i].length >= 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.length >= 0 { place(slot) }
    }
}

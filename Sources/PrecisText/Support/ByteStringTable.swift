#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CPrecisHints

/// A hash table from byte strings to integer values, built for hot paths: look-ups hash and
/// compare raw UTF-8 bytes, with no `String` made.
///
/// An open-addressing index (linear probing, at most half full) of 16-byte slots holds, per
/// key, its first eight bytes, a tag (24 bits of its hash and its length) and a payload. A key
/// of up to 8 bytes (most words) lives entirely in its slot, payload = value, so a look-up reads
/// one slot: one cache line, where a slot pointing to a separate entry would cost a second
/// miss once the table outgrows the caches. A longer key's payload is the number of its record
/// in `longKeys`, which holds its last eight bytes, exact length, hash and value; keys over 16
/// bytes also keep their middle bytes in a byte arena.
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
    /// One index slot.
    @usableFromInline
    struct Slot: Sendable {
        /// The key's first 8 bytes (fewer: zero-padded), little-endian.
        @usableFromInline var head: UInt64
        /// 0 when the slot is empty; else ``ByteStringTable/tag(hash:length:)``.
        @usableFromInline var tag: UInt32
        /// The value (keys of up to 8 bytes), or the key's number in `longKeys`.
        @usableFromInline var payload: Int32

        @usableFromInline
        init(head: UInt64, tag: UInt32, payload: Int32) {
            self.head = head
            self.tag = tag
            self.payload = payload
        }
    }

    /// What a key longer than 8 bytes keeps outside its slot.
    @usableFromInline
    struct LongKey: Sendable {
        /// The key's last 8 bytes.
        @usableFromInline var tail: UInt64
        @usableFromInline var length: Int32
        /// Where the key's bytes start in `arena` (keys longer than 16 bytes only).
        @usableFromInline var offset: Int32
        @usableFromInline var value: Int32
        /// The full hash, to re-place the key when the index grows.
        @usableFromInline var hash: UInt32

        @usableFromInline
        init(tail: UInt64, length: Int32, offset: Int32, value: Int32, hash: UInt32) {
            self.tail = tail
            self.length = length
            self.offset = offset
            self.value = value
            self.hash = hash
        }
    }

    @usableFromInline var slots = [Slot](repeating: Slot(head: 0, tag: 0, payload: 0), count: 1024)
    @usableFromInline var longKeys: [LongKey] = []
    @usableFromInline var arena: [UInt8] = []
    /// The number of keys stored.
    public private(set) var count = 0

    public init() {}

    /// The hash to pass to ``value(_:_:hash:)`` and ``insert(_:_:hash:value:)``: the key's
    /// bytes read eight at a time through a multiply–xorshift mix. It depends only on the bytes
    /// of `bytes[range]`, not on what surrounds them.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        let n = range.count
        guard n > 8 else { return shortHash(head: head(bytes, range), length: n) }
        var h = mix(head(bytes, range) ^ (UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15))
        var k = range.lowerBound + 8
        while range.upperBound - k > 8 {
            h = mix(h ^ ByteBlock.load(bytes, k))
            k += 8
        }
        h = mix(h ^ ByteBlock.load(bytes, range.upperBound - 8))
        return UInt32(truncatingIfNeeded: h)
    }

    /// ``hash(_:_:)`` of a key of at most 8 bytes, from its zero-padded bytes and length (so
    /// that the index can grow without the keys' bytes).
    @inlinable @inline(__always)
    static func shortHash(head: UInt64, length: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: mix(head ^ (UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15)))
    }

    /// A slot's tag: the hash's top 24 bits, and the length + 1 (at most 255) in the low byte,
    /// so it is never 0 and two keys of up to 8 bytes with equal heads and tags are equal.
    @inlinable @inline(__always)
    static func tag(hash: UInt32, length: Int32) -> UInt32 {
        hash & 0xFFFF_FF00 | UInt32(truncatingIfNeeded: min(length, 254) + 1)
    }

    /// The value stored for the bytes `bytes[range]`, if any.
    @inlinable @inline(__always)
    public func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32) -> Int32? {
        probe(Key(bytes, range, hash: hash), bytes, range).value
    }

    /// Starts loading the index slot where the look-up of a key with this hash begins.
    ///
    /// A hint that changes no result: a loop that looks up many keys can call it some keys
    /// ahead, so that the cache misses of a table larger than the caches overlap instead of
    /// coming one after another.
    @inlinable @inline(__always)
    public func prefetch(hash: UInt32) {
        slots.withUnsafeBufferPointer { slots in
            precis_prefetch(slots.baseAddress! + (Int(hash) & (slots.count - 1)))
        }
    }

    /// A key's hash and the parts of its bytes that slots compare.
    @usableFromInline
    struct Key {
        @usableFromInline let hash: UInt32
        @usableFromInline let length: Int32
        @usableFromInline let head: UInt64
        @usableFromInline let tail: UInt64

        @inlinable @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32) {
            self.hash = hash
            length = Int32(truncatingIfNeeded: range.count)
            head = ByteStringTable.head(bytes, range)
            tail = range.count > 8 ? ByteBlock.load(bytes, range.upperBound - 8) : 0
        }
    }

    /// The key's value if it is stored, and the index slot where the probe stopped (the key's
    /// slot, or the empty slot where it would go).
    @inlinable @inline(__always)
    func probe(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (value: Int32?, slot: Int) {
        let tag = Self.tag(hash: key.hash, length: key.length)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = Int(key.hash) & mask
            while true {
                let slot = slots[i]
                if slot.tag == 0 { return (nil, i) }
                if slot.tag == tag, slot.head == key.head {
                    if key.length <= 8 { return (slot.payload, i) }
                    if let value = longValue(slot.payload, key, bytes, range) { return (value, i) }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// The value of long key number `number` if it is the key looked up (its head and tag
    /// already match).
    @usableFromInline
    func longValue(_ number: Int32, _ key: Key, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
        let long = longKeys[Int(number)]
        guard long.length == key.length, long.tail == key.tail else { return nil }
        if key.length > 16 {
            let equal = arena.withUnsafeBufferPointer { stored in
                memcmp(stored.baseAddress! + Int(long.offset) + 8, bytes.baseAddress! + range.lowerBound + 8, range.count - 16) == 0
            }
            guard equal else { return nil }
        }
        return long.value
    }

    /// Stores `value` for `bytes[range]` (which must not be present yet).
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32, value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let slot = makeSlot(Key(bytes, range, hash: hash), bytes, range, value: value)
        place(slot, hash: hash)
    }

    /// The value stored for `bytes[range]`, or `makeValue()` stored and returned when the key
    /// is new: one probe for both (a look-up, then an insert, would probe twice).
    /// `makeValue` must not use this table.
    public mutating func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32,
                               orInsert makeValue: () -> Int32) -> Int32 {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Key(bytes, range, hash: hash)
        let (found, index) = probe(key, bytes, range)
        if let found { return found }
        let value = makeValue()
        slots[index] = makeSlot(key, bytes, range, value: value)
        return value
    }

    /// The slot of a new key, its long-key record (and arena bytes) added when it needs one.
    private mutating func makeSlot(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                   value: Int32) -> Slot {
        count += 1
        let tag = Self.tag(hash: key.hash, length: key.length)
        guard key.length > 8 else { return Slot(head: key.head, tag: tag, payload: value) }
        longKeys.append(LongKey(tail: key.tail, length: key.length, offset: Int32(arena.count),
                                value: value, hash: key.hash))
        if range.count > 16 { arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range])) }
        return Slot(head: key.head, tag: tag, payload: Int32(longKeys.count - 1))
    }

    private mutating func place(_ slot: Slot, hash: UInt32) {
        let mask = slots.count - 1
        var i = Int(hash) & mask
        while slots[i].tag != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    /// Doubles the index, re-placing every key by its hash (recomputed from the slot for a
    /// short key, kept in its record for a long one).
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(head: 0, tag: 0, payload: 0), count: old.count * 2)
        for slot in old where slot.tag != 0 {
            let length = Int(slot.tag & 0xFF) - 1
            let hash = length <= 8 ? Self.shortHash(head: slot.head, length: length) : longKeys[Int(slot.payload)].hash
            place(slot, hash: hash)
        }
    }

    // MARK: reading eight bytes at a time

    @inlinable @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var x = x &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }


    /// The first eight bytes of `bytes[range]`, or all of them zero-padded when there are
    /// fewer, little-endian; never reads outside `bytes`.
    @inlinable @inline(__always)
    static func head(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let n = range.count
        guard n > 0 else { return 0 }
        if n >= 8 { return ByteBlock.load(bytes, range.lowerBound) }
        if range.lowerBound + 8 <= bytes.count {
            return ByteBlock.load(bytes, range.lowerBound) & ((1 << UInt64(n * 8)) - 1)
        }
        if range.upperBound >= 8 {
            return ByteBlock.load(bytes, range.upperBound - 8) >> UInt64((8 - n) * 8)
        }
        var value: UInt64 = 0
        for k in range.reversed() { value = value << 8 | UInt64(bytes[k]) }
        return value
    }
}

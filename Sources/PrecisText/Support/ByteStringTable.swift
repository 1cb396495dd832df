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
/// The table is two arrays. A small open-addressing index (linear probing, at most half full)
/// holds, per slot, the key's 32-bit hash and the number of its entry; the entries, in
/// insertion order, hold each key's first and last eight bytes, its length and its value. A
/// probe reads 8-byte index slots and touches an entry only when the hash matches, so the index
/// stays in cache, and the entries of frequent words, inserted first, sit together. A key of up
/// to 16 bytes (almost every word) is compared in two integer comparisons; longer keys also
/// compare their middle bytes, kept in a byte arena.
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
    struct Entry: Sendable {
        /// The key's first 8 bytes (fewer: zero-padded), little-endian.
        @usableFromInline var head: UInt64
        /// The key's last 8 bytes when it is longer than 8, else 0.
        @usableFromInline var tail: UInt64
        @usableFromInline var length: Int32
        /// Where the key's bytes start in `arena` (keys longer than 16 bytes only).
        @usableFromInline var offset: Int32
        @usableFromInline var value: Int32

        @usableFromInline
        init(head: UInt64, tail: UInt64, length: Int32, offset: Int32, value: Int32) {
            self.head = head
            self.tail = tail
            self.length = length
            self.offset = offset
            self.value = value
        }
    }

    /// Per slot: 0 when empty, else the key's hash in the high half and its entry number + 1 in
    /// the low half.
    @usableFromInline var index = [UInt64](repeating: 0, count: 1024)
    @usableFromInline var entries: [Entry] = []
    @usableFromInline var arena: [UInt8] = []
    /// The number of keys stored.
    public var count: Int { entries.count }

    public init() {}

    /// The hash to pass to ``value(_:_:hash:)`` and ``insert(_:_:hash:value:)``: the key's
    /// bytes read eight at a time through a multiply–xorshift mix. It depends only on the bytes
    /// of `bytes[range]`, not on what surrounds them.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        let n = range.count
        var h = mix(head(bytes, range) ^ (UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15))
        if n > 8 {
            var k = range.lowerBound + 8
            while range.upperBound - k > 8 {
                h = mix(h ^ ByteBlock.load(bytes, k))
                k += 8
            }
            h = mix(h ^ ByteBlock.load(bytes, range.upperBound - 8))
        }
        return UInt32(truncatingIfNeeded: h)
    }

    /// The value stored for the bytes `bytes[range]`, if any.
    @inlinable @inline(__always)
    public func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32) -> Int32? {
        probe(Key(bytes, range, hash: hash), bytes, range).value
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
        let tag = UInt64(key.hash) << 32
        return index.withUnsafeBufferPointer { index in
            entries.withUnsafeBufferPointer { entries in
                let mask = index.count - 1
                var i = Int(key.hash) & mask
                while true {
                    let slot = index[i]
                    if slot == 0 { return (nil, i) }
                    if slot & 0xFFFF_FFFF_0000_0000 == tag {
                        let entry = entries[Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1]
                        if entry.length == key.length, entry.head == key.head, entry.tail == key.tail,
                           key.length <= 16 || middleEqual(entry, bytes, range) {
                            return (entry.value, i)
                        }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// Whether the bytes between the first and last eight of a key longer than 16 match.
    @usableFromInline
    func middleEqual(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + Int(entry.offset) + 8, bytes.baseAddress! + range.lowerBound + 8, range.count - 16) == 0
        }
    }

    /// Stores `value` for `bytes[range]` (which must not be present yet).
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32, value: Int32) {
        if (entries.count + 1) * 2 > index.count { grow() }
        append(Key(bytes, range, hash: hash), bytes, range, value: value)
        place(UInt64(hash) << 32 | UInt64(entries.count))
    }

    /// The value stored for `bytes[range]`, or `makeValue()` stored and returned when the key
    /// is new: one probe for both (a look-up, then an insert, would probe twice).
    /// `makeValue` must not use this table.
    public mutating func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32,
                               orInsert makeValue: () -> Int32) -> Int32 {
        if (entries.count + 1) * 2 > index.count { grow() }
        let key = Key(bytes, range, hash: hash)
        let (found, slot) = probe(key, bytes, range)
        if let found { return found }
        let value = makeValue()
        append(key, bytes, range, value: value)
        index[slot] = UInt64(hash) << 32 | UInt64(entries.count)
        return value
    }

    /// Adds the entry of a new key (its index slot is the caller's to fill).
    private mutating func append(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, value: Int32) {
        entries.append(Entry(head: key.head, tail: key.tail, length: key.length, offset: Int32(arena.count), value: value))
        if range.count > 16 { arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range])) }
    }

    private mutating func place(_ slot: UInt64) {
        let mask = index.count - 1
        var i = Int(truncatingIfNeeded: slot >> 32) & mask
        while index[i] != 0 { i = (i + 1) & mask }
        index[i] = slot
    }

    private mutating func grow() {
        let old = index
        index = [UInt64](repeating: 0, count: old.count * 2)
        for slot in old where slot != 0 { place(slot) }
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

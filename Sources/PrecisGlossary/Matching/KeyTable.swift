#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The matcher's word keys (``InflectionKey`` forms), interned to dense ids in the order they were
/// first seen, and found again by their UTF-8 bytes without making a `String`.
///
/// The keys are kept back to back in one byte array with an offset table: the form the binary
/// cache stores, so reading a cache copies two arrays and rebuilds the index. The index is an
/// open-addressing table whose slots hold a key's first 16 bytes, so a look-up of a word of up to
/// 16 bytes (nearly every French word) touches one slot and nothing else.
///
/// ```swift
/// var keys = KeyTable()
/// let id = keys.intern(Array("reseau".utf8))     // 0
/// keys.id(Array("reseau".utf8))                  // 0
/// ```
struct KeyTable: Sendable {
    /// Key `k` is `bytes[offsets[k]..<offsets[k + 1]]`.
    private(set) var offsets: [Int32] = [0]
    private(set) var bytes: [UInt8] = []
    private var slots = [Slot](repeating: Slot(), count: 1024)

    private struct Slot: Sendable {
        /// The key's bytes 0..<8 and 8..<16, little-endian, zero-padded.
        var head: UInt64 = 0
        var tail: UInt64 = 0
        /// -1: empty.
        var length: Int32 = -1
        var id: Int32 = 0
    }

    /// The number of keys.
    var count: Int { offsets.count - 1 }

    init() {}

    /// Keys read back from ``offsets`` and ``bytes``; `nil` if the offsets do not describe the
    /// bytes or a key repeats.
    ///
    /// - Complexity: O(total key length).
    init?(offsets: [Int32], bytes: [UInt8]) {
        guard offsets.first == 0, offsets.last.map({ Int($0) == bytes.count }) == true else { return nil }
        for k in 0..<(offsets.count - 1) where offsets[k] > offsets[k + 1] { return nil }
        self.offsets = offsets
        self.bytes = bytes
        var capacity = 1024
        while capacity < 2 * offsets.count { capacity *= 2 }  // no growing while filling
        slots = [Slot](repeating: Slot(), count: capacity)
        let ok = bytes.withUnsafeBufferPointer { buffer in
            for k in 0..<(offsets.count - 1) {
                let key = UnsafeBufferPointer(rebasing: buffer[Int(offsets[k])..<Int(offsets[k + 1])])
                let probe = Self.probe(key)
                guard lookup(probe, key) == nil else { return false }
                place(probe, id: Int32(k))
            }
            return true
        }
        guard ok else { return nil }
    }

    /// The id of `key`, if it is one.
    ///
    /// - Complexity: O(key length).
    @inline(__always)
    func id(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        lookup(Self.probe(key), key)
    }

    /// The id of `key`, if it is one.
    @inline(__always)
    func id(_ key: [UInt8]) -> Int32? {
        key.withUnsafeBufferPointer { id($0) }
    }

    /// The id of the `count` bytes at `key`, when 16 bytes from `key` may be read whatever
    /// `count` is (the bytes past `count` are ignored): the matcher's hot path, with no copy.
    @inline(__always)
    func id(padded key: UnsafePointer<UInt8>, count: Int) -> Int32? {
        let raw = UnsafeRawPointer(key)
        var head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if count < 16 {
            if count <= 8 {
                tail = 0
                if count < 8 { head &= (1 << (8 * UInt64(count))) &- 1 }
            } else {
                tail &= (1 << (8 * UInt64(count - 8))) &- 1
            }
        }
        let buffer = UnsafeBufferPointer(start: key, count: count)
        return lookup(Probe(head: head, tail: tail, hash: Self.hash(head, tail, buffer)), buffer)
    }

    /// The id of `key`, added if new.
    mutating func intern(_ key: [UInt8]) -> Int32 {
        key.withUnsafeBufferPointer { intern($0) }
    }

    /// The id of `key`, added if new.
    ///
    /// - Complexity: O(key length), amortized.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let probe = Self.probe(key)
        if let id = lookup(probe, key) { return id }
        let id = Int32(count)
        bytes.append(contentsOf: key)
        offsets.append(Int32(bytes.count))
        place(probe, id: id)
        return id
    }

    // MARK: the index

    private struct Probe {
        var head: UInt64
        var tail: UInt64
        var hash: UInt64
    }

    @inline(__always)
    private static func probe(_ key: UnsafeBufferPointer<UInt8>) -> Probe {
        var words: (UInt64, UInt64) = (0, 0)
        if let base = key.baseAddress, key.count > 0 {
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base, count: min(key.count, 16))) }
        }
        let head = UInt64(littleEndian: words.0), tail = UInt64(littleEndian: words.1)
        return Probe(head: head, tail: tail, hash: hash(head, tail, key))
    }

    /// Mixes the first 16 bytes (as words), the length, and any bytes past the sixteenth.
    @inline(__always)
    private static func hash(_ head: UInt64, _ tail: UInt64, _ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = (UInt64(key.count) &+ 0x9E37_79B9_7F4A_7C15) ^ head
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        h ^= tail
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        if key.count > 16 {
            for k in 16..<key.count { h = (h ^ UInt64(key[k])) &* 0x0000_0100_0000_01B3 }
        }
        return h ^ (h >> 32)
    }

    @inline(__always)
    private func lookup(_ probe: Probe, _ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: probe.hash) & mask
            while true {
                let slot = slots[i]
                if slot.length < 0 { return nil }
                if slot.head == probe.head, slot.tail == probe.tail, Int(slot.length) == key.count,
                   key.count <= 16 || sameTail(Int(slot.id), key) {
                    return slot.id
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Whether key `id` and `key` (both longer than 16 bytes, of the same length) agree past
    /// their first 16 bytes.
    private func sameTail(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + Int(offsets[id]) + 16, key.baseAddress! + 16, key.count - 16) == 0
        }
    }

    private mutating func place(_ probe: Probe, id: Int32) {
        if 2 * (count + 1) > slots.count { grow() }
        let length = Int32(offsets[Int(id) + 1] - offsets[Int(id)])
        insert(Slot(head: probe.head, tail: probe.tail, length: length, id: id), hash: probe.hash)
    }

    private mutating func insert(_ slot: Slot, hash: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].length >= 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        bytes.withUnsafeBufferPointer { stored in
            for slot in old where slot.length >= 0 {
                let id = Int(slot.id)
                let key = UnsafeBufferPointer(rebasing: stored[Int(offsets[id])..<Int(offsets[id + 1])])
                insert(slot, hash: Self.hash(slot.head, slot.tail, key))
            }
        }
    }
}

/// An open-addressing hash table from (node, key) to a child node, for ``FlatTrie/Builder``.
///
/// Linear probing over a power-of-two table that doubles at half load; (node, key) pairs are
/// packed into one 64-bit word, `UInt64.max` marking an empty slot.
struct EdgeTable {
    private var packed = [UInt64](repeating: .max, count: 1024)
    private var values = [Int32](repeating: 0, count: 1024)
    private var count = 0

    @inline(__always)
    private static func pack(_ node: Int32, _ key: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
    }

    @inline(__always)
    private static func start(_ packed: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The slot holding (node, key), or the empty slot where it would go.
    @inline(__always)
    func slot(node: Int32, key: Int32) -> Int {
        let wanted = Self.pack(node, key)
        let mask = packed.count - 1
        var i = Self.start(wanted, mask: mask)
        while packed[i] != .max && packed[i] != wanted { i = (i + 1) & mask }
        return i
    }

    /// The child in `slot`, if the slot is taken.
    @inline(__always)
    func value(at slot: Int) -> Int32? {
        packed[slot] == .max ? nil : values[slot]
    }

    /// Stores (node, key) → `value` in the empty `slot` found by ``slot(node:key:)``.
    mutating func insert(node: Int32, key: Int32, value: Int32, at slot: Int) {
        packed[slot] = Self.pack(node, key)
        values[slot] = value
        count += 1
        if count * 2 > packed.count { grow() }
    }

    private mutating func grow() {
        let oldPacked = packed, oldValues = values
        packed = [UInt64](repeating: .max, count: oldPacked.count * 2)
        values = [Int32](repeating: 0, count: oldPacked.count * 2)
        let mask = packed.count - 1
        for (p, v) in zip(oldPacked, oldValues) where p != .max {
            var i = Self.start(p, mask: mask)
            while packed[i] != .max { i = (i + 1) & mask }
            packed[i] = p
            values[i] = v
        }
    }
}

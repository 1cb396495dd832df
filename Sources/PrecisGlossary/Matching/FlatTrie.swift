/// The matcher's trie, frozen into flat arrays: cheap to search, to write and to read back.
///
/// Node 0 is the root. Its children are found by direct index on the word key id, in `roots`,
/// which also holds what matching needs of each child (its edges and the entry it reports), so the
/// first word of a term costs no other read. Other nodes keep their outgoing edges sorted by key in
/// one shared array, searched by bisection. What one step of matching reads lies together, so that
/// it costs few cache misses: a node's edge range, entry range and reported entry in one 16-byte
/// record, an edge's key beside its target. Build one with ``Builder``.
struct FlatTrie: Sendable, Equatable {
    /// Four values per key id: the root's child along the key (-1: none), then that child's first
    /// edge, the end of its edges and its reported entry (as in `nodes`).
    var roots: [Int32] = []
    /// Four values per node: its first edge, the end of its edges, its first entry, and the entry a
    /// match ending there reports without further check (``noEntry``, or ``checkCase`` when the
    /// first entry is case-sensitive). A last record holds the totals. The root has no edges here
    /// (its children are in `roots`).
    var nodes: [Int32] = [0, 0, 0, noEntry, 0, 0, 0, noEntry]
    /// For edge e, `edges[2e]` is its key and `edges[2e + 1]` the node it leads to.
    var edges: [Int32] = []
    /// The entries ending at each node, highest priority first, node after node.
    var entryIDs: [Int32] = []

    /// No entry ends at the node.
    static let noEntry: Int32 = -1
    /// The node's first entry is case-sensitive: its entries must be checked in order.
    static let checkCase: Int32 = -2

    var nodeCount: Int { nodes.count / 4 - 1 }

    /// One step of matching: the node reached, its edges, and the entry it reports.
    struct Step {
        var node: Int
        var edges: Range<Int>
        var reported: Int32
    }

    init() {}

    /// The step from the root along `key`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func root(_ key: Int32) -> Step? {
        let r = 4 * Int(key)
        guard key >= 0, r < roots.count, roots[r] > 0 else { return nil }
        return Step(node: Int(roots[r]), edges: Int(roots[r + 1])..<Int(roots[r + 2]), reported: roots[r + 3])
    }

    /// The step along `key` from a node whose edges are `edges`.
    ///
    /// - Complexity: O(log `edges.count`).
    @inline(__always)
    func step(_ edges: Range<Int>, _ key: Int32) -> Step? {
        var low = edges.lowerBound
        var high = edges.upperBound
        while low < high {
            let mid = (low + high) / 2
            let k = self.edges[2 * mid]
            if k == key {
                let node = Int(self.edges[2 * mid + 1])
                return Step(node: node, edges: Int(nodes[4 * node])..<Int(nodes[4 * node + 1]), reported: nodes[4 * node + 3])
            }
            if k < key { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The entries ending at `node`, highest priority first.
    @inline(__always)
    func entries(at node: Int) -> ArraySlice<Int32> {
        entryIDs[Int(nodes[4 * node + 2])..<Int(nodes[4 * node + 6])]
    }

    /// Whether every index points inside its array (so that searching cannot trap) for a trie over
    /// `keyCount` keys and `entryCount` entries: the check a cache gets before it is used.
    ///
    /// - Complexity: O(keys + nodes + edges + entries).
    func isConsistent(keyCount: Int, entryCount: Int) -> Bool {
        let count = nodes.count / 4 - 1
        let edgeCount = edges.count / 2
        guard count >= 1, nodes.count % 4 == 0, edges.count % 2 == 0, roots.count == 4 * keyCount,
              nodes[2] == 0, Int(nodes[4 * count + 2]) == entryIDs.count
        else { return false }
        let n = Int32(count)
        let entries = Int32(truncatingIfNeeded: entryCount)
        let keys = Int32(truncatingIfNeeded: keyCount)
        /// A record's edges, within the edge array, and its reported entry.
        func fits(_ first: Int32, _ end: Int32, _ reported: Int32) -> Bool {
            first >= 0 && first <= end && Int(end) <= edgeCount && reported >= Self.checkCase && reported < entries
        }
        var ok = true
        for node in 0..<count {
            let r = 4 * node
            ok = ok && fits(nodes[r], nodes[r + 1], nodes[r + 3]) && nodes[r + 2] <= nodes[r + 6]
        }
        for r in stride(from: 0, to: roots.count, by: 4) {
            ok = ok && roots[r] >= -1 && roots[r] < n && roots[r] != 0 && fits(roots[r + 1], roots[r + 2], roots[r + 3])
        }
        for e in 0..<edgeCount {
            ok = ok && edges[2 * e] >= 0 && edges[2 * e] < keys && edges[2 * e + 1] > 0 && edges[2 * e + 1] < n
        }
        for entry in entryIDs { ok = ok && entry >= 0 && entry < entries }
        return ok
    }
}

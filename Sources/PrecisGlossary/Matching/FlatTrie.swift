/// The matcher's trie, frozen into flat arrays: cheap to search, to write and to read back.
///
/// Node 0 is the root; its children are found by direct index on the word key id. Other nodes
/// keep their outgoing edges sorted by key in one shared array, searched by bisection.
struct FlatTrie: Sendable, Equatable {
    /// For each key id, the root's child (-1: none).
    var rootChildren: [Int32] = []
    /// For node n, its edges are `edgeKeys[edgeStart[n]..<edgeStart[n + 1]]`.
    var edgeStart: [Int32] = [0, 0]
    var edgeKeys: [Int32] = []
    var edgeTargets: [Int32] = []
    /// For node n, the entries ending there are `entryIDs[entryStart[n]..<entryStart[n + 1]]`.
    var entryStart: [Int32] = [0, 0]
    var entryIDs: [Int32] = []

    var nodeCount: Int { edgeStart.count - 1 }

    init() {}

    /// Freezes nodes built with dictionaries.
    init(_ nodes: [GlossaryMatcher.Node], keyCount: Int) {
        rootChildren = [Int32](repeating: -1, count: keyCount)
        for (key, child) in nodes[0].children { rootChildren[Int(key)] = child }
        edgeStart = [0]
        entryStart = [0]
        for node in nodes {
            for (key, child) in node.children.sorted(by: { $0.key < $1.key }) {
                edgeKeys.append(key)
                edgeTargets.append(child)
            }
            edgeStart.append(Int32(edgeKeys.count))
            entryIDs.append(contentsOf: node.entries)
            entryStart.append(Int32(entryIDs.count))
        }
    }

    /// The child of `node` along `key`.
    @inline(__always)
    func child(of node: Int, key: Int32) -> Int? {
        guard key >= 0 else { return nil }
        if node == 0 {
            guard Int(key) < rootChildren.count else { return nil }
            let child = rootChildren[Int(key)]
            return child < 0 ? nil : Int(child)
        }
        var low = Int(edgeStart[node])
        var high = Int(edgeStart[node + 1])
        while low < high {
            let mid = (low + high) / 2
            let k = edgeKeys[mid]
            if k == key { return Int(edgeTargets[mid]) }
            if k < key { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// The entries ending at `node`, highest priority first.
    @inline(__always)
    func entries(at node: Int) -> ArraySlice<Int32> {
        entryIDs[Int(entryStart[node])..<Int(entryStart[node + 1])]
    }
}

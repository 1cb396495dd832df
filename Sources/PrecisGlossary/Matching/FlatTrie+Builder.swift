extension FlatTrie {
    /// Builds a ``FlatTrie`` from key paths without a dictionary per node.
    ///
    /// Each node records its parent and the key of the edge into it; the root's children are found
    /// by direct index on the key id, other edges in one open-addressing table keyed by
    /// (node, key). ``frozen(keyCount:)`` lays the edges out sorted, node by node.
    ///
    /// ```swift
    /// var builder = FlatTrie.Builder()
    /// builder.insert([4, 7], entry: 0)     // "centre de données" as key ids
    /// let trie = builder.frozen(keyCount: 8, flags: [0])
    /// ```
    struct Builder {
        /// For each node, its parent (-1 for the root) and the key of the edge into it.
        private var parents: [Int32] = [-1]
        private var edgeKeys: [Int32] = [-1]
        /// The root's child along each key id (-1: none).
        private var rootChildren: [Int32] = []
        private var edges = EdgeTable()
        /// (node, entry) pairs in insertion order, which is priority order.
        private var terminalNodes: [Int32] = []
        private var terminalEntries: [Int32] = []
        /// (node, entry) pairs reached through a derived form (a verb's conjugation): after the
        /// others at their node, so a term written that way wins ("infection" over "infecter").
        private var derivedNodes: [Int32] = []
        private var derivedEntries: [Int32] = []
        /// The last entry recorded at each node, so an entry is recorded once per node.
        private var lastEntry: [Int32] = [-1]

        init() {}

        /// The number of nodes, the root included.
        var nodeCount: Int { parents.count }

        /// Adds the path of key ids `keys` (not empty, ids ≥ 0) ending with `entry`.
        ///
        /// Entries must be inserted in priority order (all paths of an entry before the next entry).
        ///
        /// - Complexity: O(`keys.count`) expected.
        mutating func insert(_ keys: [Int32], entry: Int32) {
            var node: Int32 = 0
            for key in keys {
                node = child(of: node, key: key)
            }
            record(entry, at: node)
        }

        /// Adds the one-key path `key` ending with `entry`; a `derived` path ranks after every
        /// plain one at its node.
        mutating func insert(key: Int32, entry: Int32, derived: Bool = false) {
            let node = child(of: 0, key: key)
            if derived {
                derivedNodes.append(node)
                derivedEntries.append(entry)
            } else {
                record(entry, at: node)
            }
        }

        private mutating func record(_ entry: Int32, at node: Int32) {
            if lastEntry[Int(node)] != entry {
                lastEntry[Int(node)] = entry
                terminalNodes.append(node)
                terminalEntries.append(entry)
            }
        }

        /// The child of `node` along `key`, made if missing.
        private mutating func child(of node: Int32, key: Int32) -> Int32 {
            if node == 0 {
                if Int(key) >= rootChildren.count {
                    rootChildren.append(contentsOf: repeatElement(-1, count: Int(key) + 1 - rootChildren.count))
                }
                if rootChildren[Int(key)] >= 0 { return rootChildren[Int(key)] }
                let new = addNode(parent: node, key: key)
                rootChildren[Int(key)] = new
                return new
            }
            let slot = edges.slot(node: node, key: key)
            if let existing = edges.value(at: slot) { return existing }
            let new = addNode(parent: node, key: key)
            edges.insert(node: node, key: key, value: new, at: slot)
            return new
        }

        private mutating func addNode(parent: Int32, key: Int32) -> Int32 {
            parents.append(parent)
            edgeKeys.append(key)
            lastEntry.append(-1)
            return Int32(parents.count - 1)
        }

        /// The trie as flat arrays: each node's edges sorted by key, its entries in priority order;
        /// `flags` are the entries' (``GlossaryMatcher/caseSensitiveFlag``).
        ///
        /// - Complexity: O(nodes + entries), plus sorting each node's edges.
        func frozen(keyCount: Int, flags: [UInt8]) -> FlatTrie {
            let nodes = parents.count
            var trie = FlatTrie()

            // Edges of every node but the root, grouped by parent (a counting sort on the parent).
            var edgeStart = [Int32](repeating: 0, count: nodes + 1)
            for node in 1..<max(1, nodes) where parents[node] != 0 { edgeStart[Int(parents[node]) + 1] += 1 }
            for node in 0..<nodes { edgeStart[node + 1] += edgeStart[node] }
            var fill = edgeStart
            var keys = [Int32](repeating: 0, count: Int(edgeStart[nodes]))
            var targets = keys
            for node in 1..<max(1, nodes) where parents[node] != 0 {
                let parent = Int(parents[node])
                keys[Int(fill[parent])] = edgeKeys[node]
                targets[Int(fill[parent])] = Int32(node)
                fill[parent] += 1
            }
            for node in 0..<nodes where edgeStart[node + 1] - edgeStart[node] > 1 {
                Self.sortEdges(&keys, &targets, Int(edgeStart[node])..<Int(edgeStart[node + 1]))
            }
            trie.edges = [Int32](repeating: 0, count: 2 * keys.count)
            for e in keys.indices {
                trie.edges[2 * e] = keys[e]
                trie.edges[2 * e + 1] = targets[e]
            }

            // Entries grouped by node, keeping their insertion (priority) order.
            // Derived pairs come after the plain ones and are dropped where the entry is already there.
            var allNodes = terminalNodes, allEntries = terminalEntries
            var present = Set<Int64>()
            for (node, entry) in zip(terminalNodes, terminalEntries) { present.insert(Int64(node) << 32 | Int64(entry)) }
            for (node, entry) in zip(derivedNodes, derivedEntries) where present.insert(Int64(node) << 32 | Int64(entry)).inserted {
                allNodes.append(node)
                allEntries.append(entry)
            }
            var entryStart = [Int32](repeating: 0, count: nodes + 1)
            for node in allNodes { entryStart[Int(node) + 1] += 1 }
            for node in 0..<nodes { entryStart[node + 1] += entryStart[node] }
            fill = entryStart
            var entryIDs = [Int32](repeating: 0, count: allEntries.count)
            for (node, entry) in zip(allNodes, allEntries) {
                entryIDs[Int(fill[Int(node)])] = entry
                fill[Int(node)] += 1
            }
            trie.entryIDs = entryIDs
            trie.nodes = [Int32](repeating: 0, count: 4 * (nodes + 1))
            for node in 0...nodes {  // the last record, after the nodes, holds the totals
                trie.nodes[4 * node] = edgeStart[node]
                trie.nodes[4 * node + 1] = edgeStart[min(node + 1, nodes)]
                trie.nodes[4 * node + 2] = entryStart[node]
                var reported = FlatTrie.noEntry
                if node < nodes, entryStart[node] < entryStart[node + 1] {
                    let first = entryIDs[Int(entryStart[node])]
                    // Several entries end here: the matcher checks which one the text spells exactly.
                    let several = entryStart[node + 1] - entryStart[node] > 1
                    reported = flags[Int(first)] & GlossaryMatcher.caseSensitiveFlag == 0 && !several ? first : FlatTrie.checkCase
                }
                trie.nodes[4 * node + 3] = reported
            }
            // Each root child's record again, by key id, for the first word of a term.
            trie.roots = [Int32](repeating: 0, count: 4 * keyCount)
            for key in 0..<keyCount {
                let child = key < rootChildren.count ? Int(rootChildren[key]) : -1
                trie.roots[4 * key] = Int32(child)
                if child > 0 {
                    trie.roots[4 * key + 1] = trie.nodes[4 * child]
                    trie.roots[4 * key + 2] = trie.nodes[4 * child + 1]
                    trie.roots[4 * key + 3] = trie.nodes[4 * child + 3]
                } else {
                    trie.roots[4 * key + 3] = FlatTrie.noEntry
                }
            }
            return trie
        }

        /// Sorts the edges in `range` by key (insertion sort: most nodes have a few edges).
        private static func sortEdges(_ keys: inout [Int32], _ targets: inout [Int32], _ range: Range<Int>) {
            if range.count > 32 {
                let sorted = zip(keys[range], targets[range]).sorted { $0.0 < $1.0 }
                for (k, (key, target)) in zip(range, sorted) {
                    keys[k] = key
                    targets[k] = target
                }
                return
            }
            for k in (range.lowerBound + 1)..<range.upperBound {
                let key = keys[k], target = targets[k]
                var j = k
                while j > range.lowerBound, keys[j - 1] > key {
                    keys[j] = keys[j - 1]
                    targets[j] = targets[j - 1]
                    j -= 1
                }
                keys[j] = key
                targets[j] = target
            }
        }
    }
}

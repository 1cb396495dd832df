/// A weighted directed graph over sentences in compressed sparse rows: the out-edges of
/// sentence `i` are `targets[offsets[i]..<offsets[i + 1]]` with their `weights`, in the order
/// they were added.
///
/// Flat arrays instead of an array per sentence: building the graph allocates three arrays,
/// and PageRank walks memory in order.
struct SentenceGraph {
    var offsets: [Int]
    var targets: [Int32] = []
    var weights: [Double] = []

    /// An empty graph over `count` sentences, with room for `edgeCapacity` edges; add rows in
    /// order with ``append(_:_:)`` and ``endRow()``.
    init(count: Int, edgeCapacity: Int = 0) {
        offsets = [0]
        offsets.reserveCapacity(count + 1)
        targets.reserveCapacity(edgeCapacity)
        weights.reserveCapacity(edgeCapacity)
    }

    /// A graph from its compressed rows: `offsets` has one more element than there are
    /// sentences, starts at 0 and ends at the number of edges.
    init(offsets: [Int], targets: [Int32], weights: [Double]) {
        precondition(offsets.first == 0 && offsets.last == targets.count && targets.count == weights.count)
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The graph of per-sentence edge lists.
    init(_ edges: [[(Int, Double)]]) {
        self.init(count: edges.count)
        for row in edges {
            for (j, w) in row { append(j, w) }
            endRow()
        }
    }

    /// The number of sentences whose rows are complete.
    var count: Int { offsets.count - 1 }

    /// Adds an edge to the row being built.
    @inline(__always)
    mutating func append(_ target: Int, _ weight: Double) {
        targets.append(Int32(target))
        weights.append(weight)
    }

    /// Closes the row being built.
    @inline(__always)
    mutating func endRow() { offsets.append(targets.count) }
}

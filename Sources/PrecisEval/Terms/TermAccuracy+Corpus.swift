/// An annotated term the output missed.
public struct TermMiss: Sendable, Hashable {
    /// The segment's number, from 1 (its line in the system output).
    public var segment: Int
    /// The term's position among the segment's annotations, from 0.
    public var index: Int
    /// The annotated English term, as written (alternatives joined by `|`).
    public var term: String

    public init(segment: Int, index: Int, term: String) {
        self.segment = segment
        self.index = index
        self.term = term
    }
}

/// Term accuracy over a test set, as termacc.py reports it.
public struct TermAccuracyResult: Sendable, Hashable {
    /// Annotated terms found in the output.
    public var hits: Int
    /// Annotated terms.
    public var total: Int
    /// Segments scored.
    public var segments: Int
    /// The terms not found, in segment order.
    public var misses: [TermMiss]

    public init(hits: Int, total: Int, segments: Int, misses: [TermMiss]) {
        self.hits = hits
        self.total = total
        self.segments = segments
        self.misses = misses
    }

    /// `100 · hits / total` (0 when there is no term), in [0, 100].
    public var accuracy: Double { Double(100 * hits) / Double(max(total, 1)) }

    /// The line termacc.py prints: `term accuracy 97.12% (1234/1271)`.
    public var line: String { "term accuracy \(PythonText.fixed(accuracy, digits: 2))% (\(hits)/\(total))" }
}

extension TermAccuracy {
    /// Term accuracy of system outputs against the terms annotated on each segment.
    ///
    /// Segments pair up in order; as in termacc.py (`zip`), segments beyond the shorter of the
    /// two arrays are not scored.
    ///
    /// ```swift
    /// let result = TermAccuracy().score(terms: [["fever"], ["blood pressure|BP", "cholesterol"]],
    ///                                   outputs: ["and a fever", "check your BP"])
    /// result.line       // "term accuracy 66.67% (2/3)"
    /// result.misses     // [TermMiss(segment: 2, index: 1, term: "cholesterol")]
    /// ```
    ///
    /// - Parameters:
    ///   - terms: for each segment, its annotated English terms (alternatives joined by `|`).
    ///   - outputs: the system's output for each segment.
    public func score(terms: [[String]], outputs: [String]) -> TermAccuracyResult {
        var hits = 0
        var total = 0
        var misses: [TermMiss] = []
        for (k, (segmentTerms, output)) in zip(terms, outputs).enumerated() {
            guard !segmentTerms.isEmpty else { continue }
            let text = searchText(of: output)
            for (index, term) in segmentTerms.enumerated() {
                total += 1
                if searchPatterns(of: term).contains(where: { Self.occurs($0, in: text) }) {
                    hits += 1
                } else {
                    misses.append(TermMiss(segment: k + 1, index: index, term: term))
                }
            }
        }
        return TermAccuracyResult(hits: hits, total: total, segments: min(terms.count, outputs.count), misses: misses)
    }
}

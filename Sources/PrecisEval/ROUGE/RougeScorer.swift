/// ROUGE-1, ROUGE-2 and ROUGE-L, computed exactly as the `rouge-score` Python package does.
///
/// With ``Tokenization/rougeScore`` (the default) text is tokenized as `rouge-score` 0.1.2 does
/// without a stemmer — the OrangeSum/BARThez protocol: lower-case, every character outside
/// `[a-z0-9]` becomes a separator (so "été" gives the token "t"). ``Tokenization/unicode``
/// keeps letters and digits of every script ("été" stays a word), for a fairer view of French.
///
/// ROUGE-N counts clipped n-gram overlaps; ROUGE-L uses the longest common subsequence of the
/// whole texts (not the summary-level `rougeLsum`). F1 is `2PR / (P + R)`, and 0 when either text
/// has no token.
///
/// ```swift
/// let scorer = RougeScorer()
/// let scores = scorer.score(reference: "the cat sat on the mat", candidate: "the cat lay on the mat")
/// scores.rouge1.f1   // 0.8333…
/// scores.rougeL.f1   // 0.8333…
/// ```
public struct RougeScorer: Sendable {
    /// How text becomes tokens.
    public enum Tokenization: String, Sendable, CaseIterable {
        /// `rouge-score`'s default: lower-case ASCII letters and digits only.
        case rougeScore = "rouge-score"
        /// Lower-cased runs of letters and digits of any script.
        case unicode
    }

    /// How text becomes tokens.
    public var tokenization: Tokenization

    /// Creates a scorer.
    public init(tokenization: Tokenization = .rougeScore) {
        self.tokenization = tokenization
    }

    /// The tokens ROUGE compares.
    public func tokens(_ text: some StringProtocol) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch tokenization {
            case .rougeScore:
                // Python's str.lower() then [^a-z0-9] → space. Only three non-ASCII scalars
                // lower-case into ASCII: K (U+212A) → k, İ (U+0130) → i + U+0307.
                let v = scalar.value
                if v < 0x80 {
                    let lower = (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v
                    if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                        current.append(Unicode.Scalar(UInt8(lower)))
                    } else {
                        flush()
                    }
                } else if v == 0x212A {
                    current.append("k")
                } else if v == 0x0130 {
                    current.append("i")
                    flush()
                } else {
                    flush()
                }
            case .unicode:
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType == .decimal || properties.generalCategory == .nonspacingMark {
                    current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                } else {
                    flush()
                }
            }
        }
        flush()
        return tokens
    }

    /// ROUGE-1, ROUGE-2 and ROUGE-L of a candidate summary against a reference.
    public func score(reference: some StringProtocol, candidate: some StringProtocol) -> RougeScores {
        var ids: [String: Int32] = [:]
        func intern(_ tokens: [String]) -> [Int32] {
            tokens.map { token in
                if let id = ids[token] { return id }
                let id = Int32(ids.count)
                ids[token] = id
                return id
            }
        }
        let target = intern(tokens(reference))
        let prediction = intern(tokens(candidate))
        return RougeScores(
            rouge1: Self.ngramScore(target, prediction, n: 1),
            rouge2: Self.ngramScore(target, prediction, n: 2),
            rougeL: Self.lcsScore(target, prediction)
        )
    }

    static func ngramScore(_ target: [Int32], _ prediction: [Int32], n: Int) -> RougeScore {
        func counts(_ tokens: [Int32]) -> [Int64: Int] {
            var counts: [Int64: Int] = [:]
            guard tokens.count >= n else { return counts }
            for i in 0...(tokens.count - n) {
                let key = n == 1 ? Int64(tokens[i]) : Int64(tokens[i]) << 32 | Int64(tokens[i + 1])
                counts[key, default: 0] += 1
            }
            return counts
        }
        precondition(n == 1 || n == 2, "ROUGE-N is implemented for n = 1 and 2")
        let targetCounts = counts(target)
        let predictionCounts = counts(prediction)
        var overlap = 0
        for (gram, count) in targetCounts { overlap += min(count, predictionCounts[gram] ?? 0) }
        let targetTotal = max(target.count - n + 1, 0)
        let predictionTotal = max(prediction.count - n + 1, 0)
        let precision = Double(overlap) / Double(max(predictionTotal, 1))
        let recall = Double(overlap) / Double(max(targetTotal, 1))
        return RougeScore(precision: precision, recall: recall)
    }

    static func lcsScore(_ target: [Int32], _ prediction: [Int32]) -> RougeScore {
        guard !target.isEmpty, !prediction.isEmpty else { return RougeScore(precision: 0, recall: 0) }
        // One rolling row of the LCS table: O(n·m) time, O(m) memory.
        var row = [Int32](repeating: 0, count: prediction.count + 1)
        for t in target {
            var diagonal: Int32 = 0
            for j in 1...prediction.count {
                let above = row[j]
                row[j] = t == prediction[j - 1] ? diagonal + 1 : max(above, row[j - 1])
                diagonal = above
            }
        }
        let lcs = Double(row[prediction.count])
        return RougeScore(precision: lcs / Double(prediction.count), recall: lcs / Double(target.count))
    }
}

/// Precision, recall and F1 of one ROUGE measure, each in [0, 1].
public struct RougeScore: Sendable, Hashable {
    public var precision: Double
    public var recall: Double
    /// `2PR / (P + R)`, 0 when both are 0.
    public var f1: Double

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}

/// ROUGE-1, ROUGE-2 and ROUGE-L of one candidate.
public struct RougeScores: Sendable, Hashable {
    public var rouge1: RougeScore
    public var rouge2: RougeScore
    public var rougeL: RougeScore
}

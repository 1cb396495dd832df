/// Term accuracy: does a system's English output use the annotated English term? Computed
/// exactly as `../shared/eval/termacc.py` computes it for the WMT21 terminology task.
///
/// An annotated term is found when any of its `|`-separated alternatives — each stripped of
/// surrounding whitespace and lower-cased (Python's `str.lower()`) — occurs in the output,
/// lower-cased with every run of whitespace collapsed to one space, and is word-bounded by
/// Python's `\w`: no letter (any script), digit, character with a numeric value, or `_`
/// right before or right after it. Combining marks are not word characters, hyphens and
/// apostrophes neither, so "prostate" is found in "prostate-specific" and in "prostate's".
/// Alternatives are not whitespace-collapsed: a double space in one never matches. Empty
/// alternatives are dropped; a term with none is a miss.
///
/// ```swift
/// let accuracy = TermAccuracy()
/// accuracy.isHit(term: "blood pressure|BP", output: "Your Blood\u{A0}Pressure is high.")   // true
/// accuracy.isHit(term: "symptom", output: "These symptoms persist.")                    // false
/// ```
public struct TermAccuracy: Sendable {
    /// Creates the scorer (it has no settings: termacc.py has none).
    public init() {}

    /// The alternatives searched for: split at `|`, stripped, lower-cased, empty ones dropped.
    public func alternatives(of term: some StringProtocol) -> [String] {
        searchPatterns(of: term).map { String(String.UnicodeScalarView($0)) }
    }

    /// Whether the output uses the term (any of its alternatives).
    public func isHit(term: some StringProtocol, output: some StringProtocol) -> Bool {
        let text = searchText(of: output)
        return searchPatterns(of: term).contains { Self.occurs($0, in: text) }
    }

    /// The output as termacc.py searches it: `" " + re.sub(r"\s+", " ", output.lower()) + " "`.
    func searchText(of output: some StringProtocol) -> [Unicode.Scalar] {
        let lowered = PythonText.lowercased(Array(output.unicodeScalars))
        var text: [Unicode.Scalar] = [" "]
        text.reserveCapacity(lowered.count + 2)
        var inWhitespace = false
        for scalar in lowered {
            if PythonText.isWhitespace(scalar.value) {
                if !inWhitespace { text.append(" ") }
                inWhitespace = true
            } else {
                text.append(scalar)
                inWhitespace = false
            }
        }
        text.append(" ")
        return text
    }

    /// The alternatives as scalars: `[a.strip().lower() for a in term.split("|") if a.strip()]`.
    func searchPatterns(of term: some StringProtocol) -> [[Unicode.Scalar]] {
        let scalars = Array(term.unicodeScalars)
        return scalars.split(separator: "|", omittingEmptySubsequences: false).compactMap { part in
            let stripped = PythonText.stripped(part)
            return stripped.isEmpty ? nil : PythonText.lowercased(Array(stripped))
        }
    }

    /// `re.search(r"(?<!\w)" + re.escape(pattern) + r"(?!\w)", text) is not None`.
    static func occurs(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
        guard !pattern.isEmpty, pattern.count <= text.count else { return false }
        let first = pattern[0]
        for start in 0...(text.count - pattern.count) where text[start] == first {
            let end = start + pattern.count
            guard text[start..<end].elementsEqual(pattern) else { continue }
            if start > 0, PythonText.isWordCharacter(text[start - 1]) { continue }
            if end < text.count, PythonText.isWordCharacter(text[end]) { continue }
            return true
        }
        return false
    }
}

/// Text in the form Precis analyses, with a map back to the original's offsets.
///
/// The analysis form is the original text with:
/// - Unicode NFC applied (decomposed accents "e\u{301}" become "é");
/// - typographic apostrophes (’ ‘ ‛ ′ ʼ) between letters replaced by `'`;
/// - no-break and thin spaces (U+00A0, U+202F, U+2009, …) replaced by a plain space.
///
/// The original is kept unchanged, and ``originalRange(of:)`` maps any range of the analysis
/// form back to the original, so results (sentences, tokens, glossary matches) can always be
/// reported against the text the user gave.
///
/// ```swift
/// let normalized = NormalizedText("L’IA\u{00A0}: 3\u{202F}000 e\u{301}tudes")
/// normalized.text                                   // "L'IA : 3 000 études"
/// let range = normalized.text.utf8.count - 6 ..< normalized.text.utf8.count
/// normalized.original.slice(normalized.originalRange(of: range))   // "e\u{301}tudes"
/// ```
public struct NormalizedText: Sendable, Hashable {
    /// The text as given.
    public let original: String
    /// The analysis form.
    public let text: String
    /// Pieces where the two differ: (analysis range, original range), in order.
    private let edits: [Edit]

    private struct Edit: Sendable, Hashable {
        var analysis: Range<Int>
        var original: Range<Int>
    }

    /// Whether the analysis form differs from the original.
    public var isChanged: Bool { !edits.isEmpty }

    /// Normalizes `original`.
    ///
    /// - Complexity: O(*n*); text that needs no change is only scanned.
    public init(_ original: String) {
        self.original = original
        var edits: [Edit] = []
        var output: [UInt8] = []
        let needsNFC = !Normalization.isSurelyNFC(original) && !ICUString.isNFC(original)
        original.withUTF8Buffer { bytes in
            var copied = 0  // original bytes copied to output so far
            var i = 0
            func replace(_ range: Range<Int>, with replacement: some Collection<UInt8>) {
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
                let start = output.count
                output.append(contentsOf: replacement)
                edits.append(Edit(analysis: start..<output.count, original: range))
                copied = range.upperBound
            }
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                let (v, length) = UTF8Scalars.decode(bytes, at: i)
                let cls = ScalarClass.of(v)
                if cls == .space {
                    replace(i..<i + length, with: [0x20])
                } else if cls == .apostrophe, v != 0x27, Normalization.isBetweenLetters(bytes, i, length) {
                    replace(i..<i + length, with: [0x27])
                } else if needsNFC, v >= 0x300 {
                    // Normalize the piece between NFC boundaries around this scalar.
                    let piece = Normalization.nfcPiece(bytes, around: i)
                    let source = String(decoding: UnsafeBufferPointer(rebasing: bytes[piece]), as: UTF8.self)
                    let normalized = ICUString.normalize(source, to: .nfc)
                    if normalized.utf8.elementsEqual(source.utf8) {
                        i = piece.upperBound
                        continue
                    }
                    // The piece may begin before `i`, in bytes already copied unchanged.
                    if piece.lowerBound < copied {
                        i = max(i + length, copied)
                        continue
                    }
                    replace(piece, with: Array(normalized.utf8))
                    i = piece.upperBound
                    continue
                }
                i += length
            }
            if !edits.isEmpty {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            }
        }
        self.edits = edits
        self.text = edits.isEmpty ? original : String(decoding: output, as: UTF8.self)
    }

    /// The range of the original text that a range of the analysis form came from.
    ///
    /// A range that starts or ends inside a replaced piece widens to cover all of it.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        originalOffset(range.lowerBound, roundingUp: false)..<originalOffset(range.upperBound, roundingUp: true)
    }

    /// The original offset of an analysis offset.
    public func originalOffset(_ offset: Int, roundingUp: Bool) -> Int {
        // The last edit that starts at or before `offset`.
        var low = 0
        var high = edits.count
        while low < high {
            let mid = (low + high) / 2
            if edits[mid].analysis.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let edit = edits[low - 1]
        if offset >= edit.analysis.upperBound {
            return edit.original.upperBound + (offset - edit.analysis.upperBound)
        }
        if offset == edit.analysis.lowerBound { return edit.original.lowerBound }
        return roundingUp ? edit.original.upperBound : edit.original.lowerBound
    }
}

/// Normalization helpers shared by ``NormalizedText`` and ``Folding``.
enum Normalization {
    /// True when every scalar is below U+0300, where no character changes under NFC.
    static func isSurelyNFC(_ s: String) -> Bool {
        s.withUTF8Buffer { bytes in
            // Scalars below U+0300 encode with lead bytes below 0xCC.
            for b in bytes where b >= 0xCC { return false }
            return true
        }
    }

    /// Whether the scalar at `i` (of `length` bytes) has a letter on each side.
    static func isBetweenLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
        guard let (before, _) = UTF8Scalars.decodeBackward(bytes, before: i), ScalarClass.of(before) == .letter,
              i + length < bytes.count, ScalarClass.of(UTF8Scalars.decode(bytes, at: i + length).value) == .letter
        else { return false }
        return true
    }

    /// The smallest range around `i` bounded by NFC boundaries.
    static func nfcPiece(_ bytes: UnsafeBufferPointer<UInt8>, around i: Int) -> Range<Int> {
        var start = i
        while start > 0, !ICUString.nfcBoundaryBefore(UTF8Scalars.decode(bytes, at: start).value) {
            start = UTF8Scalars.previousStart(bytes, before: start)
        }
        var end = i + UTF8Scalars.decode(bytes, at: i).length
        while end < bytes.count, !ICUString.nfcBoundaryBefore(UTF8Scalars.decode(bytes, at: end).value) {
            end += UTF8Scalars.decode(bytes, at: end).length
        }
        return start..<end
    }
}

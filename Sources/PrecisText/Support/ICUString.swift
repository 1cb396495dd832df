internal import CICU

/// String transforms through ICU's UTF-16 APIs: NFC/NFD normalization and full case folding.
enum ICUString {
    enum Form { case nfc, nfd }

    /// `s` normalized to `form`, or `s` unchanged if ICU fails (it only fails on allocation).
    static func normalize(_ s: some StringProtocol, to form: Form) -> String {
        var status = U_ZERO_ERROR
        let normalizer = form == .nfc ? cicu_nfc(&status) : cicu_nfd(&status)
        guard let normalizer, cicu_failure(status) == 0 else { return String(s) }
        let source = Array(s.utf16)
        return transform(source) { dest, capacity, status in
            cicu_unorm2_normalize(normalizer, source, Int32(source.count), dest, capacity, status)
        } ?? String(s)
    }

    /// Whether `s` is in NFC.
    static func isNFC(_ s: some StringProtocol) -> Bool {
        var status = U_ZERO_ERROR
        guard let normalizer = cicu_nfc(&status), cicu_failure(status) == 0 else { return true }
        let source = Array(s.utf16)
        let result = cicu_unorm2_isNormalized(normalizer, source, Int32(source.count), &status)
        return result != 0 || cicu_failure(status) != 0
    }

    /// Whether NFC has a boundary before `scalar` (text can be normalized in pieces cut there).
    static func nfcBoundaryBefore(_ scalar: UInt32) -> Bool {
        var status = U_ZERO_ERROR
        guard let normalizer = cicu_nfc(&status), cicu_failure(status) == 0 else { return true }
        return cicu_unorm2_hasBoundaryBefore(normalizer, Int32(bitPattern: scalar)) != 0
    }

    /// Unicode full case folding (ß → ss, Σ → σ), the form for case-insensitive matching.
    static func foldCase(_ s: some StringProtocol) -> String {
        let source = Array(s.utf16)
        return transform(source) { dest, capacity, status in
            cicu_u_strFoldCase(dest, capacity, source, Int32(source.count), status)
        } ?? String(s)
    }

    /// Whether the scalar is a nonspacing combining mark (an accent once decomposed).
    static func isNonspacingMark(_ scalar: UInt32) -> Bool {
        cicu_u_charType(Int32(bitPattern: scalar)) == Int8(U_NON_SPACING_MARK.rawValue)
    }

    /// Runs an ICU function that writes UTF-16, growing the buffer once if it is too small.
    private static func transform(
        _ source: [UInt16],
        _ call: (_ dest: UnsafeMutablePointer<UChar>, _ capacity: Int32, _ status: UnsafeMutablePointer<UErrorCode>) -> Int32
    ) -> String? {
        var capacity = max(16, source.count * 3 / 2 + 8)
        for _ in 0..<2 {
            var status = U_ZERO_ERROR
            var buffer = [UInt16](repeating: 0, count: capacity)
            let length = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress!, Int32(capacity), &status) }
            if status == U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(length) + 1
                continue
            }
            guard cicu_failure(status) == 0 else { return nil }
            return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        }
        return nil
    }
}

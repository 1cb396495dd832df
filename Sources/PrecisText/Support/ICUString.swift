internal import CPrecisICU

/// String transforms through ICU's UTF-16 APIs: NFC/NFD normalization and full case folding.
enum ICUString {
    enum Form { case nfc, nfd }

    /// `s` normalized to `form`, or `s` unchanged if ICU fails (it only fails on allocation).
    static func normalize(_ s: some StringProtocol, to form: Form) -> String {
        let source = Array(s.utf16)
        let code = Int32(form == .nfc ? PRECIS_NFC : PRECIS_NFD)
        return transform(source) { dest, capacity, status in
            precis_normalize(code, source, Int32(source.count), dest, capacity, status)
        } ?? String(s)
    }

    /// Whether `s` is in NFC.
    static func isNFC(_ s: some StringProtocol) -> Bool {
        let source = Array(s.utf16)
        var status: Int32 = 0
        let result = precis_is_nfc(source, Int32(source.count), &status)
        return result != 0 || precis_icu_failed(status) != 0
    }

    /// Whether NFC has a boundary before `scalar` (text can be normalized in pieces cut there).
    static func nfcBoundaryBefore(_ scalar: UInt32) -> Bool {
        precis_nfc_boundary_before(scalar) != 0
    }

    /// Unicode full case folding (ß → ss, Σ → σ), the form for case-insensitive matching.
    static func foldCase(_ s: some StringProtocol) -> String {
        let source = Array(s.utf16)
        return transform(source) { dest, capacity, status in
            precis_fold_case(source, Int32(source.count), dest, capacity, status)
        } ?? String(s)
    }

    /// Whether the scalar is a nonspacing combining mark (an accent once decomposed).
    static func isNonspacingMark(_ scalar: UInt32) -> Bool {
        precis_is_nonspacing_mark(scalar) != 0
    }

    /// Runs an ICU function that writes UTF-16, growing the buffer once if it is too small.
    private static func transform(
        _ source: [UInt16],
        _ call: (_ dest: UnsafeMutablePointer<UInt16>, _ capacity: Int32, _ status: UnsafeMutablePointer<Int32>) -> Int32
    ) -> String? {
        var capacity = max(16, source.count * 3 / 2 + 8)
        for _ in 0..<2 {
            var status: Int32 = 0
            var buffer = [UInt16](repeating: 0, count: capacity)
            let length = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress!, Int32(capacity), &status) }
            if status == precis_icu_buffer_overflow() {
                capacity = Int(length) + 1
                continue
            }
            guard precis_icu_failed(status) == 0 else { return nil }
            return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        }
        return nil
    }
}

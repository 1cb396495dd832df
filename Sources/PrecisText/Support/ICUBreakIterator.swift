internal import CPrecisICU

/// An ICU break iterator over UTF-8 bytes, reporting boundaries as byte offsets.
///
/// ICU's UTF-8 `UText` lets the iterator read the caller's bytes in place: no UTF-16 copy, and
/// ICU's native indices are already UTF-8 offsets. Iterators are cloned from one template per
/// kind and locale (opening one parses rules; cloning is cheap), so each call owns its iterator
/// and the type is safe to use from any thread.
final class ICUBreakIterator {
    enum Kind: Hashable, Sendable { case sentence, word }

    private let iterator: UnsafeMutableRawPointer
    private var text: UnsafeMutableRawPointer?
    private var base = 0
    /// The UTF-16 copy of the text given to ``setUTF16Text(_:range:)``, with the UTF-8 byte
    /// length of each of its code units (0 for the second unit of a surrogate pair), to map
    /// boundaries back to byte offsets; empty after ``setText(_:range:)``.
    private var utf16: [UInt16] = []
    private var utf8Lengths: [UInt8] = []

    /// Opens an iterator of `kind` for `locale` (`fr@ss=standard`, `en`, …).
    ///
    /// - Throws: ``ICUError`` when ICU cannot open one (missing data); the message says why.
    init(kind: Kind, locale: String) throws(ICUError) {
        let template = try Self.template(kind: kind, locale: locale)
        var status: Int32 = 0
        guard let clone = precis_ubrk_clone(template.pointer, &status), precis_icu_failed(status) == 0 else {
            throw ICUError(operation: "ubrk_clone", status: status)
        }
        iterator = clone
    }

    deinit {
        precis_ubrk_close(iterator)
        if let text { precis_utext_close(text) }
    }

    /// Points the iterator at `range` of `bytes`; boundaries come back as offsets into `bytes`.
    func setText(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws(ICUError) {
        var status: Int32 = 0
        let start = bytes.baseAddress.map { UnsafeRawPointer($0 + range.lowerBound) }
        let chars = start?.assumingMemoryBound(to: CChar.self)
        text = precis_utext_open_utf8(text, chars, Int64(range.count), &status)
        guard precis_icu_failed(status) == 0, let text else { throw ICUError(operation: "utext_openUTF8", status: status) }
        precis_ubrk_set_text(iterator, text, &status)
        guard precis_icu_failed(status) == 0 else { throw ICUError(operation: "ubrk_setUText", status: status) }
        base = range.lowerBound
        utf16.removeAll(keepingCapacity: true)
        utf8Lengths.removeAll(keepingCapacity: true)
    }

    /// Points the iterator at `range` of `bytes` through a UTF-16 copy, which ICU iterates
    /// faster than UTF-8 in place (it reads UTF-16 directly; UTF-8 goes through a UText that
    /// converts small chunks). Boundaries still come back as offsets into `bytes`, and are
    /// the same as with ``setText(_:range:)``: both present ICU the same code points.
    ///
    /// - Precondition: `bytes[range]` is valid UTF-8 (as the bytes of a Swift `String` are).
    /// - Complexity: O(*n*) in the length of the range, for the copy.
    func setUTF16Text(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws(ICUError) {
        // Both arrays are written through pointers: a UTF-16 copy never has more units than
        // the UTF-8 text has bytes.
        var count = 0
        let n = max(range.count, 1)   // never fill the shared empty array storage in place
        var lengths: [UInt8] = []
        let units = [UInt16](unsafeUninitializedCapacity: n) { units, unitCount in
            lengths = [UInt8](unsafeUninitializedCapacity: n) { lengths, lengthCount in
                var i = range.lowerBound
                let end = range.upperBound
                while i < end {
                    // Eight ASCII bytes at a time (most of French text), then one scalar.
                    if i + 8 <= end,
                       UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for k in 0..<8 {
                            units[count + k] = UInt16(bytes[i + k])
                            lengths[count + k] = 1
                        }
                        count += 8
                        i += 8
                        continue
                    }
                    let b = bytes[i]
                    if b < 0x80 {
                        units[count] = UInt16(b)
                        lengths[count] = 1
                        count += 1
                        i += 1
                        continue
                    }
                    let (v, length) = UTF8Scalars.decode(bytes, at: i)
                    if v >= 0x10000 {
                        units[count] = UInt16(truncatingIfNeeded: 0xD800 + ((v - 0x10000) >> 10))
                        units[count + 1] = UInt16(truncatingIfNeeded: 0xDC00 + ((v - 0x10000) & 0x3FF))
                        lengths[count] = UInt8(length)
                        lengths[count + 1] = 0
                        count += 2
                    } else {
                        units[count] = UInt16(truncatingIfNeeded: v)
                        lengths[count] = UInt8(length)
                        count += 1
                    }
                    i += length
                }
                lengthCount = count
            }
            unitCount = count
        }
        self.utf16 = units
        self.utf8Lengths = lengths
        var status: Int32 = 0
        utf16.withUnsafeBufferPointer { units in
            precis_ubrk_set_text_utf16(iterator, units.baseAddress, Int32(units.count), &status)
        }
        guard precis_icu_failed(status) == 0 else { throw ICUError(operation: "ubrk_setText", status: status) }
        base = range.lowerBound
    }

    /// Calls `body` with each boundary after the start (and the rule status that ended the
    /// segment before it), in order.
    func forEachBoundary(_ body: (_ offset: Int, _ ruleStatus: Int32) -> Void) {
        _ = precis_ubrk_first(iterator)
        // After setUTF16Text, boundaries are UTF-16 indices: walk the lengths to byte offsets
        // (boundaries come in increasing order, so the walk is linear overall).
        var unit = 0
        var offset = base
        let utf8Lengths = self.utf8Lengths
        while true {
            let next = precis_ubrk_next(iterator)
            if next < 0 { return }
            if utf8Lengths.isEmpty {
                body(base + Int(next), precis_ubrk_rule_status(iterator))
            } else {
                let target = min(Int(next), utf8Lengths.count)
                while unit < target {
                    offset += Int(utf8Lengths[unit])
                    unit += 1
                }
                body(offset, precis_ubrk_rule_status(iterator))
            }
        }
    }

    // MARK: reuse

    /// Iterators handed back after use, by template key: the next call of
    /// ``withIterator(kind:locale:_:)`` takes one instead of cloning (a clone of a filtered
    /// sentence iterator costs more than segmenting a short article's paragraph).
    nonisolated(unsafe) private static var idle: [String: [ICUBreakIterator]] = [:]

    /// Calls `body` with an iterator of `kind` for `locale` (or `nil` when ICU cannot open
    /// one), reusing an idle one when there is one; the iterator goes back to the pool after.
    ///
    /// Each call owns its iterator for the duration, so concurrent callers never share one.
    static func withIterator<R>(kind: Kind, locale: String, _ body: (ICUBreakIterator?) -> R) -> R {
        let key = "\(kind):\(locale)"
        let reused = lock.withLock { idle[key]?.popLast() }
        guard let iterator = reused ?? (try? ICUBreakIterator(kind: kind, locale: locale)) else { return body(nil) }
        defer {
            lock.withLock {
                if idle[key, default: []].count < 8 { idle[key, default: []].append(iterator) }
            }
        }
        return body(iterator)
    }

    // MARK: templates

    private final class Template: @unchecked Sendable {
        // Only ever read (cloned from) after creation; ubrk_clone does not modify its source.
        let pointer: UnsafeMutableRawPointer
        init(pointer: UnsafeMutableRawPointer) { self.pointer = pointer }
    }

    private static let lock = Lock()
    nonisolated(unsafe) private static var templates: [String: Template] = [:]

    private static func template(kind: Kind, locale: String) throws(ICUError) -> Template {
        let key = "\(kind):\(locale)"
        return try lock.withLock { () throws(ICUError) -> Template in
            if let existing = templates[key] { return existing }
            var status: Int32 = 0
            let type = Int32(kind == .sentence ? PRECIS_BREAK_SENTENCE : PRECIS_BREAK_WORD)
            guard let pointer = precis_ubrk_open(type, locale, &status), precis_icu_failed(status) == 0 else {
                throw ICUError(operation: "ubrk_open(\(locale))", status: status)
            }
            let template = Template(pointer: pointer)
            templates[key] = template
            return template
        }
    }
}

/// An ICU call that failed.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// The ICU function that failed.
    public var operation: String
    /// ICU's error name, such as `U_MEMORY_ALLOCATION_ERROR`.
    public var name: String

    init(operation: String, status: Int32) {
        self.operation = operation
        self.name = String(cString: precis_icu_error_name(status))
    }

    public var description: String {
        "ICU \(operation) failed with \(name); check that the system ICU (libicu-dev) is installed and its data is complete"
    }
}

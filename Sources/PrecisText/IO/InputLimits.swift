#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The most input Precis takes in one piece, so that a hostile or mistaken file costs bounded
/// memory and time and is refused with a message naming the limit, instead of a crash or a
/// multi-gigabyte allocation.
///
/// | limit | default | `precis` flag |
/// |---|---|---|
/// | ``maximumInputBytes``: a file read whole (text, glossary, model, cache) | 64 MiB | `--max-input-bytes` |
/// | ``maximumLineBytes``: one line of text, JSON Lines or a TSV/CSV glossary | 8 MiB | `--max-line-bytes` |
/// | ``maximumGlossaryEntries``: entries read from one glossary file | 1,000,000 | `--max-glossary-entries` |
/// | ``maximumXMLDepth``: element nesting of a TBX file | 64 | `--max-xml-depth` |
///
/// XML entity declarations are not limited but refused outright (TBX never needs them), which
/// blocks billion-laughs and external-entity (XXE) attacks.
///
/// ```swift
/// var limits = InputLimits()
/// limits.maximumInputBytes = 1 << 20
/// try limits.checkFileSize("article.txt")   // throws InputLimitError if over 1 MiB
/// ```
public struct InputLimits: Sendable, Hashable {
    /// One of the limits, with the names messages use.
    public enum Limit: String, Sendable, Hashable, CaseIterable {
        case inputBytes, lineBytes, glossaryEntries, xmlDepth

        /// The `precis` flag that sets it.
        public var flag: String {
            switch self {
            case .inputBytes: "--max-input-bytes"
            case .lineBytes: "--max-line-bytes"
            case .glossaryEntries: "--max-glossary-entries"
            case .xmlDepth: "--max-xml-depth"
            }
        }

        /// What it limits, for messages.
        public var name: String {
            switch self {
            case .inputBytes: "input size limit"
            case .lineBytes: "line length limit"
            case .glossaryEntries: "glossary entry limit"
            case .xmlDepth: "XML depth limit"
            }
        }

        /// Its unit, for messages ("bytes", "entries", "levels").
        public var unit: String {
            switch self {
            case .inputBytes, .lineBytes: "bytes"
            case .glossaryEntries: "entries"
            case .xmlDepth: "levels"
            }
        }
    }

    /// The largest file read whole, in bytes (default 64 MiB).
    public var maximumInputBytes: Int = InputLimits.defaultMaximumInputBytes
    /// The longest line, in bytes without its line feed (default 8 MiB).
    public var maximumLineBytes: Int = InputLimits.defaultMaximumLineBytes
    /// The most entries one glossary file may give (default 1,000,000).
    public var maximumGlossaryEntries: Int = InputLimits.defaultMaximumGlossaryEntries
    /// The deepest element nesting of a TBX file (default 64).
    public var maximumXMLDepth: Int = InputLimits.defaultMaximumXMLDepth

    public static let defaultMaximumInputBytes = 64 << 20
    public static let defaultMaximumLineBytes = 8 << 20
    public static let defaultMaximumGlossaryEntries = 1_000_000
    public static let defaultMaximumXMLDepth = 64

    public init() {}

    /// The value of `limit`.
    public func maximum(_ limit: Limit) -> Int {
        switch limit {
        case .inputBytes: maximumInputBytes
        case .lineBytes: maximumLineBytes
        case .glossaryEntries: maximumGlossaryEntries
        case .xmlDepth: maximumXMLDepth
        }
    }

    /// Throws if the file at `path` is a regular file larger than ``maximumInputBytes``; says
    /// nothing about a missing file, a pipe or a device (reading finds those out).
    public func checkFileSize(_ path: String) throws(InputLimitError) {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
        let size = Int(status.st_size)
        if size > maximumInputBytes {
            throw InputLimitError(limit: .inputBytes, maximum: maximumInputBytes, actual: size, path: path)
        }
    }

    /// The first line of `bytes` longer than ``maximumLineBytes`` (its 1-based number and
    /// length, without the line feed and a carriage return before it), if any.
    ///
    /// - Complexity: O(`bytes.count`), with `memchr`.
    public func firstLongLine(in bytes: UnsafeRawBufferPointer) -> (line: Int, length: Int)? {
        guard let base = bytes.baseAddress, bytes.count > maximumLineBytes else { return nil }
        var start = 0
        var line = 1
        while start <= bytes.count {
            let end: Int
            if start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                end = UnsafeRawPointer(found) - base
            } else {
                end = bytes.count
            }
            var length = end - start
            if length > 0, bytes[end - 1] == 0x0D { length -= 1 }
            if length > maximumLineBytes { return (line, length) }
            line += 1
            start = end + 1
        }
        return nil
    }

    /// Throws for the first line of `bytes` over ``maximumLineBytes``, naming `path` and the line.
    public func checkLines(_ bytes: UnsafeRawBufferPointer, path: String) throws(InputLimitError) {
        if let long = firstLongLine(in: bytes) {
            throw InputLimitError(limit: .lineBytes, maximum: maximumLineBytes, actual: long.length, path: path, line: long.line)
        }
    }
}

/// Input over one of the ``InputLimits``: its description names the file (and line), the limit
/// and the `precis` flag that raises it.
///
/// ```swift
/// // big.txt:1: the line is 52428800 bytes long, over the line length limit of 8388608 bytes;
/// // split the line, or raise the limit with --max-line-bytes
/// ```
public struct InputLimitError: Error, Sendable, Hashable, CustomStringConvertible {
    public var limit: InputLimits.Limit
    /// The limit's value.
    public var maximum: Int
    /// The size found, when known (`nil`: more than ``maximum``).
    public var actual: Int?
    /// The file, or `<stdin>`.
    public var path: String
    /// The 1-based line, for a line or an element.
    public var line: Int?

    public init(limit: InputLimits.Limit, maximum: Int, actual: Int? = nil, path: String, line: Int? = nil) {
        self.limit = limit
        self.maximum = maximum
        self.actual = actual
        self.path = path
        self.line = line
    }

    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        let size = actual.map { "\($0)" } ?? "more than \(maximum)"
        let what: String
        let advice: String
        switch limit {
        case .inputBytes:
            what = "the input is \(size) bytes"
            advice = "split the input"
        case .lineBytes:
            what = "the line is \(size) bytes long"
            advice = "split the line"
        case .glossaryEntries:
            what = "the glossary has \(size) entries"
            advice = "split the glossary"
        case .xmlDepth:
            what = "the XML nests \(size) elements deep"
            advice = "check the file (TBX needs about 10 levels)"
        }
        return "\(place): \(what), over the \(limit.name) of \(maximum) \(limit.unit); \(advice), or raise the limit with \(limit.flag)"
    }
}

import PrecisText

/// A problem found in a glossary file, located and explained.
///
/// Its description reads `FILE:LINE[:COLUMN]: message; suggestion`, the form editors and CI
/// logs link to.
///
/// ```swift
/// // news.tsv:4:1: empty source term; write the French term in column 1 or delete the line
/// ```
public struct GlossaryIssue: Sendable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable {
        /// The entry (or file) cannot be used: skipped when loading leniently, fatal when strict.
        case error
        /// The entry is usable but suspicious (a duplicate with the same targets, say).
        case warning
    }

    public var severity: Severity
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column in characters, when the problem has a precise place.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var suggestion: String

    public init(_ severity: Severity, file: String, line: Int, column: Int? = nil, message: String, suggestion: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.suggestion = suggestion
    }

    public var description: String {
        let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        let prefix = severity == .warning ? "warning: " : ""
        return "\(place): \(prefix)\(message); \(suggestion)"
    }
}

/// A glossary that could not be loaded at all, or (in strict mode) had any problem.
public enum GlossaryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The format could not be told from the name or the content.
    case unknownFormat(path: String)
    /// Strict mode: these problems were found.
    case invalid([GlossaryIssue])
    /// The file goes past one of the loader's ``InputLimits``.
    case limit(InputLimitError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the glossary (\(reason)); check the path and permissions"
        case .unknownFormat(let path):
            "\(path): unknown glossary format; name it .tsv (DeepL), .csv (Google), .utf8/.txt/.tab (OmegaT), .tbx (TBX) or .index/.dict/.dict.dz (dictd)"
        case .invalid(let issues):
            issues.map(\.description).joined(separator: "\n")
        case .limit(let error):
            error.description
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be read or written, with the system's reason.
///
/// ```swift
/// do { try AtomicFile.write(bytes, to: "full/model.idf") }
/// catch { print(error) }  // full/model.idf: cannot write (No space left on device); free some disk space; the previous file was left intact
/// ```
public struct FileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file's path.
    public var path: String
    /// What was being done: "open", "write", "replace", …
    public var operation: String
    /// The system error number (`errno`).
    public var code: Int32
    /// Whether a file was at `path` before a failed replacement, and is still there unchanged.
    public var previousFileKept: Bool

    public init(path: String, operation: String, code: Int32, previousFileKept: Bool = false) {
        self.path = path
        self.operation = operation
        self.code = code
        self.previousFileKept = previousFileKept
    }

    public var description: String {
        let reason = String(cString: strerror(code))
        var advice: String
        switch code {
        case ENOENT: advice = "check that the path and its directory exist"
        case EACCES, EPERM: advice = "check the permissions"
        case ENOSPC: advice = "free some disk space"
        case EDQUOT: advice = "free some space or raise the disk quota"
        case EFBIG: advice = "the file is larger than the size limit allows (see `ulimit -f`)"
        case EROFS: advice = "the file system is read-only; write elsewhere"
        case EISDIR: advice = "give a file path, not a directory"
        default: advice = "check the path"
        }
        if previousFileKept { advice += "; the previous file was left intact" }
        return "\(path): cannot \(operation) (\(reason)); \(advice)"
    }
}

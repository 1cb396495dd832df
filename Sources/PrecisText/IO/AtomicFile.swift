#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees either the old content or the new, never a torn file.
///
/// The bytes go to a temporary file in the same directory, which is flushed to disk
/// (`fsync`) and then renamed over the destination; the directory is synced too, so the rename
/// survives a crash. If anything fails, the temporary file is removed and the previous file is
/// left untouched.
///
/// ```swift
/// try AtomicFile.write(Array("hello\n".utf8), to: "out/model.idf")
/// ```
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`, atomically and durably.
    ///
    /// - Throws: ``FileError`` naming the path and the system's reason (full disk, permissions,
    ///   missing directory).
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let directory = Self.directory(of: path)
        var template = Array("\(directory)/.\(Self.basename(of: path)).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileError(path: path, operation: "create a temporary file beside", code: errno) }
        let temporary = String(cString: template.map { UInt8(bitPattern: $0) }.dropLast() + [0])
        // mkstemp creates the file 0600; give it the mode a new file would have (or the old one's).
        var status = stat()
        if stat(path, &status) == 0 {
            fchmod(fd, status.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
        }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        let writeError: Int32 = bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let n = Glibc_write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return 0
        }
        if writeError != 0 {
            close(fd)
            throw FileError(path: path, operation: "write", code: writeError)
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            throw FileError(path: path, operation: "flush to disk", code: code)
        }
        guard close(fd) == 0 else { throw FileError(path: path, operation: "close", code: errno) }
        guard rename(temporary, path) == 0 else { throw FileError(path: path, operation: "replace", code: errno) }
        ok = true
        let directoryFD = open(directory, O_RDONLY)
        if directoryFD >= 0 {
            _ = fsync(directoryFD)
            close(directoryFD)
        }
    }

    /// Reads the whole file at `path`: one buffer of the file's size, filled by one `read` for a
    /// regular file (then one more that finds the end); a file that grows meanwhile, or a pipe,
    /// is read to its end all the same.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FileError(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        var status = stat()
        let size = fstat(fd, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 0
        // One byte more than the size, so that the call that finds the end needs no growing.
        var result = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == result.count { result.append(contentsOf: repeatElement(0, count: max(1 << 16, result.count))) }
            let n = result.withUnsafeMutableBytes { Glibc_read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "read", code: errno)
            }
            if n == 0 { break }
            count += n
        }
        result.removeLast(result.count - count)
        return result
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func basename(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

@inline(__always) private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
@inline(__always) private func Glibc_read(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }

/// A file that could not be read or written, with the system's reason.
public struct FileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file's path.
    public var path: String
    /// What was being done: "open", "write", "replace", …
    public var operation: String
    /// The system error number (`errno`).
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        let reason = String(cString: strerror(code))
        let advice: String
        switch code {
        case ENOENT: advice = "check that the path and its directory exist"
        case EACCES, EPERM: advice = "check the permissions"
        case ENOSPC: advice = "free some disk space; the previous file was left intact"
        case EISDIR: advice = "give a file path, not a directory"
        default: advice = "check the path"
        }
        return "\(path): cannot \(operation) (\(reason)); \(advice)"
    }
}

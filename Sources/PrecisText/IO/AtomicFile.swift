#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CPrecisFiles

/// Writes files so that a reader sees either the old content or the new, never a torn file.
///
/// The bytes go to a temporary file in the same directory (`.NAME.tmp-XXXXXX`), which is
/// flushed to disk (`fsync`) and then renamed over the destination; the directory is synced
/// too, so the rename survives a crash. If anything fails (a full disk, a size limit), the
/// temporary file is removed and the previous file is left untouched. Output that streams uses
/// ``Writer``; a program that calls ``removeTemporaryFilesOnInterrupt()`` also loses no
/// temporary file to SIGINT, SIGTERM or SIGHUP (only `kill -9` or a crash can leave one).
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
        let writer = try Writer(path: path)
        try writer.write(bytes)
        try writer.commit()
    }

    /// Makes SIGINT, SIGTERM and SIGHUP remove the temporary files of every ``Writer`` not yet
    /// committed, then end the process as the signal would have (a shell sees status 130, 143
    /// or 129). Installed once, whatever the number of calls; a signal the process inherited as
    /// ignored stays ignored. Meant for a program's start, as `precis` does.
    ///
    /// The handler only calls `unlink` on paths kept in a fixed C table: it is
    /// async-signal-safe. `kill -9` cannot be caught: after one, a stale `.NAME.tmp-XXXXXX`
    /// may remain beside the destination, which itself is whole (old or new).
    public static func removeTemporaryFilesOnInterrupt() {
        precis_temporary_install_interrupt_cleanup()
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
            let n = result.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + count, $0.count - count) }
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

@inline(__always) func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
@inline(__always) func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }

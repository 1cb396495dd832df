#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CPrecisFiles

extension AtomicFile {
    /// A file written in pieces, atomically: bytes stream into a temporary file beside the
    /// destination (`.NAME.tmp-XXXXXX`), and ``commit()`` flushes it to disk and renames it over
    /// the destination.
    ///
    /// Until `commit()` succeeds the destination is untouched. A writer dropped without a
    /// commit, or whose write or commit failed, removes its temporary file; so do SIGINT and
    /// SIGTERM once ``AtomicFile/removeTemporaryFilesOnInterrupt()`` was called. Memory stays
    /// bounded: bytes are written out in 64 KiB blocks.
    ///
    /// ```swift
    /// let out = try AtomicFile.Writer(path: "results.jsonl")
    /// for line in lines { try out.write(line + "\n") }
    /// try out.commit()
    /// ```
    public final class Writer {
        /// The destination.
        public let path: String
        /// The temporary file the bytes go to until ``commit()``.
        public let temporaryPath: String
        private var descriptor: Int32
        private let slot: Int32
        private let previousFileExists: Bool
        private var buffer: [UInt8] = []
        private var finished = false
        private static let blockSize = 1 << 16

        /// Creates the temporary file beside `path`; `path` itself is not touched yet.
        ///
        /// Opening the writer before long work makes an unwritable destination fail at once.
        /// The new file gets the previous file's permissions, or those of any new file.
        /// - Throws: ``FileError`` when the directory is missing or not writable.
        public init(path: String) throws(FileError) {
            self.path = path
            let prefix = "\(AtomicFile.directory(of: path))/.\(AtomicFile.basename(of: path)).tmp-"
            var name = [CChar](repeating: 0, count: prefix.utf8.count + 16)
            var slot: Int32 = -1
            let fd = precis_temporary_create(prefix, &name, name.count, &slot)
            guard fd >= 0 else { throw FileError(path: path, operation: "create a temporary file beside", code: errno) }
            descriptor = fd
            self.slot = slot
            temporaryPath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            var status = stat()
            previousFileExists = stat(path, &status) == 0
            if previousFileExists { fchmod(fd, status.st_mode & 0o7777) }
            buffer.reserveCapacity(Self.blockSize)
        }

        deinit {
            if !finished { abandon() }
        }

        /// Appends `bytes`.
        /// - Throws: ``FileError`` (full disk, size limit); the temporary file is then removed.
        public func write(_ bytes: some Collection<UInt8>) throws(FileError) {
            precondition(!finished, "AtomicFile.Writer used after commit or failure")
            if buffer.count + bytes.count > Self.blockSize { try flush() }
            if bytes.count >= Self.blockSize {
                let code = bytes.withContiguousStorageIfAvailable { writeAll(UnsafeRawBufferPointer($0)) }
                if let code {
                    if code != 0 { throw failure("write", code) }
                    return
                }
            }
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.blockSize { try flush() }
        }

        /// Appends `text` as UTF-8.
        public func write(_ text: some StringProtocol) throws(FileError) {
            try write(text.utf8)
        }

        /// Writes what is buffered, syncs the file and renames it over the destination, then
        /// syncs the directory so the rename is durable too.
        /// - Throws: ``FileError``; the destination is then as it was.
        public func commit() throws(FileError) {
            try flush()
            guard fsync(descriptor) == 0 else { throw failure("flush to disk", errno) }
            let fd = descriptor
            descriptor = -1
            guard close(fd) == 0 else { throw failure("close", errno) }
            guard rename(temporaryPath, path) == 0 else { throw failure("replace", errno) }
            finished = true
            precis_temporary_forget(slot)
            let directory = open(AtomicFile.directory(of: path), O_RDONLY)
            if directory >= 0 {
                _ = fsync(directory)
                close(directory)
            }
        }

        /// Removes the temporary file and leaves the destination as it was.
        public func discard() {
            if !finished { abandon() }
        }

        private func flush() throws(FileError) {
            guard !buffer.isEmpty else { return }
            let code = buffer.withUnsafeBytes { writeAll($0) }
            guard code == 0 else { throw failure("write", code) }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Writes all of `bytes` to the temporary file; returns 0 or the error number.
        private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Int32 {
            var written = 0
            while written < bytes.count {
                let n = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return 0
        }

        private func failure(_ operation: String, _ code: Int32) -> FileError {
            abandon()
            return FileError(path: path, operation: operation, code: code, previousFileKept: previousFileExists)
        }

        private func abandon() {
            finished = true
            if descriptor >= 0 {
                close(descriptor)
                descriptor = -1
            }
            unlink(temporaryPath)
            precis_temporary_forget(slot)
            buffer = []
        }
    }
}

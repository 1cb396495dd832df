import Foundation

/// A file written through a temporary file in the same folder, flushed to disk and renamed
/// over the target on `commit()`: readers see the old file or the whole new one, never a torn
/// one. Without `commit()` (an error, an interruption), the temporary file is removed and the
/// target is untouched.
final class AtomicOutput {
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CLIError.output("\(path): cannot write in \(folder) (\(String(cString: strerror(errno)))); check that the folder exists and is writable")
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    func write(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw CLIError.output("\(path): write failed (\(String(cString: strerror(errno)))); the previous file is unchanged")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the temporary file over the target.
    func commit() throws {
        try flush()
        guard fsync(descriptor) == 0 else {
            throw CLIError.output("\(path): cannot sync to disk (\(String(cString: strerror(errno)))); the previous file is unchanged")
        }
        close(descriptor)
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CLIError.output("\(path): cannot replace it (\(reason)); the previous file is unchanged")
        }
    }
}

import Precis

/// The CLI's output file (`-o`): an ``AtomicFile/Writer`` opened before the work starts, so an
/// unwritable destination fails at once, whose errors become exit code 4.
///
/// Readers see the old file or the whole new one, never a torn one. Without `commit()` (an
/// error, SIGINT or SIGTERM), the temporary file is removed and the target is untouched.
final class AtomicOutput {
    private let writer: AtomicFile.Writer

    var path: String { writer.path }

    init(path: String) throws {
        do {
            writer = try AtomicFile.Writer(path: path)
        } catch {
            throw CLIError.output(error.description)
        }
    }

    /// Appends `line` and a newline.
    func write(_ line: String) throws {
        do {
            try writer.write(line.utf8)
            try writer.write(CollectionOfOne(0x0A))
        } catch {
            throw CLIError.output(error.description)
        }
    }

    /// Appends `bytes` as they are.
    func write(bytes: [UInt8]) throws {
        do {
            try writer.write(bytes)
        } catch {
            throw CLIError.output(error.description)
        }
    }

    /// Flushes, syncs and renames the temporary file over the target.
    func commit() throws {
        do {
            try writer.commit()
        } catch {
            throw CLIError.output(error.description)
        }
    }
}

import Foundation
import PrecisText

/// A progress line on standard error — records, records/s, MB/s and, when the input size is
/// known, the share done and the time left — shown only when standard error is a terminal.
final class Progress {
    let label: String
    let totalBytes: Int?
    let enabled: Bool
    private(set) var count = 0
    private(set) var bytes = 0
    private let start = Date()
    private var lastDrawn = Date.distantPast

    init(label: String, totalBytes: Int?, enabled: Bool = isatty(2) != 0 && Messages.verbosity > .quiet) {
        self.label = label
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    /// Counts `n` more records of `bytes` input bytes; redraws at most ten times a second.
    func advance(by n: Int, bytes: Int) {
        count += n
        self.bytes += bytes
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\r" + Self.line(label: label, count: count, bytes: self.bytes, totalBytes: totalBytes,
                                                              seconds: now.timeIntervalSince(start)) + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + Self.line(label: label, count: count, bytes: bytes, totalBytes: nil,
                                                              seconds: Date().timeIntervalSince(start)) + "\u{1B}[K\n").utf8))
    }

    /// "12,000 records · 850/s · 3.2 MB/s · 41% · 0:42 left".
    static func line(label: String, count: Int, bytes: Int, totalBytes: Int?, seconds: Double) -> String {
        let seconds = max(seconds, 0.001)
        var parts = ["\(count.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))) \(label)",
                     "\(Int((Double(count) / seconds).rounded()))/s",
                     String(format: "%.1f MB/s", Double(bytes) / seconds / 1_000_000)]
        if let totalBytes, totalBytes > 0, bytes > 0 {
            let done = min(Double(bytes) / Double(totalBytes), 1)
            parts.append("\(Int(done * 100))%")
            let left = Int(min(seconds * (1 - done) / done, 359_999).rounded())   // at most 99:59:59
            parts.append(String(format: "%d:%02d left", left / 60, left % 60))
        }
        return parts.joined(separator: " · ")
    }

    /// The total size of the inputs when it is known: regular files, gzip ones by the size their
    /// trailer records (exact below 4 GiB uncompressed); nil for standard input or a pipe.
    static func expectedBytes(of paths: [String]) -> Int? {
        guard !paths.isEmpty else { return nil }
        var total = 0
        for path in paths {
            var status = stat()
            guard path != "-", stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            let size = Int(status.st_size)
            guard path.hasSuffix(".gz") else { total += size; continue }
            guard size >= 18, let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            guard (try? handle.seek(toOffset: UInt64(size - 4))) != nil, let trailer = try? handle.read(upToCount: 4), trailer.count == 4 else { return nil }
            let inflated = trailer.reversed().reduce(0) { $0 << 8 | Int($1) }
            guard inflated >= size else { return nil }   // over 4 GiB, or several members: unknown
            total += inflated
        }
        return total
    }
}

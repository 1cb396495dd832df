import CZlib
import Foundation
import Precis

/// Reads the documents of a corpus: text files (one document each), directories (every file
/// below, sorted), JSON Lines (`.jsonl`, one document per line in a text field), any of them
/// gzip-compressed (`.gz`). Documents stream in batches, so memory stays bounded whatever the
/// corpus size.
struct DocumentSource {
    var paths: [String]
    /// The JSON field that holds a document's text.
    var field: String = "text"
    /// Documents per batch handed to `body`.
    var batchSize: Int = 2_000
    /// A text file may inflate to at most `maximumInputBytes`; a JSON line may hold at most
    /// `maximumLineBytes` (a longer one is skipped and reported).
    var limits = InputLimits()

    /// Calls `body` with successive batches of documents; returns the number of bad JSON lines
    /// skipped (each reported on standard error).
    func forEachBatch(_ body: ([String]) throws -> Void) throws -> Int {
        var batch: [String] = []
        var skipped = 0
        func emit(_ document: String) throws {
            batch.append(document)
            if batch.count >= batchSize {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        for path in try expandedPaths() {
            if Self.isJSONLines(path) {
                var lineNumber = 0
                try Self.forEachLine(path, maximumLineBytes: limits.maximumLineBytes) { item in
                    lineNumber += 1
                    guard case .line(let line) = item else {
                        skipped += 1
                        if case .tooLong(let length) = item {
                            Messages.warning("\(path):\(lineNumber): skipped: " + InputLimitError(
                                limit: .lineBytes, maximum: limits.maximumLineBytes, actual: length, path: path, line: lineNumber)
                                .description.replacingOccurrences(of: "\(path):\(lineNumber): ", with: ""))
                        }
                        return
                    }
                    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                          let text = object[field] as? String else {
                        skipped += 1
                        Messages.warning("\(path):\(lineNumber): skipped: not a JSON object with a \"\(field)\" string")
                        return
                    }
                    try emit(text)
                }
            } else {
                try emit(try InputText.decode(try Self.readBytes(path, maximumBytes: limits.maximumInputBytes), name: path))
            }
        }
        if !batch.isEmpty { try body(batch) }
        return skipped
    }

    /// Files named, with directories expanded to their regular files (sorted, hidden files skipped).
    func expandedPaths() throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.input("\(path): no such file or directory; check the path")
            }
            if isDirectory.boolValue {
                guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                    throw CLIError.input("\(path): cannot list the directory; check its permissions")
                }
                var files: [String] = []
                for case let relative as String in enumerator {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var isSubdirectory: ObjCBool = false
                    if (relative as NSString).lastPathComponent.hasPrefix(".") { continue }
                    if FileManager.default.fileExists(atPath: full, isDirectory: &isSubdirectory), !isSubdirectory.boolValue {
                        files.append(full)
                    }
                }
                result += files.sorted()
            } else {
                result.append(path)
            }
        }
        return result
    }

    static func isJSONLines(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".jsonl.gz") || path.hasSuffix(".ndjson") || path.hasSuffix(".ndjson.gz")
    }

    /// The file's bytes, decompressed when it is gzip (zlib reads plain files unchanged); more
    /// than `maximumBytes` of them (a decompression bomb, say) is an input error naming the limit.
    static func readBytes(_ path: String, maximumBytes: Int = InputLimits.defaultMaximumInputBytes) throws -> [UInt8] {
        var result: [UInt8] = []
        try forEachChunk(path) { chunk in
            guard result.count + chunk.count <= maximumBytes else {
                throw CLIError.input(InputLimitError(limit: .inputBytes, maximum: maximumBytes, path: path).description)
            }
            result.append(contentsOf: chunk)
        }
        return result
    }

    /// A line of a file, or the length of one over the limit (its bytes are not kept).
    enum Line {
        case line(ArraySlice<UInt8>)
        case tooLong(length: Int)
    }

    /// Calls `body` with each line of the file (without its line feed), decompressing gzip on
    /// the fly: only one chunk and one line are in memory at a time, and a line longer than
    /// `maximumLineBytes` is passed as ``Line/tooLong(length:)`` without being kept.
    static func forEachLine(_ path: String, maximumLineBytes: Int, _ body: (Line) throws -> Void) throws {
        var pending: [UInt8] = []
        var overflow = 0  // bytes of the current line past the limit: not kept
        func finish(_ rest: ArraySlice<UInt8>) throws {
            let length = pending.count + overflow + rest.count
            var end = length
            if end > 0, (rest.last ?? pending.last) == 0x0D { end -= 1 }
            if end > maximumLineBytes {
                try body(.tooLong(length: end))
            } else if pending.isEmpty {
                try body(.line(rest))
            } else {
                pending.append(contentsOf: rest)
                try body(.line(pending[...]))
            }
            pending.removeAll(keepingCapacity: pending.count <= 1 << 16)
            overflow = 0
        }
        try forEachChunk(path) { chunk in
            var start = chunk.startIndex
            while let newline = Self.lineFeed(in: chunk, from: start) {
                try finish(chunk[start..<newline])
                start = newline + 1
            }
            let rest = chunk[start...]
            if overflow > 0 || pending.count + rest.count > maximumLineBytes + 1 {
                overflow += pending.count + rest.count
                pending.removeAll()
            } else {
                pending.append(contentsOf: rest)
            }
        }
        if !pending.isEmpty || overflow > 0 { try finish([][...]) }
    }

    /// The index of the first line feed in `chunk` at or after `start` (`memchr`: a long line
    /// costs no per-byte Swift loop).
    static func lineFeed(in chunk: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard start < chunk.endIndex else { return nil }
        return chunk[start...].withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0x0A, buffer.count) else { return nil }
            return start + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
    }

    /// Calls `body` with successive decompressed chunks of the file.
    static func forEachChunk(_ path: String, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        guard let file = gzopen(path, "rb") else {
            throw CLIError.input("\(path): cannot be opened; check the path and its permissions")
        }
        defer { gzclose(file) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if n < 0 { throw CLIError.input("\(path): corrupt compressed data; check the file (gzip -t \(path))") }
            if n == 0 { return }
            try body(chunk[0..<Int(n)])
        }
    }
}

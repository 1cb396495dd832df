import CZlib
import Foundation

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
                try Self.forEachLine(path) { line in
                    lineNumber += 1
                    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                          let text = object[field] as? String else {
                        skipped += 1
                        StandardError.writeLine(
                            "precis: \(path):\(lineNumber): skipped: not a JSON object with a \"\(field)\" string")
                        return
                    }
                    try emit(text)
                }
            } else {
                try emit(try InputText.decode(Data(try Self.readBytes(path)), name: path))
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

    /// The file's bytes, decompressed when it is gzip (zlib reads plain files unchanged).
    static func readBytes(_ path: String) throws -> [UInt8] {
        var result: [UInt8] = []
        try forEachChunk(path) { result.append(contentsOf: $0) }
        return result
    }

    /// Calls `body` with each line of the file (without its line feed), decompressing gzip on
    /// the fly: only one chunk and one line are in memory at a time.
    static func forEachLine(_ path: String, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        var pending: [UInt8] = []
        try forEachChunk(path) { chunk in
            var start = chunk.startIndex
            while let newline = chunk[start...].firstIndex(of: 0x0A) {
                if pending.isEmpty {
                    try body(chunk[start..<newline])
                } else {
                    pending.append(contentsOf: chunk[start..<newline])
                    try body(pending[...])
                    pending.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            pending.append(contentsOf: chunk[start...])
        }
        if !pending.isEmpty { try body(pending[...]) }
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

import CZlib

/// gzip decompression with the system zlib, capped in size: the one place in PrecisGlossary
/// that touches unsafe memory.
///
/// dictzip files (`.dict.dz`) are gzip members with a random-access table in the header's extra
/// field; zlib skips that field, so a dictzip file inflates like any `.gz`. Concatenated members
/// inflate one after the other, as `gzip -d` does.
///
/// ```swift
/// let inflated = Gzip.inflate(compressed, keep: 4096, limit: 1 << 20)
/// inflated.bytes.count                          // at most 4096: the rest was checked, not kept
/// if case .truncated = inflated.outcome { … }   // the stream breaks off after inflated.total bytes
/// ```
enum Gzip {
    /// How decompression ended.
    enum Outcome: Sendable, Hashable {
        /// The whole stream was inflated and its checksums matched.
        case complete
        /// `limit` bytes were produced and decompression stopped there, unchecked.
        case limitReached
        /// The input ended in the middle of the stream.
        case truncated
        /// zlib refused the data, with its message ("invalid block type", "incorrect data check").
        case corrupt(String)
    }

    /// Decompressed bytes and how decompression ended.
    struct Inflated: Sendable {
        /// The first bytes of the decompressed data, up to `keep`.
        var bytes: [UInt8]
        /// How many bytes were decompressed in all (kept or not).
        var total = 0
        /// How many line feeds they held (to name the line where a damaged stream breaks).
        var newlines = 0
        var outcome: Outcome = .complete
    }

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates gzip data, keeping its first `keep` bytes and inflating (so checking) the rest
    /// up to `limit` bytes in all, whatever the input claims: memory is bounded by `keep`, time
    /// by the input size plus `limit`.
    static func inflate(_ input: [UInt8], keep: Int, limit: Int) -> Inflated {
        var result = Inflated(bytes: [])
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            result.outcome = .corrupt("zlib could not start")
            return result
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let outcome: Outcome = input.withUnsafeBufferPointer { source in
            var consumed = 0  // input bytes handed to zlib so far
            while true {
                if stream.avail_in == 0, consumed < source.count, let base = source.baseAddress {
                    let piece = min(source.count - consumed, Int(UInt32.max))
                    stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
                    stream.avail_in = UInt32(piece)
                    consumed += piece
                }
                let room = min(chunk.count, limit - result.total)
                if room <= 0 { return .limitReached }
                let status = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(room)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk[0..<(room - Int(stream.avail_out))]
                result.bytes.append(contentsOf: produced.prefix(max(0, keep - result.bytes.count)))
                result.total += produced.count
                result.newlines += produced.lazy.filter { $0 == 0x0A }.count
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    // Another gzip member may follow (gzip -d inflates them all); anything else is ignored.
                    let rest = Int(stream.avail_in) + source.count - consumed
                    guard rest >= 2, let next = stream.next_in, next[0] == 0x1F, next[1] == 0x8B else { return .complete }
                    guard inflateReset(&stream) == Z_OK else { return .corrupt("zlib could not restart") }
                case Z_BUF_ERROR:
                    // No progress was possible: the input ran out before the end of the stream.
                    return .truncated
                default:
                    return .corrupt(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
                }
            }
        }
        result.outcome = outcome
        return result
    }
}

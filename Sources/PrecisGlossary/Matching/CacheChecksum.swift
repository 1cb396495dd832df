/// The checksum that seals a compiled glossary cache: 64 bits, four independent lanes over 8-byte
/// words, so it runs at memory speed rather than a byte at a time.
///
/// Each lane step `h = rotl((h ^ word) × odd, 31)` is a bijection of `h` for a fixed word and of
/// the word for a fixed `h`, so any change confined to one 8-byte word (every single-bit flip,
/// every one-byte change) always changes the result; the length is mixed in, so truncation does
/// too.
enum CacheChecksum {
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// - Complexity: O(`bytes.count`).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344,
                                                       0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
        @inline(__always) func step(_ h: UInt64, _ word: UInt64) -> UInt64 {
            let m = (h ^ word) &* prime
            return (m << 31) | (m >> 33)
        }
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        let count = bytes.count
        var offset = 0
        while count - offset >= 32 {
            lanes.0 = step(lanes.0, word(offset))
            lanes.1 = step(lanes.1, word(offset + 8))
            lanes.2 = step(lanes.2, word(offset + 16))
            lanes.3 = step(lanes.3, word(offset + 24))
            offset += 32
        }
        // The last 0 to 31 bytes, zero-padded into words, lane by lane.
        var lane = 0
        while offset < count {
            var tail: UInt64 = 0
            for k in 0..<min(8, count - offset) { tail |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
            switch lane {
            case 0: lanes.0 = step(lanes.0, tail)
            case 1: lanes.1 = step(lanes.1, tail)
            case 2: lanes.2 = step(lanes.2, tail)
            default: lanes.3 = step(lanes.3, tail)
            }
            lane += 1
            offset += 8
        }
        @inline(__always) func finish(_ h: UInt64) -> UInt64 {
            var z = h
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return finish(lanes.0) ^ finish(lanes.1 &+ 1) ^ finish(lanes.2 &+ 2) ^ finish(lanes.3 &+ 3) ^ finish(UInt64(count) &+ prime)
    }
}

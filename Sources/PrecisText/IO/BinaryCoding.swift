/// Little-endian binary files with a signature, a version and a checksum: the shared frame of
/// Precis's model and cache files.
///
/// A file is the signature bytes, a `UInt32` format version, the body, then the 64-bit FNV-1a
/// hash of everything before it. ``BinaryReader`` checks the signature, the version and the
/// checksum before the body is read, so a truncated or corrupted file is refused up front.
///
/// ```swift
/// var writer = BinaryWriter(magic: Array("DEMO\u{1}".utf8), version: 1)
/// writer.write(UInt32(42))
/// writer.write("métavers")
/// let bytes = writer.finished()
///
/// var reader = try BinaryReader(bytes, magic: Array("DEMO\u{1}".utf8), supportedVersion: 1)
/// let answer: UInt32 = try reader.read()      // 42
/// let word = try reader.readString()          // "métavers"
/// ```
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8]

    /// Starts a file with its signature and format version.
    public init(magic: [UInt8], version: UInt32, capacity: Int = 1024) {
        bytes = magic
        bytes.reserveCapacity(capacity)
        write(version)
    }

    public mutating func write<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        for _ in 0..<MemoryLayout<T>.size {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    /// Writes a string as a `UInt32` byte length and its UTF-8 bytes.
    public mutating func write(_ string: String) {
        write(UInt32(string.utf8.count))
        bytes.append(contentsOf: string.utf8)
    }

    /// Writes an array of 32-bit integers: its count, then the values.
    public mutating func write(_ array: [Int32]) {
        write(UInt32(array.count))
        bytes.reserveCapacity(bytes.count + 4 * array.count)
        for value in array {
            let v = UInt32(bitPattern: value)
            bytes.append(UInt8(truncatingIfNeeded: v))
            bytes.append(UInt8(truncatingIfNeeded: v >> 8))
            bytes.append(UInt8(truncatingIfNeeded: v >> 16))
            bytes.append(UInt8(truncatingIfNeeded: v >> 24))
        }
    }

    /// Writes an optional string (a presence byte, then the string).
    public mutating func write(_ string: String?) {
        write(UInt8(string == nil ? 0 : 1))
        if let string { write(string) }
    }

    /// The file: everything written, then its checksum.
    public func finished() -> [UInt8] {
        var result = bytes
        var hash = FNV1a64.hash(bytes)
        for _ in 0..<8 {
            result.append(UInt8(truncatingIfNeeded: hash))
            hash >>= 8
        }
        return result
    }
}

/// Reads files made by ``BinaryWriter``.
public struct BinaryReader: Sendable {
    /// Why a file could not be read; format-specific errors map these to messages.
    @frozen
    public enum Failure: Error, Sendable, Equatable {
        case wrongSignature
        case unsupportedVersion(UInt32)
        case checksumMismatch
        case truncated
    }

    @usableFromInline let bytes: [UInt8]
    @usableFromInline var offset: Int
    @usableFromInline let limit: Int
    /// The file's format version.
    public let version: UInt32

    /// Checks the signature, the version (at most `supportedVersion`) and the checksum.
    public init(_ bytes: [UInt8], magic: [UInt8], supportedVersion: UInt32) throws(Failure) {
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { throw .wrongSignature }
        guard bytes.count >= magic.count + 4 + 8 else { throw .truncated }
        var version: UInt32 = 0
        for k in 0..<4 { version |= UInt32(bytes[magic.count + k]) << (8 * UInt32(k)) }
        guard version <= supportedVersion else { throw .unsupportedVersion(version) }
        var stored: UInt64 = 0
        for k in 0..<8 { stored |= UInt64(bytes[bytes.count - 8 + k]) << (8 * UInt64(k)) }
        guard FNV1a64.hash(bytes[0..<(bytes.count - 8)]) == stored else { throw .checksumMismatch }
        self.bytes = bytes
        self.offset = magic.count + 4
        self.limit = bytes.count - 8
        self.version = version
    }

    @inlinable
    public mutating func read<T: FixedWidthInteger>() throws(Failure) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= limit else { throw .truncated }
        var value: T = 0
        for k in 0..<size { value |= T(bytes[offset + k]) << (8 * k) }
        offset += size
        return value
    }

    /// Reads an array written by ``BinaryWriter/write(_:)-([Int32])``.
    public mutating func readInt32Array() throws(Failure) -> [Int32] {
        let count = Int(try read() as UInt32)
        guard count <= (limit - offset) / 4 else { throw .truncated }
        let start = offset
        offset += 4 * count
        guard count > 0 else { return [] }   // never fill the shared empty storage in place
        return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                for k in 0..<count {
                    buffer[k] = Int32(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * k, as: UInt32.self)))
                }
            }
            initialized = count
        }
    }

    /// Reads `count` raw bytes.
    @inlinable
    public mutating func readBytes(_ count: Int) throws(Failure) -> ArraySlice<UInt8> {
        guard count >= 0, offset + count <= limit else { throw .truncated }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// Reads a string written by ``BinaryWriter/write(_:)-(String)``.
    @inlinable
    public mutating func readString() throws(Failure) -> String {
        let length: UInt32 = try read()
        return String(decoding: try readBytes(Int(length)), as: UTF8.self)
    }

    /// Reads an optional string.
    @inlinable
    public mutating func readOptionalString() throws(Failure) -> String? {
        let present: UInt8 = try read()
        return present == 0 ? nil : try readString()
    }
}

/// 64-bit FNV-1a, the checksum of Precis's binary files.
public enum FNV1a64 {
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

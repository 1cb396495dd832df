/// Little-endian writing for the compiled glossary cache: integers, strings and whole `Int32`
/// arrays appended in bulk.
struct CacheWriter {
    private(set) var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A `UInt32` byte length, then the UTF-8 bytes.
    mutating func write(_ string: String) {
        write(UInt32(string.utf8.count))
        bytes.append(contentsOf: string.utf8)
    }

    /// A presence byte, then the string if there is one.
    mutating func write(_ string: String?) {
        write(UInt8(string == nil ? 0 : 1))
        if let string { write(string) }
    }

    /// A `UInt32` count, then the values.
    mutating func write(_ array: [Int32]) {
        write(UInt32(array.count))
        if Int32(1).littleEndian == 1 {
            array.withUnsafeBytes { bytes.append(contentsOf: $0) }
        } else {
            for value in array { write(value) }
        }
    }

    /// Raw bytes, as they are.
    mutating func append(_ raw: some Collection<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// The bytes written, then their ``CacheChecksum``.
    func sealed() -> [UInt8] {
        var result = bytes
        let checksum = bytes.withUnsafeBytes { CacheChecksum.hash($0) }
        withUnsafeBytes(of: checksum.littleEndian) { result.append(contentsOf: $0) }
        return result
    }
}

/// Reads what ``CacheWriter`` wrote, bounds-checked: running past the end throws.
struct CacheReader {
    struct Truncated: Error {}

    let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    let limit: Int

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int, limit: Int) {
        self.bytes = bytes
        self.offset = offset
        self.limit = limit
    }

    @inline(__always)
    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws(Truncated) -> T {
        let size = MemoryLayout<T>.size
        guard limit - offset >= size else { throw Truncated() }
        defer { offset += size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// The range of the next `count` bytes, skipped.
    @inline(__always)
    mutating func skip(_ count: Int) throws(Truncated) -> Range<Int> {
        guard count >= 0, limit - offset >= count else { throw Truncated() }
        defer { offset += count }
        return offset..<(offset + count)
    }

    mutating func readString() throws(Truncated) -> String {
        let range = try skip(Int(try read(UInt32.self)))
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func readOptionalString() throws(Truncated) -> String? {
        try read(UInt8.self) == 0 ? nil : try readString()
    }

    /// Skips an optional string without making it.
    mutating func skipOptionalString() throws(Truncated) {
        if try read(UInt8.self) != 0 { _ = try skip(Int(try read(UInt32.self))) }
    }

    /// An array written by ``CacheWriter/write(_:)-([Int32])``, copied in one block.
    mutating func readInt32Array() throws(Truncated) -> [Int32] {
        let count = Int(try read(UInt32.self))
        guard count <= (limit - offset) / 4 else { throw Truncated() }
        let range = try skip(4 * count)
        guard count > 0 else { return [] }   // never fill the shared empty storage in place
        return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 {
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[range]))
            }
            if Int32(1).littleEndian != 1 {
                for k in 0..<count { buffer[k] = Int32(littleEndian: buffer[k]) }
            }
            initialized = count
        }
    }
}

import PrecisText

/// Why a compiled glossary cache could not be read or written.
public enum GlossaryCacheError: Error, Sendable, Equatable, CustomStringConvertible {
    case notACache(path: String)
    case unsupportedVersion(path: String, version: UInt32)
    case corrupt(path: String)
    case file(FileError)

    public var description: String {
        switch self {
        case .notACache(let path):
            "\(path): not a compiled Precis glossary; make one with `precis glossary compile`"
        case .unsupportedVersion(let path, let version):
            "\(path): compiled glossary format \(version) is not the one this Precis reads (\(GlossaryMatcher.cacheVersion)); compile it again with `precis glossary compile`"
        case .corrupt(let path):
            "\(path): the compiled glossary is truncated or corrupt; compile it again with `precis glossary compile`"
        case .file(let error):
            error.description
        }
    }
}

/// The compiled glossary cache, format 5.
///
/// All integers little-endian. After the signature `PRECGLC\u{1}` and the `UInt32` format
/// version come the entry, key and node counts (`UInt32` each); a flag byte per entry
/// (case-sensitive in bit 0, the number of plural-looking source words from bit 2); the origin file names (a count, then each as a `UInt32` byte
/// length and UTF-8); the entries, back to back (a `UInt32` byte length, then each as
/// ``GlossaryMatcher/EncodedEntries`` describes); the keys (their `Int32` offsets, count-prefixed,
/// then their bytes, length-prefixed); the trie's four `Int32` arrays (``FlatTrie``), count-prefixed; and last a
/// 64-bit ``CacheChecksum`` of everything before it.
///
/// Reading checks the signature, the version and the checksum before anything else, then that
/// every count, offset and index is in range; it copies the arrays in blocks, rebuilds the key
/// index and leaves the entries encoded until a match reports one.
///
/// Format 1 (entries decoded eagerly, a byte-at-a-time checksum) is no longer read; version 2 was
/// never written; format 3 (one plural flag per entry instead of a count) and format 4 (keys
/// that took a final "é" for the feminine "e") are no longer read.
extension GlossaryMatcher {
    static let cacheMagic: [UInt8] = Array("PRECGLC\u{1}".utf8)
    static let cacheVersion: UInt32 = 5

    /// Whether `bytes` start like a compiled glossary cache.
    public static func isCache(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: cacheMagic) }

    /// The compiled matcher as bytes (entries, word keys and trie), checksummed.
    ///
    /// - Complexity: O(size of the cache).
    public func serialized() -> [UInt8] {
        var writer = CacheWriter(capacity: 64 * entries.count + 4 * (trie.roots.count + trie.nodes.count + trie.edges.count) + keys.bytes.count + 1024)
        writer.append(Self.cacheMagic)
        writer.write(Self.cacheVersion)
        writer.write(UInt32(entries.count))
        writer.write(UInt32(keys.count))
        writer.write(UInt32(trie.nodeCount))
        writer.append(flags)
        entries.write(to: &writer)
        writer.write(keys.offsets)
        writer.write(UInt32(keys.bytes.count))
        writer.append(keys.bytes)
        for array in [trie.roots, trie.nodes, trie.edges, trie.entryIDs] {
            writer.write(array)
        }
        return writer.sealed()
    }

    /// Reads a matcher from ``serialized()`` bytes; `path` names the source in errors.
    ///
    /// - Throws: ``GlossaryCacheError/notACache(path:)`` without the signature,
    ///   ``GlossaryCacheError/unsupportedVersion(path:version:)`` for another format version,
    ///   ``GlossaryCacheError/corrupt(path:)`` if the bytes are truncated, fail the checksum or
    ///   hold an index out of range.
    /// - Complexity: O(size of the cache), mostly block copies; no entry is decoded.
    public init(serialized bytes: [UInt8], path: String = "<bytes>") throws(GlossaryCacheError) {
        guard Self.isCache(bytes) else { throw .notACache(path: path) }
        let parsed = bytes.withUnsafeBytes { raw in Self.parseCache(raw) }
        switch parsed {
        case .unsupportedVersion(let version):
            throw .unsupportedVersion(path: path, version: version)
        case .corrupt:
            throw .corrupt(path: path)
        case .parsed(let trie, let keys, let flags, let files, let blob):
            guard let entries = EncodedEntries(bytes: bytes, blob: blob, count: flags.count, files: files) else {
                throw .corrupt(path: path)
            }
            self.trie = trie
            self.keys = keys
            self.flags = flags
            self.entries = .encoded(entries)
        }
    }

    private enum ParsedCache {
        case parsed(trie: FlatTrie, keys: KeyTable, flags: [UInt8], files: [String], blob: Range<Int>)
        case unsupportedVersion(UInt32)
        case corrupt
    }

    /// Everything but the entries, read from a cache whose signature was checked.
    private static func parseCache(_ raw: UnsafeRawBufferPointer) -> ParsedCache {
        let header = cacheMagic.count + 4
        guard raw.count >= header + 8 else { return .corrupt }
        let version = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: cacheMagic.count, as: UInt32.self))
        guard version == cacheVersion else { return .unsupportedVersion(version) }
        let body = raw.count - 8
        let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: body, as: UInt64.self))
        guard CacheChecksum.hash(UnsafeRawBufferPointer(rebasing: raw[0..<body])) == stored else { return .corrupt }
        var reader = CacheReader(raw, from: header, limit: body)
        do throws(CacheReader.Truncated) {
            let entryCount = Int(try reader.read(UInt32.self))
            let keyCount = Int(try reader.read(UInt32.self))
            let nodeCount = Int(try reader.read(UInt32.self))
            let flags = Array(raw[try reader.skip(entryCount)])
            let fileCount = Int(try reader.read(UInt32.self))
            guard fileCount <= body - reader.offset else { return .corrupt }
            var files: [String] = []
            files.reserveCapacity(fileCount)
            for _ in 0..<fileCount { files.append(try reader.readString()) }
            let blob = try reader.skip(Int(try reader.read(UInt32.self)))
            let keyOffsets = try reader.readInt32Array()
            let keyBytes = Array(raw[try reader.skip(Int(try reader.read(UInt32.self)))])
            var trie = FlatTrie()
            trie.roots = try reader.readInt32Array()
            trie.nodes = try reader.readInt32Array()
            trie.edges = try reader.readInt32Array()
            trie.entryIDs = try reader.readInt32Array()
            guard reader.offset == body, keyOffsets.count == keyCount + 1, trie.nodeCount == nodeCount,
                  trie.isConsistent(keyCount: keyCount, entryCount: entryCount),
                  let keys = KeyTable(offsets: keyOffsets, bytes: keyBytes)
            else { return .corrupt }
            return .parsed(trie: trie, keys: keys, flags: flags, files: files, blob: blob)
        } catch {
            return .corrupt
        }
    }

    /// Writes the compiled matcher to `path` atomically.
    public func write(to path: String) throws(GlossaryCacheError) {
        do {
            try AtomicFile.write(serialized(), to: path)
        } catch {
            throw .file(error)
        }
    }

    /// Reads a compiled matcher from `path`, in one read.
    public static func load(from path: String) throws(GlossaryCacheError) -> GlossaryMatcher {
        let bytes: [UInt8]
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            throw .file(error)
        }
        return try GlossaryMatcher(serialized: bytes, path: path)
    }
}

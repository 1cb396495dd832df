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
            "\(path): compiled glossary format \(version) is newer than this Precis reads (1); compile it again"
        case .corrupt(let path):
            "\(path): the compiled glossary is truncated or corrupt; compile it again with `precis glossary compile`"
        case .file(let error):
            error.description
        }
    }
}

extension GlossaryMatcher {
    static let cacheMagic: [UInt8] = Array("PRECGLC\u{1}".utf8)

    /// Whether `bytes` start like a compiled glossary cache.
    public static func isCache(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: cacheMagic) }

    /// The compiled matcher as bytes (entries, word keys and trie), checksummed.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(magic: Self.cacheMagic, version: 1, capacity: entries.count * 64)
        writer.write(UInt32(entries.count))
        for (k, entry) in entries.enumerated() {
            writer.write(entry.source)
            writer.write(UInt16(entry.targets.count))
            for target in entry.targets { writer.write(target) }
            writer.write(entry.partOfSpeech)
            writer.write(entry.gender)
            writer.write(entry.number)
            writer.write(entry.domain)
            writer.write(UInt8(GlossaryEntry.Status.allCases.firstIndex(of: entry.status)!))
            writer.write(UInt8(entry.isCaseSensitive ? 1 : 0))
            writer.write(entry.note)
            writer.write(entry.origin.file)
            writer.write(UInt32(entry.origin.line))
            writer.write(UInt8(entryIsPlural[k] ? 1 : 0))
        }
        let keys = keyIDs.sorted { $0.value < $1.value }.map(\.key)
        writer.write(UInt32(keys.count))
        for key in keys { writer.write(key) }
        for array in [trie.rootChildren, trie.edgeStart, trie.edgeKeys, trie.edgeTargets, trie.entryStart, trie.entryIDs] {
            writer.write(array)
        }
        return writer.finished()
    }

    /// Reads a matcher from ``serialized()`` bytes; `path` names the source in errors.
    public init(serialized bytes: [UInt8], path: String = "<bytes>") throws(GlossaryCacheError) {
        do throws(BinaryReader.Failure) {
            var reader = try BinaryReader(bytes, magic: Self.cacheMagic, supportedVersion: 1)
            self.init(empty: ())
            let entryCount: UInt32 = try reader.read()
            let statuses = GlossaryEntry.Status.allCases
            for _ in 0..<entryCount {
                let source = try reader.readString()
                let targetCount: UInt16 = try reader.read()
                var targets: [String] = []
                for _ in 0..<targetCount { targets.append(try reader.readString()) }
                let pos = try reader.readOptionalString()
                let gender = try reader.readOptionalString()
                let number = try reader.readOptionalString()
                let domain = try reader.readOptionalString()
                let status: UInt8 = try reader.read()
                let caseSensitive: UInt8 = try reader.read()
                let note = try reader.readOptionalString()
                let file = try reader.readString()
                let line: UInt32 = try reader.read()
                let plural: UInt8 = try reader.read()
                guard Int(status) < statuses.count else { throw BinaryReader.Failure.truncated }
                entries.append(GlossaryEntry(
                    source: source, targets: targets, partOfSpeech: pos, gender: gender, number: number, domain: domain,
                    status: statuses[Int(status)], isCaseSensitive: caseSensitive != 0, note: note,
                    origin: .init(file: file, line: Int(line))))
                entryIsPlural.append(plural != 0)
            }
            let keyCount: UInt32 = try reader.read()
            for _ in 0..<keyCount { _ = keyID(try reader.readString()) }
            var trie = FlatTrie()
            trie.rootChildren = try reader.readInt32Array()
            trie.edgeStart = try reader.readInt32Array()
            trie.edgeKeys = try reader.readInt32Array()
            trie.edgeTargets = try reader.readInt32Array()
            trie.entryStart = try reader.readInt32Array()
            trie.entryIDs = try reader.readInt32Array()
            // Every index must point inside its array, or matching would trap.
            let nodes = Int32(trie.edgeStart.count - 1)
            guard nodes >= 1, trie.entryStart.count == trie.edgeStart.count,
                  trie.rootChildren.count == keyIDs.count, trie.edgeKeys.count == trie.edgeTargets.count,
                  trie.edgeStart.last.map({ Int($0) == trie.edgeKeys.count }) == true,
                  trie.entryStart.last.map({ Int($0) == trie.entryIDs.count }) == true,
                  zip(trie.edgeStart, trie.edgeStart.dropFirst()).allSatisfy({ $0 <= $1 && $0 >= 0 }),
                  zip(trie.entryStart, trie.entryStart.dropFirst()).allSatisfy({ $0 <= $1 && $0 >= 0 }),
                  trie.rootChildren.allSatisfy({ $0 >= -1 && $0 < nodes }),
                  trie.edgeTargets.allSatisfy({ $0 > 0 && $0 < nodes }),
                  trie.entryIDs.allSatisfy({ $0 >= 0 && Int($0) < entries.count })
            else { throw .truncated }
            self.trie = trie
            self.nodes = []
        } catch {
            switch error {
            case .wrongSignature: throw .notACache(path: path)
            case .unsupportedVersion(let version): throw .unsupportedVersion(path: path, version: version)
            case .checksumMismatch, .truncated: throw .corrupt(path: path)
            }
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

    /// Reads a compiled matcher from `path`.
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

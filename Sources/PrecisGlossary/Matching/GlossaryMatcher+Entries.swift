extension GlossaryMatcher {
    /// The matcher's entries: the glossaries' own values when compiled, or their encoded bytes
    /// when read from a cache, decoded one at a time when a match reports one.
    enum EntryStore: Sendable {
        case decoded([GlossaryEntry])
        case encoded(EncodedEntries)

        var count: Int {
            switch self {
            case .decoded(let entries): entries.count
            case .encoded(let encoded): encoded.count
            }
        }

        /// Entry `id`.
        ///
        /// - Complexity: O(1) compiled; O(entry size) from a cache.
        func entry(_ id: Int, isCaseSensitive: Bool) -> GlossaryEntry {
            switch self {
            case .decoded(let entries): entries[id]
            case .encoded(let encoded): encoded.entry(id, isCaseSensitive: isCaseSensitive)
            }
        }

        /// The source of entry `id`, without the rest of the entry.
        func source(_ id: Int) -> String {
            switch self {
            case .decoded(let entries): entries[id].source
            case .encoded(let encoded): encoded.source(id)
            }
        }

        /// Writes the origin file names, then the entries' encodings (see ``EncodedEntries``).
        func write(to writer: inout CacheWriter) {
            switch self {
            case .encoded(let encoded):
                writer.write(UInt32(encoded.files.count))
                for file in encoded.files { writer.write(file) }
                writer.write(UInt32(encoded.blob.count))
                writer.append(encoded.bytes[encoded.blob])
            case .decoded(let entries):
                var files: [String] = []
                var fileIndex: [String: UInt32] = [:]
                var blob = CacheWriter(capacity: entries.count * 48)
                for entry in entries {
                    let file = entry.origin.file
                    let index = fileIndex[file] ?? {
                        files.append(file)
                        fileIndex[file] = UInt32(files.count - 1)
                        return UInt32(files.count - 1)
                    }()
                    EncodedEntries.encode(entry, fileIndex: index, into: &blob)
                }
                writer.write(UInt32(files.count))
                for file in files { writer.write(file) }
                writer.write(UInt32(blob.bytes.count))
                writer.append(blob.bytes)
            }
        }
    }

    /// Entries as a cache stores them, back to back, each decoded on demand.
    ///
    /// One entry is its source, a `UInt32` target count and the targets, the optional part of
    /// speech, gender, number, domain and note, a status byte, the index of its origin file in
    /// ``files`` and its line as an `Int64`. Whether it is case-sensitive is kept beside, in the
    /// matcher's flags.
    struct EncodedEntries: Sendable {
        /// The whole cache.
        let bytes: [UInt8]
        /// Where the entries lie in ``bytes``.
        let blob: Range<Int>
        /// Where each entry starts in ``bytes``.
        let starts: [Int]
        /// The origin file names, in order of first use.
        let files: [String]

        var count: Int { starts.count }

        /// The `count` entry encodings in `bytes[blob]`, each checked (lengths, status, file index)
        /// so that decoding one later cannot fail; `nil` if one is malformed.
        ///
        /// - Complexity: O(`count` + total number of targets).
        init?(bytes: [UInt8], blob: Range<Int>, count: Int, files: [String]) {
            let statusCount = GlossaryEntry.Status.allCases.count
            let starts: [Int]? = bytes.withUnsafeBytes { raw in
                var starts: [Int] = []
                starts.reserveCapacity(count)
                var reader = CacheReader(raw, from: blob.lowerBound, limit: blob.upperBound)
                do throws(CacheReader.Truncated) {
                    for _ in 0..<count {
                        starts.append(reader.offset)
                        _ = try reader.skip(Int(try reader.read(UInt32.self)))  // source
                        let targets = try reader.read(UInt32.self)
                        for _ in 0..<targets { _ = try reader.skip(Int(try reader.read(UInt32.self))) }
                        for _ in 0..<4 { try reader.skipOptionalString() }  // part of speech, gender, number, domain
                        guard Int(try reader.read(UInt8.self)) < statusCount else { return nil }
                        try reader.skipOptionalString()  // note
                        guard Int(try reader.read(UInt32.self)) < files.count else { return nil }
                        _ = try reader.read(Int64.self)  // line
                    }
                } catch {
                    return nil
                }
                return reader.offset == blob.upperBound ? starts : nil
            }
            guard let starts else { return nil }
            self.bytes = bytes
            self.blob = blob
            self.starts = starts
            self.files = files
        }

        /// Appends the encoding of `entry`.
        static func encode(_ entry: GlossaryEntry, fileIndex: UInt32, into writer: inout CacheWriter) {
            writer.write(entry.source)
            writer.write(UInt32(entry.targets.count))
            for target in entry.targets { writer.write(target) }
            writer.write(entry.partOfSpeech)
            writer.write(entry.gender)
            writer.write(entry.number)
            writer.write(entry.domain)
            writer.write(UInt8(GlossaryEntry.Status.allCases.firstIndex(of: entry.status)!))
            writer.write(entry.note)
            writer.write(fileIndex)
            writer.write(Int64(entry.origin.line))
        }

        /// The source of entry `id`: the first field of its encoding.
        func source(_ id: Int) -> String {
            bytes.withUnsafeBytes { raw in
                var reader = CacheReader(raw, from: starts[id], limit: blob.upperBound)
                // The encoding was checked when the cache was read: this read cannot fail.
                return (try? reader.readString()) ?? ""
            }
        }

        /// Entry `id`, decoded.
        func entry(_ id: Int, isCaseSensitive: Bool) -> GlossaryEntry {
            bytes.withUnsafeBytes { raw in
                var reader = CacheReader(raw, from: starts[id], limit: blob.upperBound)
                // The encoding was checked when the cache was read: these reads cannot fail.
                do throws(CacheReader.Truncated) {
                    let source = try reader.readString()
                    let targetCount = Int(try reader.read(UInt32.self))
                    var targets: [String] = []
                    targets.reserveCapacity(targetCount)
                    for _ in 0..<targetCount { targets.append(try reader.readString()) }
                    let partOfSpeech = try reader.readOptionalString()
                    let gender = try reader.readOptionalString()
                    let number = try reader.readOptionalString()
                    let domain = try reader.readOptionalString()
                    let status = GlossaryEntry.Status.allCases[Int(try reader.read(UInt8.self))]
                    let note = try reader.readOptionalString()
                    let file = files[Int(try reader.read(UInt32.self))]
                    let line = Int(try reader.read(Int64.self))
                    return GlossaryEntry(source: source, targets: targets, partOfSpeech: partOfSpeech, gender: gender,
                                         number: number, domain: domain, status: status, isCaseSensitive: isCaseSensitive,
                                         note: note, origin: .init(file: file, line: line))
                } catch {
                    preconditionFailure("glossary cache entry \(id) was checked when read")
                }
            }
        }
    }
}

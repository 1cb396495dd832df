import PrecisText

/// Why an IDF model could not be read, written or combined.
public enum IDFModelError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file does not start with the model signature.
    case notAModel(path: String)
    /// The file was written by a newer format version.
    case unsupportedVersion(path: String, version: UInt32)
    /// The file ends early (a partial copy).
    case truncated(path: String)
    /// The content does not match its checksum (a flipped bit).
    case checksumMismatch(path: String)
    /// The model names a language Precis does not know.
    case unknownLanguage(path: String, code: String)
    /// The model claims more documents than ``IDFModel/maximumDocumentCount`` (a damaged file).
    case implausibleDocumentCount(path: String, count: UInt64)
    /// Two models of different languages cannot be merged.
    case languageMismatch(Language, Language)
    /// The file could not be read or written.
    case file(FileError)

    public var description: String {
        switch self {
        case .notAModel(let path):
            "\(path): not a Precis IDF model (wrong signature); fit one with `precis idf fit`"
        case .unsupportedVersion(let path, let version):
            "\(path): IDF model format version \(version) is newer than this Precis reads (1); upgrade Precis or refit the model"
        case .truncated(let path):
            "\(path): the IDF model file is truncated; copy it again or refit it with `precis idf fit`"
        case .checksumMismatch(let path):
            "\(path): the IDF model file is corrupt (checksum mismatch); copy it again or refit it with `precis idf fit`"
        case .unknownLanguage(let path, let code):
            "\(path): the IDF model's language '\(code)' is not one Precis reads (fr, en); refit it"
        case .implausibleDocumentCount(let path, let count):
            "\(path): the IDF model claims \(count) documents, more than the \(IDFModel.maximumDocumentCount) a model may count; the file is damaged: copy it again or refit it with `precis idf fit`"
        case .languageMismatch(let a, let b):
            "cannot merge a \(a) IDF model with a \(b) one; merge models of one language"
        case .file(let error):
            error.description
        }
    }
}

extension IDFModel {
    /// The signature that opens every model file.
    static let magic: [UInt8] = Array("PRECIDF\u{1}".utf8)
    /// The format version this code writes and reads.
    static let formatVersion: UInt32 = 1
    /// The most documents a model read from bytes may count: 2^53, the largest count a `Double`
    /// weight holds exactly, far beyond any corpus, and far from `Int.max`, so weights and merges
    /// never overflow.
    public static let maximumDocumentCount: UInt64 = 1 << 53

    /// The model as bytes: signature, version, language, document count, terms (sorted, each
    /// with its document frequency), then an FNV-1a 64-bit checksum of everything before it.
    /// Integers are little-endian.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = Self.magic
        out.reserveCapacity(32 + documentFrequencies.count * 12)
        out.appendLittleEndian(Self.formatVersion)
        let code = Array(language.code.utf8)
        out.append(UInt8(code.count))
        out.append(contentsOf: code)
        out.appendLittleEndian(UInt64(documentCount))
        out.appendLittleEndian(UInt32(documentFrequencies.count))
        for (term, df) in documentFrequencies.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(term.utf8.prefix(Int(UInt16.max)))
            out.appendLittleEndian(UInt16(bytes.count))
            out.append(contentsOf: bytes)
            out.appendLittleEndian(UInt32(clamping: df))
        }
        out.appendLittleEndian(FNV1a.hash(out))
        return out
    }

    /// Reads a model from bytes made by ``serialized()``; `path` names the source in errors.
    public init(serialized bytes: [UInt8], path: String = "<bytes>") throws(IDFModelError) {
        var reader = ByteReader(bytes: bytes, path: path)
        guard bytes.count >= Self.magic.count, Array(bytes[0..<Self.magic.count]) == Self.magic else {
            throw .notAModel(path: path)
        }
        guard bytes.count >= Self.magic.count + 4 + 8 else { throw .truncated(path: path) }
        let stored = bytes.suffix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        reader.offset = Self.magic.count
        let version: UInt32 = try reader.read()
        guard version <= Self.formatVersion else { throw .unsupportedVersion(path: path, version: version) }
        guard FNV1a.hash(bytes.dropLast(8)) == stored else {
            // A file cut short fails its checksum too: say it is truncated when its layout says so.
            throw Self.layoutRunsShort(bytes) ? .truncated(path: path) : .checksumMismatch(path: path)
        }
        reader.limit = bytes.count - 8
        let codeLength: UInt8 = try reader.read()
        let code = String(decoding: try reader.bytes(Int(codeLength)), as: UTF8.self)
        guard let language = Language(code: code) else { throw .unknownLanguage(path: path, code: code) }
        let documentCount: UInt64 = try reader.read()
        guard documentCount <= Self.maximumDocumentCount else {
            throw .implausibleDocumentCount(path: path, count: documentCount)
        }
        let termCount: UInt32 = try reader.read()
        var frequencies: [String: Int] = [:]
        // Each term takes at least 6 bytes: never reserve room for more than the file can hold.
        frequencies.reserveCapacity(min(Int(termCount), (reader.limit - reader.offset) / 6))
        for _ in 0..<termCount {
            let length: UInt16 = try reader.read()
            let term = String(decoding: try reader.bytes(Int(length)), as: UTF8.self)
            let df: UInt32 = try reader.read()
            frequencies[term] = Int(df)
        }
        self.init(language: language, documentCount: Int(documentCount), documentFrequencies: frequencies)
    }

    /// Whether the header and the terms it declares need more bytes than precede the checksum.
    static func layoutRunsShort(_ bytes: [UInt8]) -> Bool {
        var reader = ByteReader(bytes: bytes, path: "")
        reader.offset = magic.count + 4
        reader.limit = bytes.count - 8
        do throws(IDFModelError) {
            let codeLength: UInt8 = try reader.read()
            _ = try reader.bytes(Int(codeLength))
            let _: UInt64 = try reader.read()
            let termCount: UInt32 = try reader.read()
            for _ in 0..<termCount {
                let length: UInt16 = try reader.read()
                _ = try reader.bytes(Int(length))
                let _: UInt32 = try reader.read()
            }
            return false
        } catch {
            return true
        }
    }

    /// Writes the model to `path` atomically (a reader never sees a partial file).
    public func write(to path: String) throws(IDFModelError) {
        do {
            try AtomicFile.write(serialized(), to: path)
        } catch {
            throw .file(error)
        }
    }

    /// Reads the model at `path`, checking its signature, version and checksum.
    public static func load(from path: String) throws(IDFModelError) -> IDFModel {
        let bytes: [UInt8]
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            throw .file(error)
        }
        return try IDFModel(serialized: bytes, path: path)
    }

    /// The model as tab-separated text: a comment header, then `term<TAB>df<TAB>idf` per line,
    /// most frequent terms first.
    public func tsv() -> String {
        var out = "# precis idf model\tlanguage=\(language.code)\tdocuments=\(documentCount)\tterms=\(documentFrequencies.count)\n"
        out += "term\tdf\tidf\n"
        let sorted = documentFrequencies.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for (term, df) in sorted {
            let weight = IDFModel.idf(documentFrequency: df, documentCount: documentCount)
            out += "\(term)\t\(df)\t\((weight * 10_000).rounded() / 10_000)\n"
        }
        return out
    }
}

/// 64-bit FNV-1a, the checksum of model files (shared with the other binary formats).
enum FNV1a {
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 { FNV1a64.hash(bytes) }
}

extension [UInt8] {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        for _ in 0..<MemoryLayout<T>.size {
            append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }
}

/// Reads little-endian integers and byte runs, throwing `truncated` past the end.
struct ByteReader {
    let bytes: [UInt8]
    let path: String
    var offset = 0
    var limit: Int

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        self.limit = bytes.count
    }

    mutating func read<T: FixedWidthInteger>() throws(IDFModelError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= limit else { throw .truncated(path: path) }
        var value: T = 0
        for k in 0..<size { value |= T(bytes[offset + k]) << (8 * k) }
        offset += size
        return value
    }

    mutating func bytes(_ count: Int) throws(IDFModelError) -> ArraySlice<UInt8> {
        guard offset + count <= limit else { throw .truncated(path: path) }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}

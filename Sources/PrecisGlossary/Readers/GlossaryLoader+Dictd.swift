import Foundation
import PrecisText

extension GlossaryLoader {
    /// Loads a dictd dictionary, named by either of its files, as a general lexicon.
    ///
    /// dictd dictionaries are an `.index` and its data, a `.dict` or a dictzip `.dict.dz`, side
    /// by side with the same name; Debian's `dict-freedict-fra-eng` package installs FreeDict's
    /// French-English dictionary as `/usr/share/dictd/freedict-fra-eng.index` and `.dict.dz`.
    /// Given the index, the `.dict.dz` beside it is read (else the `.dict`); given the data,
    /// the `.index` beside it.
    ///
    /// Each headword gives one entry whose targets are the translations of its senses, in
    /// order; homographs (one headword, several definitions) are merged into one entry, but
    /// words that differ by their accents ("marche", "marché") stay apart; the `00-database-*`
    /// metadata entries are skipped. Origins and issues name the index file and
    /// line. Bad lines and definitions (invalid base64, ranges past the data's end, invalid
    /// UTF-8, a truncated `.dz`) are skipped with an issue, or fail the load when strict.
    ///
    /// ```swift
    /// let lexicon = try GlossaryLoader().load(path: "/usr/share/dictd/freedict-fra-eng.index")
    /// lexicon.glossary.format                          // .dictd
    /// GlossarySet([lexicon.glossary]).lookup("réseau")?.targets   // ["net", "network"]
    /// ```
    ///
    /// - Throws: ``GlossaryError/invalid(_:)`` when the partner file is missing (or, strict, on
    ///   any issue); ``GlossaryError/unreadable(path:reason:)`` when a file cannot be read.
    public func loadDictd(path: String) throws(GlossaryError) -> Result {
        let files = try Self.dictdFiles(path)
        return try loadDictd(index: try read(files.index), indexName: files.index,
                             data: try read(files.data), dataName: files.data)
    }

    /// Loads a dictd dictionary from the bytes of its two files; the names are used in issues
    /// and origins, and a data name ending in `.dz` expects dictzip (gzip) data.
    ///
    /// ```swift
    /// let data = Array("chat /ʃa/ <n, masc>\ncat\n\n".utf8)
    /// let index = Array("chat\tA\ta\n".utf8)   // offset A (0), length a (26)
    /// let result = try GlossaryLoader().loadDictd(index: index, indexName: "t.index", data: data, dataName: "t.dict")
    /// result.glossary.entries[0].targets   // ["cat"]
    /// ```
    public func loadDictd(index: [UInt8], indexName: String, data: [UInt8], dataName: String) throws(GlossaryError) -> Result {
        var reader = EntryReader(name: indexName, maximumTermBytes: maximumTermBytes, maximumEntries: limits.maximumGlossaryEntries)
        let dictd = DictdReader(indexName: indexName, dataName: dataName, maximumDefinitionBytes: maximumDefinitionBytes,
                                maximumDataBytes: maximumDictionaryBytes)
        dictd.read(index: index, data: data, reader: &reader)
        if let exceeded = reader.limitExceeded { throw .limit(exceeded) }
        var issues = reader.issues
        let entries = reader.removingDuplicates(foldingAccents: false)
        issues += reader.duplicateIssues
        issues.sort { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        if strict, !issues.isEmpty { throw .invalid(issues) }
        return Result(glossary: Glossary(path: indexName, format: .dictd, entries: entries), issues: issues, skipped: reader.skipped)
    }

    /// Loads a dictd dictionary from the bytes of the file `name`, reading its partner from disk.
    func loadDictd(bytes: [UInt8], name: String) throws(GlossaryError) -> Result {
        let files = try Self.dictdFiles(name)
        if files.index == name {
            return try loadDictd(index: bytes, indexName: name, data: try read(files.data), dataName: files.data)
        }
        return try loadDictd(index: try read(files.index), indexName: files.index, data: bytes, dataName: name)
    }

    /// The index and data paths of the dictionary `path` names; the partner must exist.
    static func dictdFiles(_ path: String) throws(GlossaryError) -> (index: String, data: String) {
        let lower = path.lowercased()
        let exists = { (file: String) in FileManager.default.fileExists(atPath: file) }
        for suffix in [".dict.dz", ".dict"] where lower.hasSuffix(suffix) {
            let index = String(path.dropLast(suffix.count)) + ".index"
            guard exists(index) else {
                throw .invalid([GlossaryIssue(.error, file: path, line: 1, message: "no index beside the data file (looked for \(index))",
                                              suggestion: "put the dictionary's .index file beside it, with the same name")])
            }
            return (index, path)
        }
        let base = lower.hasSuffix(".index") ? String(path.dropLast(6)) : path
        let candidates = [base + ".dict.dz", base + ".dict"]
        guard let data = candidates.first(where: exists) else {
            throw .invalid([GlossaryIssue(.error, file: path, line: 1,
                                          message: "no data file beside the index (looked for \(candidates.joined(separator: " and ")))",
                                          suggestion: "put the dictionary's .dict.dz (or .dict) file beside it, with the same name")])
        }
        return (path, data)
    }

    private func read(_ path: String) throws(GlossaryError) -> [UInt8] {
        do throws(InputLimitError) {
            try limits.checkFileSize(path)
        } catch {
            throw .limit(error)
        }
        do {
            return try AtomicFile.read(path)
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
    }
}

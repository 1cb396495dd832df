import Testing
import PrecisText
@testable import PrecisGlossary

/// TSV and OmegaT files are read on bytes, with a line-by-line path for anything unusual: both must
/// give the entries, issues and skip counts that reading every line as a string gives.
struct TabSeparatedBytesTests {
    static let lines = [
        "a\tb", " a \t b ", "\u{00A0}a\u{00A0}\tb\u{00A0}", "a\tb\tc", "a\t", "\tb", "", "   ", "\t", "a,b", "a", "#c\td",
        "#\u{301}x\ty", "a\u{0001}\tb", "a\tb\u{007F}", "a\tb\u{0085}", "a\tb\tn\u{0001}", "x\ty\t  ", "x\ty\t note ", "é\tÉ",
        "É\tE", "a\tB", "A\tb", "ａ\tb", "\u{00A0}\t\u{00A0}", "a\tb\r", "\u{2028}\tx", "Москва\tMoscow", "x\ty\tz\tw",
        String(repeating: "x", count: 1_030) + "\ty", "cafe\u{301}\tcoffee", "café\tcafé", "l’État\tthe State",
        "l'état\tstate", "réseau social\tsocial network", "réseaux sociaux\tsocial media",
    ]

    /// Files of every line above, each once and then shuffled with repeats, CRLF ends, a BOM and
    /// invalid UTF-8 here and there.
    static let files: [[UInt8]] = {
        var files = [Array(lines.joined(separator: "\n").utf8), Array((lines.joined(separator: "\r\n") + "\r\n").utf8), []]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<60 {
            var bytes: [UInt8] = next() % 4 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<(next() % 14) {
                var line = Array(lines[next() % lines.count].utf8)
                if next() % 12 == 0 { line.insert(0xC3, at: next() % (line.count + 1)) }
                bytes += line + (next() % 5 == 0 ? [0x0D, 0x0A] : [0x0A])
            }
            if next() % 2 == 0, !bytes.isEmpty { bytes.removeLast() }
            files.append(bytes)
        }
        return files
    }()

    /// What reading each line as a string gives: entries, sorted issues, skipped lines.
    static func lineByLine(_ bytes: [UInt8], name: String, format: Glossary.Format) -> ([GlossaryEntry], [GlossaryIssue], Int) {
        var issues: [GlossaryIssue] = []
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        let lines = GlossaryLoader.lines(content, name: name, issues: &issues)
        let invalid = issues.count
        var reader = EntryReader(name: name, maximumTermBytes: 1024)
        for (number, text) in lines {
            reader.readTabSeparatedLine(number: number, text: text, columns: format == .tsv ? 2...2 : 2...3, format: format)
        }
        issues += reader.issues
        let entries = reader.removingDuplicates()
        issues += reader.duplicateIssues
        issues.sort { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        return (entries, issues, reader.skipped + invalid)
    }

    @Test(arguments: [("f.tsv", Glossary.Format.tsv), ("f.utf8", .omegat)])
    func bytesAndLinesAgree(name: String, format: Glossary.Format) throws {
        for (k, bytes) in Self.files.enumerated() {
            let result = try GlossaryLoader().load(bytes: bytes, name: name)
            let (entries, issues, skipped) = Self.lineByLine(bytes, name: name, format: format)
            #expect(result.glossary.entries == entries, "file \(k)")
            #expect(result.issues == issues, "file \(k)")
            #expect(result.skipped == skipped, "file \(k)")
        }
    }

    /// The whole-file UTF-8 check agrees with the decoder the line-by-line path uses.
    @Test func utf8CheckAgreesWithTheDecoder() {
        var cases: [[UInt8]] = [
            [], Array("réseau € 𝄞 ok".utf8), [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0xF0, 0x9D, 0x84],
        ]
        // Runs of whole scalars (1 to 4 bytes), and now and then one byte of any value.
        let units: [[UInt8]] = [Array("a".utf8), Array("é".utf8), Array("€".utf8), Array("𝄞".utf8), Array("\u{D7FF}".utf8),
                                Array("\u{E000}".utf8), Array("\u{10FFFF}".utf8), Array("abcdefgh".utf8)]
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 12) { bytes += units[next() % units.count] }
            if next() % 2 == 0 { bytes.insert(UInt8(truncatingIfNeeded: next()), at: next() % (bytes.count + 1)) }
            cases.append(bytes)
        }
        var valid = 0
        for bytes in cases {
            let expected = GlossaryLoader.invalidUTF8Offset(bytes[...]) == nil
            #expect(GlossaryLoader.isValidUTF8(bytes[...]) == expected, "\(bytes)")
            if expected { valid += 1 }
        }
        #expect(valid > 300 && cases.count - valid > 300)  // both kinds, many times
    }

    /// Repeats are found on folded bytes when no entry is case-sensitive; a case-sensitive entry
    /// sends the whole file through string keys. Both give the same entries and warnings.
    @Test func foldedAndStringDuplicatesAgree() {
        let sources = ["Réseau social", "réseau  social", "RESEAU SOCIAL", "réseau social ", "Œuvre", "oeuvre", "L’IA", "l'ia",
                       "straße", "STRASSE", "Москва", "москва", "cafe\u{301}", "café", "naïve", "naive", "x", "X"]
        let entries = sources.enumerated().map { k, source in
            GlossaryEntry(source: source, targets: ["t\(k % 3)"], origin: .init(file: "d.tsv", line: k + 1))
        }
        var folded = EntryReader(name: "d.tsv", maximumTermBytes: 1024)
        folded.entries = entries
        let foldedResult = folded.removingDuplicates()

        // A case-sensitive entry of its own, removed afterwards, makes the string path run.
        var strings = EntryReader(name: "d.tsv", maximumTermBytes: 1024)
        strings.entries = entries + [GlossaryEntry(source: "Zzz unique", targets: ["z"], isCaseSensitive: true,
                                                   origin: .init(file: "d.tsv", line: 99))]
        let stringResult = strings.removingDuplicates().filter { !$0.isCaseSensitive }

        #expect(foldedResult == stringResult)
        #expect(folded.duplicateIssues == strings.duplicateIssues)
        #expect(foldedResult.count == 8)
    }
}

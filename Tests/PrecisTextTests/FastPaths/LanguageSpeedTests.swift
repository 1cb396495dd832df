import Testing
@testable import PrecisText

/// The faster language paths give exactly what the reference paths give.
struct LanguageSpeedTests {
    /// The profile parser as it was (String splitting), kept as the reference for the byte parser.
    static func referenceEntries() -> (slots: [UInt64: (Int16, LanguageModel.CostRow?)], count: Int) {
        var digit: [Unicode.Scalar: UInt8] = [:]
        for (index, scalar) in LanguageProfiles.costAlphabet.unicodeScalars.enumerated() { digit[scalar] = UInt8(index) }
        let width = min(LanguageProfiles.stage2Languages.count, LanguageModel.CostRow.scalarCount)
        var entries: [UInt64: (Int16, LanguageModel.CostRow?)] = [:]
        var count = 0
        for line in LanguageProfiles.table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3 else { continue }
            let gram = fields[0].unicodeScalars
            var key: UInt64 = 0
            if gram.first == "=" {
                var h = LanguageModel.wordHashSeed
                for scalar in gram.dropFirst() { h = LanguageModel.hash(h, scalar.value) }
                key = LanguageModel.wordKey(h)
            } else {
                for scalar in gram { key = key << 21 | UInt64(scalar == "_" ? LanguageModel.boundary : scalar.value) }
            }
            var row: LanguageModel.CostRow?
            let digits = fields[2].unicodeScalars
            if digits.count == width {
                var costRow = LanguageModel.CostRow()
                for (language, scalar) in digits.enumerated() { costRow[language] = digit[scalar] ?? 0 }
                row = costRow
            }
            entries[key] = (Int16(fields[1]) ?? 0, row)
            count += 1
        }
        return (entries, count)
    }

    @Test func byteParserBuildsTheReferenceModel() {
        let model = LanguageModel.shared
        let (reference, count) = Self.referenceEntries()
        var found = 0
        for slot in model.slots where slot.key != 0 {
            found += 1
            guard let (weight, row) = reference[slot.key] else {
                Issue.record("unexpected key \(slot.key)")
                continue
            }
            #expect(slot.weight == weight)
            if let row { #expect(slot.row >= 0 && model.costs[Int(slot.row)] == row) } else { #expect(slot.row == -1) }
        }
        #expect(found == reference.count)
        #expect(count > 4000)
    }

    static func texts() throws -> [String] {
        var texts = try Fixtures.lines("language-id/flores200-devtest.fr.txt")
        texts += try Fixtures.lines("language-id/flores200-devtest.en.txt")
        texts += try Fixtures.lines("language-id/orangesum-dev-titles.fr.txt")
        texts += try Fixtures.lines("language-id/other-languages.tsv").map { $0.split(separator: "\t").last.map(String.init) ?? $0 }
        texts += try CorpusArticles.all().prefix(100)
        texts += ["", "12:30", "AI", "SNCF PSG", "Der Bundestag stimmt heute ab.", "El gobierno anunció nuevas medidas.", "Москва"]
        return texts
    }

    @Test func identifyWithADefaultIsIdentifyOrTheDefault() throws {
        let texts = try Self.texts()
        #expect(texts.count > 500)
        for limit in [256, 4096] {
            let identifier = LanguageIdentifier(sampleLimit: limit)
            for text in texts {
                for fallback in Language.allCases {
                    #expect(identifier.identify(text, default: fallback) == identifier.identify(text) ?? fallback, "\(text)")
                }
            }
        }
    }
}

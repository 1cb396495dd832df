import Foundation
import PrecisTestSupport
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
        for limit in [64, 256, 4096, Int.max] {
            let identifier = LanguageIdentifier(sampleLimit: limit)
            for text in texts {
                for fallback in Language.allCases {
                    #expect(identifier.identify(text, default: fallback) == identifier.identify(text) ?? fallback, "\(text)")
                }
            }
        }
    }

    // MARK: - The dense stage-1 scan

    /// The stage-1 tallies of `text` read up to each limit of `limits`, by the dense scan and by
    /// the hash-table reference; records the first difference.
    static func expectDenseScanMatchesReference(_ text: String, limits: ClosedRange<Int>) {
        var contiguous = text
        contiguous.withUTF8 { bytes in expectDenseScanMatchesReference(bytes, limits: limits, text.debugDescription) }
    }

    /// The same for any bytes, UTF-8 or not.
    static func expectDenseScanMatchesReference(_ bytes: UnsafeBufferPointer<UInt8>, limits: ClosedRange<Int>, _ description: String) {
        let model = LanguageModel.shared
        for limit in limits {
            var fast = LanguageTally(), reference = LanguageTally()
            fast.scan(bytes, limit: limit, model: model, stage2: false)
            reference.scanReference(bytes, limit: limit, model: model, stage2: false)
            guard fast == reference else {
                Issue.record("limit \(limit): \(fast) != \(reference) for \(description)")
                return
            }
        }
    }

    /// Every limit from 0 to 300 bytes, or to just past the text when it is shorter (longer
    /// limits read the same bytes).
    static func limits(_ text: String) -> ClosedRange<Int> { 0...min(300, text.utf8.count + 1) }

    @Test func denseStage1TablesHoldTheHashTableWeights() throws {
        let model = LanguageModel.shared
        let weights = try #require(model.stage1)
        let size = weights.size
        #expect(size > 30 && size <= LanguageModel.Stage1Weights.maxSize)
        // The scalar of each index; index 0 stands for every other letter, and for no letter.
        var scalars = [UInt32?](repeating: nil, count: size)
        for scalar in 0..<LanguageModel.Stage1Weights.indexedScalars where weights.index[scalar] != 0 {
            #expect(scalars[Int(weights.index[scalar])] == nil)
            scalars[Int(weights.index[scalar])] = UInt32(scalar)
        }
        #expect(!scalars.dropFirst().contains(nil))
        let boundary = Int(weights.index[Int(LanguageModel.boundary)])
        #expect(boundary != 0 && scalars[boundary] == LanguageModel.boundary)
        var words = 0
        model.withTables(stage2: false) { hash in
            // Every n-gram with a weight has letters with an index, so index 0 may weigh 0.
            for slot in model.slots where slot.key != 0 && slot.weight != 0 {
                if slot.key >> 63 != 0 {
                    words += 1
                    continue
                }
                for field in [slot.key >> 42, slot.key >> 21 & 0x1F_FFFF, slot.key & 0x1F_FFFF] where field != 0 {
                    #expect(field < LanguageModel.Stage1Weights.indexedScalars && weights.index[Int(field)] != 0, "key \(slot.key)")
                }
            }
            /// The packed weights of the n-grams of `grams` (nil: a letter of index 0, weight 0).
            func expected(_ grams: [[UInt32?]]) -> Int16? {
                var weightsOfGrams: [Int16] = []
                for gram in grams {
                    let letters = gram.compactMap { $0 }
                    guard letters.count == gram.count else {
                        weightsOfGrams.append(0)
                        continue
                    }
                    let key = letters.reduce(UInt64(0)) { $0 << 21 | UInt64($1) }
                    weightsOfGrams.append(hash.slot(of: key)?.weight ?? 0)
                }
                weightsOfGrams += [0, 0]
                return LanguageModel.Stage1Weights.pack(weightsOfGrams[0], weightsOfGrams[1], weightsOfGrams[2])
            }
            var mismatches: [String] = []
            for a in 0..<size {
                for b in 0..<size {
                    let (x, y) = (scalars[a], scalars[b])
                    if weights.endings[a * size + b] != expected([[y, LanguageModel.boundary], [x, y, LanguageModel.boundary]]) {
                        mismatches.append("ending \(a) \(b)")
                    }
                    for c in 0..<size where c != boundary {
                        let z = scalars[c]
                        if weights.letters[(a * size + b) * size + c] != expected([[z], [y, z], [x, y, z]]) {
                            mismatches.append("letter \(a) \(b) \(c)")
                        }
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        }
        // The word table holds every word with a weight, and nothing else.
        weights.withTables { tables in
            #expect(tables.words.slots.count { $0.key != 0 } == words)
            for slot in model.slots where slot.key >> 63 != 0 && slot.weight != 0 {
                #expect(tables.words.slot(of: slot.key)?.weight == slot.weight)
            }
        }
        #expect(words > 500)
    }

    /// The 1,012 English FLORES-200 devtest sentences of `corpora/`, three to a paragraph: long
    /// enough for every limit.
    static func englishParagraphs() throws -> [String] {
        let url = CorpusArticles.url.deletingLastPathComponent().appendingPathComponent("flores200-devtest.en.jsonl")
        let sentences = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["text"] as? String ?? ""
        }
        return stride(from: 0, to: sentences.count, by: 3).map {
            sentences[$0..<min($0 + 3, sentences.count)].joined(separator: " ")
        }
    }

    @Test func denseStage1ScanMatchesTheReferenceOnFixtures() throws {
        // The fixture sentences and titles, 300 French articles, English paragraphs.
        let texts = try Self.texts() + CorpusArticles.all()[100..<300] + Self.englishParagraphs()
        #expect(texts.count > 1000)
        for text in texts { Self.expectDenseScanMatchesReference(text, limits: Self.limits(text)) }
    }

    /// Letters of many kinds (ASCII, French, other Latin, Greek, Cyrillic, capitals), combining
    /// marks, digits, punctuation, apostrophes, separators, and some frequent words.
    static let randomPieces: [String] = [
        "a", "b", "c", "e", "i", "l", "n", "o", "q", "s", "t", "u", "x", "y", "z", "w", "k", "h",
        "A", "E", "L", "Q", "S", "T", "W", "Z",
        "é", "è", "ê", "ë", "à", "â", "ç", "î", "ï", "ô", "ù", "û", "ü", "ÿ", "œ", "æ", "É", "È", "À", "Ç", "Œ", "Ê",
        "ß", "ø", "Ø", "ł", "Ł", "ñ", "ö", "å", "ą", "ę", "ş", "ţ", "ż", "ć", "ő", "ı", "İ", "ǅ", "ɐ", "ʒ",
        "α", "Ω", "д", "Ж", "ա", "中", "😀", "ﬁ",
        "\u{301}", "\u{300}", "e\u{301}", "0", "7", "²", ".", ",", ";", "!", "?", "«", "»", "-", "–", "(", "/",
        "'", "’", "ʼ", "`", " ", " ", " ", "\n", "\u{00A0}", "\u{200B}",
        "le ", "la ", "les ", "de ", "des ", "du ", "l'", "d’", "qu'", "est ", "une ", "et ",
        "the ", "of ", "and ", "is ", "that ", "was ", "with ", "SNCF ", "AI ", "Meta ", "L'IA ",
    ]

    /// Up to `count` pieces drawn at random, joined.
    static func randomText(of pieces: [String], upTo count: Int, using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test(arguments: 0..<8)
    func denseStage1ScanMatchesTheReferenceOnRandomText(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 7_000)
        for _ in 0..<60 {
            let text = Self.randomText(of: Self.randomPieces, upTo: 120, using: &generator)
            Self.expectDenseScanMatchesReference(text, limits: Self.limits(text))
        }
    }

    // MARK: - The scalar tables and the stage-1 language

    /// Scalars of one to four bytes: letters with and without case (titlecase ǅ, ſ, Kelvin sign
    /// K and İ, whose lower cases are odd or ASCII), letters of other scripts, combining marks
    /// and the soft hyphen (both inside words), spaces, digits, punctuation, symbols, emoji.
    static let scalarPieces: [String] = [
        "a", "e", "s", "t", "n", "r", "x", "A", "E", "S", "T", "é", "É", "è", "à", "À", "ç", "Ç", "œ", "Œ", "ï", "ÿ",
        "ß", "ẞ", "ſ", "\u{212A}", "İ", "ı", "ǅ", "ǆ", "Ǆ", "ƒ", "ɐ", "ʒ", "ʰ", "ª", "µ", "º",
        "α", "Σ", "ς", "д", "Ж", "ա", "א", "ب", "ߊ", "ऄ", "ก", "中", "あ", "한", "𝐀", "𝔞", "😀", "👍🏽", "ﬁ", "Ａ",
        "\u{301}", "\u{300}", "\u{345}", "\u{20DD}", "\u{AD}", "\u{200D}", "\u{FE0F}",
        " ", "\u{A0}", "\u{202F}", "\u{2009}", "\n", "\u{85}", "\u{2028}", "\t",
        "0", "9", "²", "½", "٣", ".", ",", "'", "’", "-", "‐", "«", "»", "…", "€", "×", "÷", "§", "¿",
        "le ", "les ", "de ", "l'", "the ", "and ", "SNCF ", "AI ", "L'IA ", "ÉTÉ ",
    ]

    @Test(arguments: 0..<6)
    func denseStage1ScanMatchesTheReferenceOnScalarsOfEveryLength(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 9_000)
        for _ in 0..<60 {
            let text = Self.randomText(of: Self.scalarPieces, upTo: 150, using: &generator)
            Self.expectDenseScanMatchesReference(text, limits: Self.limits(text))
        }
    }

    /// Random scalars of every length (U+0000–U+07FF, the rest of the BMP, the other planes)
    /// among ASCII letters and spaces. Not UTF-8 at all is left out: the reference then drops
    /// a last word that a decoded scalar runs past the limit, which well-formed text never
    /// does; ``scalarTablesFollowTheScanRules()`` checks the tables on such bytes.
    @Test(arguments: 0..<4)
    func denseStage1ScanMatchesTheReferenceOnRandomScalars(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 11_000)
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<Int.random(in: 0...100, using: &generator) {
                let value: UInt32
                switch Int.random(in: 0..<8, using: &generator) {
                case 0, 1: value = UInt32.random(in: 0x61...0x7A, using: &generator)
                case 2: value = 0x20
                case 3, 4, 5: value = UInt32.random(in: 0...0x7FF, using: &generator)
                case 6: value = UInt32.random(in: 0x800...0xFFFF, using: &generator)
                default: value = UInt32.random(in: 0x1_0000...0x10_FFFF, using: &generator)
                }
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
            Self.expectDenseScanMatchesReference(text, limits: Self.limits(text))
        }
    }

    @Test func scalarTablesFollowTheScanRules() throws {
        typealias Entry = LanguageModel.Stage1Weights.Entry
        let weights = try #require(LanguageModel.shared.stage1)
        weights.withTables { tables in
            // A lead byte of the table with any next byte, as the general rules decode it.
            var mismatches: [String] = []
            #expect(tables.twoBytes.count == LanguageModel.Stage1Weights.twoByteScalars)
            for lead in 0xC0..<(0xC0 + (LanguageModel.Stage1Weights.twoByteScalars >> 6)) {
                for next in 0..<0x100 {
                    [UInt8(lead), UInt8(next)].withUnsafeBufferPointer { bytes in
                        let (entry, length) = tables.entry(bytes, at: 0)
                        if length != 2 || tables.twoBytes[(lead & 0x1F) << 6 | (next & 0x3F)] != entry {
                            mismatches.append("\(lead) \(next)")
                        }
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
            // ASCII by the scans' ASCII rule: a–z in either case.
            for byte in 0..<0x80 {
                let entry = tables.ascii[byte]
                let letter = UInt32(byte) | 0x20
                guard letter >= 0x61 && letter <= 0x7A else {
                    #expect(entry == 0, "\(byte)")
                    continue
                }
                let lower: UInt32 = byte >= 0x60 ? Entry.notCapital | Entry.lowercase : 0
                #expect(entry == letter << Entry.scalarShift | Entry.letter | lower | UInt32(tables.index(of: letter)), "\(byte)")
            }
            // The letters with an index keep it.
            #expect(tables.twoBytes[0xE9] & Entry.indexMask == UInt32(tables.index(of: 0xE9)))
            #expect(tables.index(of: 0xE9) != 0)
        }
    }

    @Test func stage1LanguageIsTheLanguageOfTheAnalysis() throws {
        var texts = try Self.texts() + Self.englishParagraphs().prefix(50)
        texts += ["LE CHAT DORT", "THE CAT SLEEPS", "SNCF", "AI AI", "ÉTÉ", "Ελλάδα", "中文", "a", "é"]
        var generator = SeededGenerator(seed: 13_000)
        for _ in 0..<200 {
            texts.append(Self.randomText(of: Self.scalarPieces + Self.randomPieces, upTo: 40, using: &generator))
        }
        let model = LanguageModel.shared
        var answers: Set<String> = []
        for text in texts {
            var contiguous = text
            contiguous.withUTF8 { bytes in
                for limit in [0, 5, 16, 64, 256, 4096, Int.max] {
                    var tally = LanguageTally()
                    tally.scan(bytes, limit: limit, model: model, stage2: false)
                    let analysis = tally.analysis(model: model)
                    #expect(tally.stage1Language == analysis.language, "limit \(limit): \(text.debugDescription)")
                    answers.insert(analysis.language?.code ?? "\(analysis.reason!)")
                }
            }
        }
        // Every kind of answer came up.
        #expect(answers.isSuperset(of: ["fr", "en", "no letters", "not Latin script", "no evidence"]), "\(answers)")
    }
}

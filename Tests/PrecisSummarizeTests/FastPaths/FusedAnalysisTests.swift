import Foundation
import PrecisTestSupport
import Testing
import PrecisText
@testable import PrecisSummarize

/// The one-pass sentence analysis and the other fast paths give what the reference paths give.
struct FusedAnalysisTests {
    /// The 500 OrangeSum training articles in `corpora/`, with their titles.
    static let corpus: [(text: String, title: String)] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpora/orangesum-train-sample.fr.jsonl")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return content.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return (text, object["title"] as? String ?? "")
        }
    }()

    /// Word counts, terms and local numbering as ``AnalyzedDocument`` computed them before the
    /// fused pass: `Character.isWhitespace` words, then the term of each word token of the full
    /// tokenizer (``TermAnalyzer/forEachToken(in:range:_:)``).
    static func reference(_ text: String, sentences: [Sentence], analyzer: TermAnalyzer) -> TermAnalyzer.SentenceTerms {
        var result = TermAnalyzer.SentenceTerms()
        analyzer.beginDocument()
        for sentence in sentences {
            result.wordCounts.append(sentence.text(in: text).split(whereSeparator: \.isWhitespace).count)
            var terms: [Int32] = []
            analyzer.forEachToken(in: text, range: sentence.range) { token, id in
                guard token.kind == .word, id >= 0 else { return }
                if let local = analyzer.localID(of: id) {
                    terms.append(local)
                } else {
                    let local = Int32(result.globalIDs.count)
                    analyzer.setLocalID(local, for: id)
                    result.globalIDs.append(id)
                    terms.append(local)
                }
            }
            result.terms.append(terms[...])
        }
        return result
    }

    @Test func fusedPassMatchesTheReferenceOnTheCorpus() {
        #expect(Self.corpus.count == 500)
        let fused = TermAnalyzer(language: .french)
        let separate = TermAnalyzer(language: .french)
        let segmenter = SentenceSegmenter(language: .french)
        var tokens = 0
        for (text, title) in Self.corpus {
            for piece in [text, title] {
                let sentences = segmenter.sentences(in: piece)
                let a = fused.analyzeSentences(sentences, in: piece)
                let b = Self.reference(piece, sentences: sentences, analyzer: separate)
                #expect(a.wordCounts == b.wordCounts)
                #expect(a.terms == b.terms)
                // Same terms as strings, whatever order the two analyzers interned them in.
                #expect(a.globalIDs.map { fused.term($0) } == b.globalIDs.map { separate.term($0) })
                tokens += a.terms.reduce(0) { $0 + $1.count }
            }
        }
        #expect(tokens > 80_000)
    }

    /// Every word of the corpus, of English text, and of random strings over ASCII, Latin-1,
    /// œ/Œ and a few characters the byte path must leave to the `String` path: the byte path
    /// gives the `String` path's term (or non-term), and takes nearly every real word.
    @Test(arguments: [Language.french, .english])
    func latin1SurfacesAnalyseAsStrings(language: Language) {
        var words: [String] = []
        let tokenizer = Tokenizer(language: language)
        for (text, title) in Self.corpus.prefix(200) {
            for piece in [text, title, text.uppercased()] {
                tokenizer.forEachToken(in: piece) { token in
                    if token.kind == .word { words.append(String(piece.slice(token.range))) }
                }
            }
        }
        let realWords = words.count
        let english = Articles.council + " THE Government's ANNOUNCEMENTS, Œuvre ŒUVRES naïve NAÏVE Ÿ"
        tokenizer.forEachToken(in: english) { token in
            if token.kind == .word { words.append(String(english.slice(token.range))) }
        }
        let alphabet = Array("aeiouyrstnlcqudhsAEIRSTQU01-'éÉèÈàÀçÇôÔœŒßÿþÞïÏëË×÷ªµł’\u{301}").map(String.init)
        var generator = SeededGenerator(seed: language == .french ? 1 : 2)
        for k in 0..<20_000 {
            let length = k % 500 == 0 ? Int.random(in: 30...40, using: &generator) : Int.random(in: 0...10, using: &generator)
            words.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        let fast = TermAnalyzer(language: language)
        let strings = TermAnalyzer(language: language)
        var taken = 0, takenReal = 0
        for (k, word) in words.enumerated() {
            var bytes = word
            guard let id = bytes.withUTF8({ fast.analyzeLatin1Surface($0) }) else { continue }
            taken += 1
            if k < realWords { takenReal += 1 }
            let expected = strings.termID(forSurface: word[...])
            #expect((id >= 0) == (expected >= 0), "\(word)")
            if id >= 0 && expected >= 0 { #expect(fast.term(id) == strings.term(expected), "\(word)") }
        }
        #expect(takenReal * 100 >= realWords * 98, "\(takenReal) of \(realWords)")
        #expect(taken - takenReal > 5_000)
    }

    @Test func wordCounterMatchesCharacterWhitespace() {
        let samples = [
            "Les investisseurs ont salué l'annonce\u{00A0}: l'action a gagné 6\u{00A0}% à la clôture.",
            "a\u{2028}b\u{2029}c\u{0085}d\u{1680}e\u{3000}f\u{202F}g\u{205F}h\u{200A}i\u{200B}j",
            "  leading and trailing  ", "\t\n\r\u{0B}\u{0C}", "", "😀 emoji 中文 mots", "e\u{301}té  été",
        ] + Self.corpus.prefix(50).map(\.text)
        for sample in samples {
            let expected = sample.split(whereSeparator: \.isWhitespace).count
            let counted = sample.withUTF8Buffer { WordCounter.count($0, 0..<$0.count) }
            #expect(counted == expected, "\(sample.debugDescription)")
        }
    }

    /// The eight-byte blocks agree with `Character.isWhitespace` wherever a range starts and
    /// ends: spaces of every width, controls and multi-byte letters across block edges.
    @Test(arguments: 0..<8)
    func wordCounterBlocksMatchCharacterWhitespace(seed: Int) {
        let pieces = ["a", "mot", "é", "été", " ", "  ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{3000}", "\t", "\n", "«", "—",
                      "x1", "😀", "\u{1F}", "\u{85}", "\u{1680}", "\u{2028}", "ĉ", "中", "\u{0E01}", "\u{2019}"]
        var generator = SeededGenerator(seed: UInt64(seed))
        func next(_ n: Int) -> Int { Int.random(in: 0..<n, using: &generator) }
        for _ in 0..<200 {
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let boundaries = text.unicodeScalars.indices.map { $0.utf16Offset(in: text) }  // scalar starts
            let utf8Offsets = boundaries.map { text.utf8.distance(from: text.startIndex, to: String.Index(utf16Offset: $0, in: text)) } + [text.utf8.count]
            let from = utf8Offsets[next(utf8Offsets.count)]
            let candidates = utf8Offsets.filter { $0 >= from }
            let to = candidates[next(candidates.count)]
            let slice = String(decoding: Array(text.utf8)[from..<to], as: UTF8.self)
            let expected = slice.split(whereSeparator: \.isWhitespace).count
            let counted = text.withUTF8Buffer { WordCounter.count($0, from..<to) }
            #expect(counted == expected, "\(slice.debugDescription)")
        }
    }

    @Test func whitespaceTableIsUnicodeWhiteSpace() {
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(WordCounter.isWhitespace(v) == scalar.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }

    @Test(arguments: [
        "Une phrase\nsur deux lignes.", "A\r\nB", "A\n\n\nB", "\nA\n", "A \n B", "A\u{2028}B\u{2029}C\u{85}D\u{0B}E\u{0C}F",
        "Sans saut de ligne, «\u{00A0}guillemets\u{00A0}» et ’ apostrophes…", "é\n\u{301}", "", "\n", "\r\n\r\n",
    ])
    func oneLineTextMatchesSplitAndJoin(_ text: String) {
        let expected = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let fast = Summarizer.oneLineText(text, range: 0..<text.utf8.count)
        #expect(Array(fast.utf8) == Array(expected.utf8), "\(text.debugDescription)")
    }

    @Test func denseCentroidMatchesTheSparseCosine() {
        for (text, title) in Self.corpus.prefix(100) {
            let document = AnalyzedDocument(text: text, title: title, language: .french,
                                            analyzer: TermAnalyzer(language: .french), model: nil)
            let centroid = SparseVector((0..<document.termCount).map {
                WeightedTerm(term: Int32($0), weight: Double(document.documentFrequency[$0]) * document.idf[$0])
            })
            let reference = document.vectors.map { $0.cosine(centroid) }
            #expect(SentenceScorers.centroid(document) == reference)
        }
    }

    /// The title similarities (a dense scatter) are the sparse cosines, bit for bit.
    @Test func denseTitleSimilarityMatchesTheSparseCosine() throws {
        var titled = 0
        for (text, title) in Self.corpus.prefix(100) {
            let document = AnalyzedDocument(text: text, title: title, language: .french,
                                            analyzer: TermAnalyzer(language: .french), model: nil)
            guard let vector = document.titleVector else { continue }
            titled += 1
            let reference = document.vectors.map { $0.cosine(vector) }
            #expect(document.titleSimilarity.map(\.bitPattern) == reference.map(\.bitPattern))
            #expect(SentenceScorers.title(document) == reference)
        }
        #expect(titled > 50)
    }
}

import PrecisText

/// Turns text into the terms Precis weighs: lower-cased, stopwords removed, stemmed.
///
/// A term is the Snowball stem of a lower-cased word ("réseaux" → "réseau", "Intelligence" →
/// "intellig"). Numbers, punctuation, symbols, URLs, one-letter words and stopwords are not
/// terms. The analyzer caches each surface form it has seen, so a word is lower-cased and
/// stemmed once per analyzer however often it occurs; reuse one analyzer for many documents
/// (it is a reference type: one per thread).
///
/// ```swift
/// let analyzer = TermAnalyzer(language: .french)
/// analyzer.terms(of: "Les réseaux sociaux de Meta")   // ["réseau", "social", "met"]
/// ```
public final class TermAnalyzer {
    /// The language whose stemmer and stopwords apply.
    public let language: Language
    let tokenizer: Tokenizer
    let stemmer: any Stemmer
    let stopwords: Stopwords
    /// Interned terms (one struct: one exclusive access per new term).
    private var termTable = TermTable()
    /// The hot state: surface forms seen (bytes as written → term id, -1 for a word that is not
    /// a term) and the current document's local numbering. One struct, so that the per-token
    /// loop works on it through a single access (see `TermAnalyzer+Sentences.swift`).
    var cache = SurfaceCache()

    /// Creates an analyzer for `language`, with its standard stopwords unless others are given.
    public init(language: Language, stopwords: Stopwords? = nil) {
        self.language = language
        self.tokenizer = Tokenizer(language: language)
        self.stemmer = Stemmers.stemmer(for: language)
        self.stopwords = stopwords ?? Stopwords.standard(for: language)
    }

    /// The terms of `text`, in order, as strings.
    public func terms(of text: String) -> [String] {
        var result: [String] = []
        forEachTerm(in: text, range: 0..<text.utf8.count) { id in result.append(termTable.strings[Int(id)]) }
        return result
    }

    /// The string of a term id this analyzer gave.
    func term(_ id: Int32) -> String { termTable.strings[Int(id)] }

    /// The number of distinct terms seen so far.
    var termCount: Int { termTable.strings.count }

    /// Calls `body` with the id of each term in a byte range of `text`, in order.
    ///
    /// Reads the word tokens alone (``Tokenizer/forEachWord(inUTF8:range:_:)``, the same words
    /// ``Tokenizer/forEachToken(inUTF8:range:_:)`` finds).
    func forEachTerm(in text: String, range: Range<Int>, _ body: (Int32) -> Void) {
        text.withUTF8Buffer { bytes in
            tokenizer.forEachWord(inUTF8: bytes, range: range) { word in
                let id = termID(bytes, word)
                if id >= 0 { body(id) }
            }
        }
    }

    /// The term id of the word written in `bytes[range]` (-1: not a term), from the cache or
    /// analysed and cached on first sight.
    @inline(__always)
    func termID(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        let hash = ByteStringTable.hash(bytes, range)
        if let cached = cache.surfaces.value(bytes, range, hash: hash) { return cached }
        let id = analyzeSurface(bytes, range)
        cache.surfaces.insert(bytes, range, hash: hash, value: id)
        return id
    }

    /// The term id of the word written in `bytes[range]`, analysed now (the cache's miss path;
    /// it must not touch `cache`).
    func analyzeSurface(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        if let id = analyzeLatin1Surface(UnsafeBufferPointer(rebasing: bytes[range])) { return id }
        let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return termID(forSurface: surface[...])
    }

    /// The longest word ``analyzeLatin1Surface(_:)`` takes, in UTF-8 bytes.
    static let latin1SurfaceLimit = 64

    /// ``termID(forSurface:)`` on the bytes of a word written in ASCII, Latin-1 letters and
    /// œ/Œ (nearly every French and English word), with no `String` made: lower-cased into a
    /// stack buffer, then the same checks, stemming and interning. `nil` for any other word
    /// (other scripts and capitals, typographic apostrophes, decomposed accents, more than
    /// ``latin1SurfaceLimit`` bytes), which takes the `String` path.
    ///
    /// Folding these bytes needs no Unicode tables: A–Z and À–Þ (but ×) move by 0x20, Œ becomes
    /// œ, and nothing changes under NFC below U+0300.
    func analyzeLatin1Surface(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let n = word.count
        guard n <= Self.latin1SurfaceLimit else { return nil }
        // The folded word, then room for its stem.
        let stemStart = Self.latin1SurfaceLimit
        let capacity = stemStart + FrenchStemmer.stemCapacity(forUTF8Count: Self.latin1SurfaceLimit)  // the same for every stemmer
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { lower -> Int32? in
            var scalars = 0
            var hasLetter = false
            var i = 0
            while i < n {
                let b = word[i]
                if b < 0x80 {
                    let isCapital = b &- 0x41 < 26
                    hasLetter = hasLetter || isCapital || b &- 0x61 < 26
                    lower[i] = isCapital ? b | 0x20 : b
                    i += 1
                } else {
                    guard i + 1 < n else { return nil }
                    let next = word[i + 1]
                    if b == 0xC3 && next >= 0x80 && next <= 0xBF {
                        // À–Þ → à–þ, but × (U+D7); × and ÷ (U+F7) are not letters.
                        lower[i] = 0xC3
                        lower[i + 1] = next <= 0x9E && next != 0x97 ? next | 0x20 : next
                        hasLetter = hasLetter || (next != 0x97 && next != 0xB7)
                    } else if b == 0xC5 && (next == 0x92 || next == 0x93) {  // Œ œ
                        lower[i] = 0xC5
                        lower[i + 1] = 0x93
                        hasLetter = true
                    } else {
                        return nil
                    }
                    i += 2
                }
                scalars += 1
            }
            let folded = UnsafeBufferPointer(rebasing: lower[0..<n])
            guard scalars > 1, !stopwords.contains(foldedUTF8: folded) else { return -1 }
            // Words made only of digits and separators are not terms ("1er" and "Covid-19" are).
            guard hasLetter else { return -1 }
            let stem = UnsafeMutableBufferPointer(rebasing: lower[stemStart...])
            // A stemmer of another kind may want more room: its `String` path then.
            guard let length = stemmer.stem(utf8: folded, into: stem) else { return nil }
            return termTable.intern(utf8: UnsafeBufferPointer(rebasing: stem[..<length]))
        }
    }

    /// The term id of a word as written, or -1 when the word is not a term.
    func termID(forSurface surface: Substring) -> Int32 {
        // NFC first, so decomposed accents ("e\u{301}") give the same term as composed ones;
        // below U+0300 (lead bytes under 0xCC) nothing changes under NFC.
        let nfc = surface.utf8.contains { $0 >= 0xCC } ? NormalizedText(String(surface)).text[...] : surface
        let lower = Folding.lowercase(nfc)
        guard Self.hasTwoScalars(lower), !stopwords.contains(lower) else { return -1 }
        // Words made only of digits and separators are not terms ("1er" and "Covid-19" are).
        guard Self.hasLetter(lower) else { return -1 }
        return intern(stemmer.stem(lower))
    }

    /// Whether `word` holds more than one Unicode scalar (lead bytes counted, no decoding).
    @inline(__always)
    static func hasTwoScalars(_ word: String) -> Bool {
        var leads = 0
        for b in word.utf8 where b & 0xC0 != 0x80 {
            leads += 1
            if leads > 1 { return true }
        }
        return false
    }

    /// Whether `word` holds an alphabetic scalar: an ASCII letter settles it without looking up
    /// Unicode properties.
    @inline(__always)
    static func hasLetter(_ word: String) -> Bool {
        if word.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) { return true }
        return word.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
    }

    /// The id of a term string, assigning a new one if needed.
    func intern(_ term: String) -> Int32 { termTable.intern(term) }

    /// The id of a term string if it has one.
    func existingID(_ term: String) -> Int32? { termTable.id(of: term) }
}

extension TermAnalyzer {
    /// Calls `body` with every token of a byte range of `text` and its term id (-1 for tokens
    /// that are not terms).
    func forEachToken(in text: String, range: Range<Int>, _ body: (Token, Int32) -> Void) {
        text.withUTF8Buffer { bytes in
            tokenizer.forEachToken(inUTF8: bytes, range: range) { token in
                body(token, token.kind == .word ? termID(bytes, token.range) : -1)
            }
        }
    }
}

extension TermAnalyzer {
    /// Starts a new document's local numbering of terms.
    func beginDocument() { cache.beginDocument() }

    /// The document-local id of a term id, if the current document has it.
    @inline(__always)
    func localID(of id: Int32) -> Int32? { cache.localID(of: id) }

    /// Gives a term id the document-local id `local`.
    @inline(__always)
    func setLocalID(_ local: Int32, for id: Int32) { cache.setLocalID(local, for: id) }
}

/// A set of words too common to say what a text is about: articles, pronouns, prepositions,
/// conjunctions, auxiliaries, and the fillers of news copy.
///
/// The summarizer leaves stopwords out of TF-IDF vectors and keywords. Precis ships a list for
/// each ``Language`` (``standard(for:)``), curated for news from the Snowball lists; see
/// `Sources/PrecisText/Stopwords/README.md` for the rules. Build your own with
/// ``init(_:)``, ``parse(_:)`` (the override file format), ``adding(_:)`` and
/// ``removing(_:)``.
///
/// Entries are stored lower-case with ASCII apostrophes. ``contains(_:)`` folds the case of
/// ASCII and Latin-1 letters (and of other letters, more slowly) and reads ’ ‘ ‛ ′ ʼ as `'`,
/// so tokens can be looked up as written: `L’`, `QU'`, `Été`. French elided forms are listed
/// with and without their apostrophe (`l'` and `l`).
///
/// ```swift
/// let stopwords = Stopwords.standard(for: .french)
/// stopwords.contains("L’")            // true
/// stopwords.contains("métavers")      // false
///
/// let mine = stopwords
///     .adding(["afp", "lundi"])
///     .removing(["plus"])
/// mine.contains("AFP")                // true
/// ```
public struct Stopwords: Sendable {
    private var storage: Set<String>
    /// The entries of up to 16 UTF-8 bytes, for allocation-free lookups.
    private var table: ShortWordTable
    /// The longest entry, in UTF-8 bytes: longer tokens are rejected early.
    private var longest: Int

    /// The words, lower-case, NFC, with ASCII apostrophes.
    ///
    /// Setting it normalizes the new words the way ``init(_:)`` does.
    public var words: Set<String> {
        get { storage }
        set { self = Stopwords(newValue) }
    }

    /// How many words the list holds.
    public var count: Int { storage.count }

    /// Whether the list is empty.
    public var isEmpty: Bool { storage.isEmpty }

    /// Creates a list from words, normalizing each: surrounding whitespace trimmed, lower-cased,
    /// NFC, apostrophes made ASCII. Empty words are skipped.
    ///
    /// ```swift
    /// let stopwords = Stopwords(["Le", "L’", "la"])
    /// stopwords.words   // ["le", "l'", "la"]
    /// ```
    public init<S: Sequence>(_ words: S) where S.Element: StringProtocol {
        var storage = Set<String>()
        var longest = 0
        for word in words {
            let normalized = Self.normalize(word)
            guard !normalized.isEmpty else { continue }
            longest = max(longest, normalized.utf8.count)
            storage.insert(normalized)
        }
        self.storage = storage
        self.longest = longest
        self.table = ShortWordTable(storage)
    }

    /// The list Precis ships for `language`.
    ///
    /// ```swift
    /// Stopwords.standard(for: .english).contains("n't")   // true
    /// ```
    public static func standard(for language: Language) -> Stopwords {
        switch language {
        case .french: french
        case .english: english
        }
    }

    private static let french = Stopwords(frenchWords)
    private static let english = Stopwords(englishWords)

    /// Whether `word` is in the list, ignoring case and the apostrophe's shape.
    ///
    /// ASCII and Latin-1 capitals (plus Œ and Ÿ) are folded in place and ’ ‘ ‛ ′ ʼ read as
    /// `'`, without allocating or hashing a `String` for words of up to 16 UTF-8 bytes (all the
    /// shipped entries); a word with other capitals
    /// (Greek, Cyrillic, Latin Extended) takes a slower, allocating path. Input is compared
    /// as given otherwise: pass NFC text (as the normalizer produces).
    ///
    /// ```swift
    /// Stopwords.standard(for: .french).contains("Qu’")   // true
    /// ```
    ///
    /// - Complexity: O(*n*) in the length of `word`; words longer than the longest entry are
    ///   rejected after folding at most that many bytes.
    @inline(__always)
    public func contains(_ word: some StringProtocol) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains(utf8: $0) }) {
            return found
        }
        var copy = String(word)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { contains(utf8: $0) } ?? false
    }

    /// ``contains(_:)`` for a `String`, specialized (the generic entry point is not, across
    /// modules). Same result.
    public func contains(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains(utf8: $0) }) {
            return found
        }
        var copy = word
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { contains(utf8: $0) } ?? false
    }

    /// ``contains(_:)`` for a word given as UTF-8 bytes: folded and looked up in place, with a
    /// `String` made only for the rare words ``contains(_:)`` says are slower.
    ///
    /// ```swift
    /// Array("Qu’".utf8).withUnsafeBufferPointer { Stopwords.standard(for: .french).contains(utf8: $0) }   // true
    /// ```
    public func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        switch Self.fold(bytes, limit: longest) {
        case .tooLong:
            return false
        case .folded(let key):
            return table.contains(key)
        case .needsUnicodeLowercasing, .longerThanKey:
            return storage.contains(Self.normalize(String(decoding: bytes, as: UTF8.self)))
        }
    }

    /// ``contains(utf8:)`` for a word whose bytes folding would not change: lower-case ASCII
    /// and Latin-1 letters, œ, digits and other marks, but no capital and no typographic
    /// apostrophe (what ``TermAnalyzer`` passes after lower-casing a Latin-1 word). The bytes
    /// are the key as they stand: no second folding pass.
    ///
    /// ```swift
    /// Array("été".utf8).withUnsafeBufferPointer { Stopwords.standard(for: .french).contains(foldedUTF8: $0) }   // true
    /// ```
    public func contains(foldedUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n > 0, n <= longest else { return false }
        guard n <= 16 else { return contains(utf8: bytes) }
        var key = ShortWordTable.Key()
        for k in 0..<n {
            if k < 8 {
                key.low |= UInt64(bytes[k]) << (8 &* UInt64(k))
            } else {
                key.high |= UInt64(bytes[k]) << (8 &* UInt64(k &- 8))
            }
        }
        return table.contains(key)
    }

    /// Returns the list with `words` added (normalized as ``init(_:)`` does).
    ///
    /// ```swift
    /// Stopwords.standard(for: .french).adding(["afp", "lundi"])
    /// ```
    public func adding<S: Sequence>(_ words: S) -> Stopwords where S.Element: StringProtocol {
        var storage = self.storage
        for word in words { storage.insert(Self.normalize(word)) }
        return Stopwords(storage)
    }

    /// Returns the list without `words` (matched after normalization, so "Plus" removes "plus").
    ///
    /// ```swift
    /// Stopwords.standard(for: .french).removing(["plus"])
    /// ```
    public func removing<S: Sequence>(_ words: S) -> Stopwords where S.Element: StringProtocol {
        var storage = self.storage
        for word in words { storage.remove(Self.normalize(word)) }
        return Stopwords(storage)
    }

    /// Reads a list in the override file format: one word a line; `#` starts a comment that
    /// runs to the end of the line; blank lines are ignored; surrounding spaces are trimmed.
    ///
    /// A line holding several words separated by spaces or tabs adds each of them.
    ///
    /// ```swift
    /// let extra = Stopwords.parse("""
    ///     # agency bylines
    ///     afp
    ///     reuters   # and wires
    ///     """)
    /// let stopwords = Stopwords.standard(for: .french).adding(extra.words)
    /// ```
    public static func parse(_ text: String) -> Stopwords {
        var words: [Substring] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let content = line.prefix { $0 != "#" }
            for word in content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) {
                words.append(word)
            }
        }
        return Stopwords(words)
    }
}

extension Stopwords: ExpressibleByArrayLiteral {
    /// Creates a list from an array literal: `let stopwords: Stopwords = ["afp", "reuters"]`.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }
}

extension Stopwords: CustomStringConvertible {
    public var description: String { "Stopwords(\(storage.count) words)" }
}

// MARK: - Folding

extension Stopwords {
    /// The stored form of a word: trimmed, lower-cased, NFC, ASCII apostrophes.
    static func normalize(_ word: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in word.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(isApostrophe(scalar.value) ? "'" : scalar)
        }
        let lowered = String(scalars)
        return lowered.utf8.allSatisfy({ $0 < 0x80 }) ? lowered : ICUString.normalize(lowered, to: .nfc)
    }

    @inline(__always)
    static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x2019 || value == 0x2018 || value == 0x201B || value == 0x2032 || value == 0x02BC
    }

    enum FoldResult: Equatable {
        /// The folded word, 1 to 16 bytes.
        case folded(ShortWordTable.Key)
        /// Longer than `limit`: not in the list.
        case tooLong
        /// Longer than 16 bytes but not than `limit`: look it up as a `String`.
        case longerThanKey
        /// Holds a capital letter beyond Latin-1: look it up as a `String`.
        case needsUnicodeLowercasing
    }

    /// Lower-cases ASCII and Latin-1 letters (and Œ, Ÿ) and turns apostrophes into `'`,
    /// packing the result into a ``ShortWordTable/Key``.
    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> FoldResult {
        let n = bytes.count
        var key = ShortWordTable.Key()
        var i = 0
        var j = 0
        @inline(__always) func put(_ byte: UInt8) {
            if j < 8 {
                key.low |= UInt64(byte) << (8 &* UInt64(j))
            } else if j < 16 {
                key.high |= UInt64(byte) << (8 &* UInt64(j &- 8))
            }
            j += 1
        }
        while i < n {
            if j > limit { return .tooLong }
            let b = bytes[i]
            if b < 0x80 {
                put(b &- 0x41 < 26 ? b | 0x20 : b)
                i += 1
                continue
            }
            let next: UInt8 = i + 1 < n ? bytes[i + 1] : 0
            switch b {
            case 0xC3 where next >= 0x80 && next <= 0x9E && next != 0x97:  // À–Þ except ×
                put(0xC3)
                put(next &+ 0x20)
                i += 2
                continue
            case 0xC5 where next == 0x92:  // Œ
                put(0xC5)
                put(0x93)
                i += 2
                continue
            case 0xC5 where next == 0xB8:  // Ÿ
                put(0xC3)
                put(0xBF)
                i += 2
                continue
            case 0xCA where next == 0xBC:  // ʼ
                put(0x27)
                i += 2
                continue
            case 0xE2 where next == 0x80 && i + 2 < n:
                let third = bytes[i + 2]
                if third == 0x98 || third == 0x99 || third == 0x9B || third == 0xB2 {  // ‘ ’ ‛ ′
                    put(0x27)
                    i += 3
                    continue
                }
            default:
                break
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            if b >= 0xC4 && ScalarCase.isUppercase(scalar) { return .needsUnicodeLowercasing }
            for k in i..<min(i + length, n) { put(bytes[k]) }
            i += length
        }
        if j > limit { return .tooLong }
        return j > 16 ? .longerThanKey : .folded(key)
    }
}

extension Stopwords: Hashable {
    public static func == (lhs: Stopwords, rhs: Stopwords) -> Bool { lhs.storage == rhs.storage }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage) }
}

/// An open-addressing hash set of words of at most 16 UTF-8 bytes, each packed into two
/// integers (zero-padded: no word holds a NUL byte), so a lookup hashes two words and compares
/// two words, with no `String` in sight.
struct ShortWordTable: Sendable {
    struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    private var keys: [Key]
    private var shift: UInt64
    private var mask: Int

    init(_ words: some Sequence<String>) {
        var packed: [Key] = []
        for word in words where word.utf8.count <= 16 && !word.utf8.contains(0) {
            var key = Key()
            for (j, byte) in word.utf8.enumerated() {
                if j < 8 { key.low |= UInt64(byte) << (8 * UInt64(j)) } else { key.high |= UInt64(byte) << (8 * UInt64(j - 8)) }
            }
            packed.append(key)
        }
        var bits = 4
        while 1 << bits < packed.count * 4 { bits += 1 }  // load factor ≤ 1/4
        let capacity = 1 << bits
        shift = UInt64(64 - bits)
        mask = capacity - 1
        keys = [Key](repeating: Key(), count: capacity)
        for key in packed {
            var slot = Self.home(key, shift)
            while keys[slot] != Key() && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
        }
    }

    @inline(__always)
    private static func home(_ key: Key, _ shift: UInt64) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: ((mixed ^ (mixed >> 29)) &* 0x1656_67B1_9E37_79F9) >> shift)
    }

    @inline(__always)
    func contains(_ key: Key) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            var slot = Self.home(key, shift)
            while true {
                let found = keys[slot]
                if found.low == key.low && found.high == key.high { return true }
                if found.low == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// The Snowball stemmer for French.
///
/// This is a Swift implementation of the French stemming algorithm published at snowballstem.org
/// (the `french.sbl` of Snowball 3). It follows that algorithm exactly and reproduces the official
/// French vocabulary (`french-voc.txt` → `french-output.txt`) with no differences. The algorithm
/// runs in these steps:
///
/// 1. **Elision**: a leading `c' d' j' l' m' n' s' t' qu'` is removed (`l'homme` → `homme`).
/// 2. **Prelude**: `u` and `i` between vowels, `y` next to a vowel and the `u` of `qu` are marked
///    as consonants; `ë` and `ï` are split into a marker and the plain vowel.
/// 3. **Regions**: RV, R1 and R2 are located.
/// 4. **Suffixes**: standard suffixes (`-ement`, `-ité`, `-euse`, `-ation`, …), then `-ir` verb
///    endings preceded by a consonant, then other verb endings; if none was removed, a residual
///    step drops a final `-s`, `-e` or `-ion`, and turns `-ier`/`-ière` into `-i`.
/// 5. **Tidying**: a final double consonant in `-enn -onn -ett -ell -eill` is undoubled, and an
///    `é` or `è` before the final consonants becomes `e`.
///
/// Input is expected in lower case. Upper-case letters and other characters are kept as they are
/// (they count as consonants); the stemmer never traps on any input. Words of one character are
/// returned unchanged.
///
/// The stemmer works on an array of Unicode scalar values in a stack buffer, so a call makes one
/// allocation, for the returned string (none through ``stem(utf8:into:)``).
///
/// ```swift
/// let stemmer = FrenchStemmer()
/// stemmer.stem("continuellement")   // "continuel"
/// stemmer.stem("chevaux")           // "cheval"
/// stemmer.stem("l'enseignement")    // "enseign"
/// ```
public struct FrenchStemmer: Stemmer, Sendable {
    public init() {}

    public var language: Language { .french }

    /// Returns the stem of a lower-case French word.
    public func stem(_ word: String) -> String {
        var word = word
        let stem: String? = word.withUTF8 { bytes in
            if bytes.count <= 2, Self.isUnchangedShortWord(bytes) { return nil }  // the word itself
            return String(unsafeUninitializedCapacity: Self.stemCapacity(forUTF8Count: bytes.count)) { output in
                self.stem(utf8: bytes, into: output) ?? 0
            }
        }
        return stem ?? word
    }

    /// Writes the stem of a lower-case French word given as well-formed UTF-8 into `output`
    /// and returns its length: what ``stem(_:)`` returns, with no string made; `nil` (nothing
    /// written) when `output` holds fewer than ``Stemmer/stemCapacity(forUTF8Count:)`` bytes.
    public func stem(utf8 bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard output.count >= Self.stemCapacity(forUTF8Count: bytes.count) else { return nil }
        if bytes.count <= 2, Self.isUnchangedShortWord(bytes) {
            _ = output.initialize(fromContentsOf: bytes)
            return bytes.count
        }
        // As in `stem(_:)`: room for the prelude's markers.
        let capacity = 2 * bytes.count + 8
        return Suffixes.tables.entries.withUnsafeBufferPointer { suffixes in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { buffer -> Int in
                var stemWord = FrenchWord(storage: buffer.baseAddress!, bytes: bytes, suffixes: suffixes)
                stemWord.stem()
                return stemWord.writeUTF8(into: output)
            }
        }
    }

    /// Whether a word of at most two UTF-8 bytes certainly comes out unchanged: any single scalar
    /// does, and so does a pair of ASCII characters not ending in `s` (the residual step may drop
    /// that `s`). Everything else takes the full algorithm.
    @inline(__always)
    private static func isUnchangedShortWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count <= 1 { return true }
        if bytes[0] >= 0xC0 { return true }  // one two-byte scalar
        return bytes[0] < 0x80 && bytes[1] < 0x80 && bytes[1] != UInt8(ascii: "s")
    }
}

// MARK: - Scalar constants

/// Scalar values used by the algorithm, with private marker values (outside the Unicode range)
/// for the letters the prelude marks as consonants.
private enum FR {
    static let a: UInt32 = 0x61, b: UInt32 = 0x62, c: UInt32 = 0x63, d: UInt32 = 0x64
    static let e: UInt32 = 0x65, g: UInt32 = 0x67, h: UInt32 = 0x68, i: UInt32 = 0x69
    static let j: UInt32 = 0x6A, l: UInt32 = 0x6C, m: UInt32 = 0x6D, n: UInt32 = 0x6E
    static let o: UInt32 = 0x6F, p: UInt32 = 0x70, q: UInt32 = 0x71, r: UInt32 = 0x72
    static let s: UInt32 = 0x73, t: UInt32 = 0x74, u: UInt32 = 0x75, v: UInt32 = 0x76
    static let x: UInt32 = 0x78, y: UInt32 = 0x79
    static let apostrophe: UInt32 = 0x27
    static let aGrave: UInt32 = 0xE0, aCircumflex: UInt32 = 0xE2, cCedilla: UInt32 = 0xE7
    static let eGrave: UInt32 = 0xE8, eAcute: UInt32 = 0xE9, eCircumflex: UInt32 = 0xEA
    static let eDiaeresis: UInt32 = 0xEB, iCircumflex: UInt32 = 0xEE, iDiaeresis: UInt32 = 0xEF
    static let oCircumflex: UInt32 = 0xF4, uGrave: UInt32 = 0xF9, uCircumflex: UInt32 = 0xFB

    /// The first value after the Unicode range: the markers are `markBase` plus a letter, so
    /// their low byte is the letter they stand for.
    static let markBase: UInt32 = 0x11_0000
    /// `i` marked as a consonant (Snowball's `I`).
    static let markI: UInt32 = markBase + i
    /// `u` marked as a consonant (Snowball's `U`).
    static let markU: UInt32 = markBase + u
    /// `y` marked as a consonant (Snowball's `Y`).
    static let markY: UInt32 = markBase + y
    /// The diaeresis split off `ë` and `ï` (Snowball's `H`).
    static let markH: UInt32 = markBase + h

    /// The vowels: `a e i o u y â à ë é ê è ï î ô û ù`.
    @inline(__always)
    static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true
        case 0xE0, 0xE2, 0xE8, 0xE9, 0xEA, 0xEB, 0xEE, 0xEF, 0xF4, 0xF9, 0xFB: true
        default: false
        }
    }

    /// The letters after which a final `s` is kept: `a i o u è s`.
    @inline(__always)
    static func keepsFinalS(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x69, 0x6F, 0x75, 0xE8, 0x73: true
        default: false
        }
    }

    /// The letters before which `-oux` becomes `-ou`: `b h j l n p`.
    @inline(__always)
    static func takesOuxPlural(_ c: UInt32) -> Bool {
        switch c {
        case 0x62, 0x68, 0x6A, 0x6C, 0x6E, 0x70: true
        default: false
        }
    }

    /// The letters that elide before an apostrophe: `c d j l m n s t`.
    @inline(__always)
    static func isElisionLetter(_ c: UInt32) -> Bool {
        switch c {
        case 0x63, 0x64, 0x6A, 0x6C, 0x6D, 0x6E, 0x73, 0x74: true
        default: false
        }
    }
}

// MARK: - Suffix tables

/// Sets of suffixes, each suffix with an action code, searched for the longest one ending a
/// word (Snowball's `[substring] among (…)` in backward mode).
///
/// The suffixes of each set are stored reversed in a trie: the search reads the word backwards
/// from its end, one node a scalar, and remembers the last node where a suffix ends, so it costs
/// one step a scalar of the longest partial match, however many suffixes the set holds. Each
/// node is a row indexed by letter class (the letters the suffixes use), so a step is two loads.
/// All the tries share one array, so a word fetches them once.
private struct SuffixTables: Sendable {
    /// At index `t < tablesEnd`, the offset of the root row of table `t`; from `classesStart`,
    /// the letter class of each scalar key (see ``key(_:)``), 1 for the scalars no suffix uses;
    /// then one row per node: at column 0 the code of the suffix ending at that node (0: none),
    /// at column `c > 0` the offset of the child reached by a scalar of class `c` (0: none, as
    /// always at column 1; a root is nobody's child).
    let entries: [UInt16]

    private static let tablesEnd = 8
    private static let classesStart = tablesEnd
    private static let keyCount = 0x180

    /// The key of a scalar: Latin-1 scalars are their own key, the prelude's markers follow
    /// (0x100 plus their letter), and anything else is 0 (NUL), which no suffix uses.
    @inline(__always)
    private static func key(_ c: UInt32) -> Int {
        if _fastPath(c < 0x100) { return Int(c) }
        let marker = c &- FR.markBase
        return marker < 0x80 ? 0x100 + Int(marker) : 0
    }

    /// Builds the tables, each from groups of suffixes sharing an action code (never 0); table
    /// `t` is the `t`-th. In the suffixes, `I`, `U` and `Y` stand for the prelude's markers.
    init(_ tables: [[(code: UInt8, suffixes: [String])]]) {
        precondition(tables.count <= Self.tablesEnd)
        // The tries, one dictionary of children a node.
        var children: [[UInt32: Int]] = []
        var codes: [UInt8] = []
        var roots: [Int] = []
        // Class 0 is the column of the codes, class 1 that of the scalars no suffix uses.
        var classes = [UInt16](repeating: 1, count: Self.keyCount)
        var classCount = 2
        for groups in tables {
            roots.append(children.count)
            children.append([:])
            codes.append(0)
            for group in groups {
                precondition(group.code != 0, "0 means no suffix")
                for suffix in group.suffixes {
                    var node = roots[roots.count - 1]
                    for scalar in suffix.unicodeScalars.reversed() {
                        let value: UInt32 = switch scalar {
                        case "I": FR.markI
                        case "U": FR.markU
                        case "Y": FR.markY
                        default: scalar.value
                        }
                        let key = Self.key(value)
                        precondition(key != 0, "suffix letters are Latin-1 or markers")
                        if classes[key] == 1 {
                            classes[key] = UInt16(classCount)
                            classCount += 1
                        }
                        if let child = children[node][value] {
                            node = child
                        } else {
                            children.append([:])
                            codes.append(0)
                            children[node][value] = children.count - 1
                            node = children.count - 1
                        }
                    }
                    precondition(codes[node] == 0, "suffix '\(suffix)' listed twice")
                    codes[node] = group.code
                }
            }
        }
        // Node `n` at offset `rowsStart + n * classCount`.
        let rowsStart = Self.classesStart + Self.keyCount
        func row(_ node: Int) -> Int { rowsStart + node * classCount }
        var entries = [UInt16](repeating: 0, count: Self.tablesEnd) + classes
            + [UInt16](repeating: 0, count: children.count * classCount)
        precondition(entries.count <= Int(UInt16.max), "tables too large for 16-bit offsets")
        for (t, root) in roots.enumerated() { entries[t] = UInt16(row(root)) }
        for node in children.indices {
            entries[row(node)] = UInt16(codes[node])
            for (value, child) in children[node] {
                entries[row(node) + Int(classes[Self.key(value)])] = UInt16(row(child))
            }
        }
        self.entries = entries
    }

    /// The longest suffix of `word[limit..<end]` in table `table` of `entries` (this type's
    /// `entries`): its code and start, or `nil`.
    @inline(__always)
    static func longestMatch(
        in table: Int, of entries: UnsafeBufferPointer<UInt16>,
        word: UnsafeMutablePointer<UInt32>, end: Int, limit: Int
    ) -> (code: UInt8, start: Int)? {
        var bestCode: UInt16 = 0, bestStart = 0
        var row = Int(entries[table])
        var k = end &- 1
        while k >= limit {
            row = Int(entries[row &+ Int(entries[classesStart &+ key(word[k])])])
            if row == 0 { break }
            let code = entries[row]
            if code != 0 { (bestCode, bestStart) = (code, k) }
            k &-= 1
        }
        return bestCode == 0 ? nil : (UInt8(truncatingIfNeeded: bestCode), bestStart)
    }
}

/// Action codes and tables for the suffix steps.
private enum Suffixes {
    // standard_suffix
    static let plainR2: UInt8 = 1, ation: UInt8 = 2, logie: UInt8 = 3, usion: UInt8 = 4
    static let ence: UInt8 = 5, ement: UInt8 = 6, ite: UInt8 = 7, ive: UInt8 = 8
    static let eaux: UInt8 = 9, aux: UInt8 = 10, oux: UInt8 = 11, euse: UInt8 = 12
    static let issement: UInt8 = 13, amment: UInt8 = 14, emment: UInt8 = 15, ment: UInt8 = 16

    static let standard: [(code: UInt8, suffixes: [String])] = [
        (plainR2, ["ance", "iqUe", "isme", "able", "iste", "eux",
                   "ances", "iqUes", "ismes", "ables", "istes"]),
        (ation, ["atrice", "ateur", "ation", "atrices", "ateurs", "ations"]),
        (logie, ["logie", "logies"]),
        (usion, ["usion", "ution", "usions", "utions"]),
        (ence, ["ence", "ences"]),
        (ement, ["ement", "ements"]),
        (ite, ["ité", "ités"]),
        (ive, ["if", "ive", "ifs", "ives"]),
        (eaux, ["eaux"]),
        (aux, ["aux"]),
        (oux, ["oux"]),
        (euse, ["euse", "euses"]),
        (issement, ["issement", "issements"]),
        (amment, ["amment"]),
        (emment, ["emment"]),
        (ment, ["ment", "ments"]),
    ]

    // After -ement
    static let ementIv: UInt8 = 1, ementEus: UInt8 = 2, ementAbl: UInt8 = 3, ementIer: UInt8 = 4

    static let afterEment: [(code: UInt8, suffixes: [String])] = [
        (ementIv, ["iv"]),
        (ementEus, ["eus"]),
        (ementAbl, ["abl", "iqU"]),
        (ementIer, ["ièr", "Ièr"]),
    ]

    // After -ité
    static let iteAbil: UInt8 = 1, iteIc: UInt8 = 2, iteIv: UInt8 = 3

    static let afterIte: [(code: UInt8, suffixes: [String])] = [
        (iteAbil, ["abil"]),
        (iteIc, ["ic"]),
        (iteIv, ["iv"]),
    ]

    // i_verb_suffix
    static let iVerb: [(code: UInt8, suffixes: [String])] = [
        (1, ["îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai",
             "iraIent", "irais", "irait", "iras", "irent", "irez", "iriez",
             "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
             "issant", "issante", "issantes", "issants", "isse", "issent", "isses",
             "issez", "issiez", "issions", "issons", "it"]),
    ]

    // verb_suffix
    static let verbIons: UInt8 = 1, verbDelete: UInt8 = 2, verbA: UInt8 = 3, verbAis: UInt8 = 4

    static let verb: [(code: UInt8, suffixes: [String])] = [
        (verbIons, ["ions"]),
        (verbDelete, ["é", "ée", "ées", "és", "èrent", "er", "era", "erai",
                      "eraIent", "erais", "erait", "eras", "erez", "eriez", "erions",
                      "erons", "eront", "ez", "iez", "eais"]),
        (verbA, ["âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant",
                 "ante", "antes", "ants", "as", "asse", "assent", "asses", "assiez",
                 "assions"]),
        (verbAis, ["ais", "aise", "aises"]),
    ]

    // residual_suffix
    static let residualIon: UInt8 = 1, residualIer: UInt8 = 2, residualE: UInt8 = 3

    static let residual: [(code: UInt8, suffixes: [String])] = [
        (residualIon, ["ion"]),
        (residualIer, ["ier", "ière", "Ier", "Ière"]),
        (residualE, ["e"]),
    ]

    /// All the tables; index `t` of `tables.entries` leads to the table with id `t`.
    static let tables = SuffixTables([standard, afterEment, afterIte, iVerb, verb, residual])
    static let standardTable = 0, afterEmentTable = 1, afterIteTable = 2
    static let iVerbTable = 3, verbTable = 4, residualTable = 5
}

// MARK: - The algorithm

/// A word being stemmed: scalar values in a caller-provided buffer, and its regions.
private struct FrenchWord {
    /// The scalars; `count` of them are in use.
    let w: UnsafeMutablePointer<UInt32>
    var count: Int
    /// Start of RV, R1 and R2 (`count` when a region is empty).
    var pV = 0, p1 = 0, p2 = 0
    /// The entries of ``Suffixes/tables``.
    let suffixes: UnsafeBufferPointer<UInt16>
    /// Whether the word was all ASCII: then its scalars stay ASCII or the markers `I U Y`
    /// (never `H`, which comes from `ë` or `ï`), and it has no `é` or `è` to unaccent.
    let isASCII: Bool

    /// Decodes well-formed UTF-8 into `storage`, without its elision (step 1); `suffixes` are
    /// the entries of ``Suffixes/tables``.
    @inline(__always)
    init(storage: UnsafeMutablePointer<UInt32>, bytes: UnsafeBufferPointer<UInt8>, suffixes: UnsafeBufferPointer<UInt16>) {
        w = storage
        self.suffixes = suffixes
        var n = 0
        let start = Self.elisionLength(bytes)
        var i = start
        let end = bytes.count
        while i < end {
            // Most scalars are ASCII: one byte, one scalar.
            while i < end, bytes[i] < 0x80 {
                storage[n] = UInt32(bytes[i])
                i &+= 1
                n &+= 1
            }
            guard i < end else { break }
            let b0 = UInt32(bytes[i])
            var value: UInt32
            if b0 < 0xE0 {
                value = ((b0 & 0x1F) << 6) | (UInt32(bytes[i &+ 1]) & 0x3F)
                i &+= 2
            } else if b0 < 0xF0 {
                value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i &+ 1]) & 0x3F) << 6)
                    | (UInt32(bytes[i &+ 2]) & 0x3F)
                i &+= 3
            } else {
                value = ((b0 & 0x07) << 18) | ((UInt32(bytes[i &+ 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i &+ 2]) & 0x3F) << 6) | (UInt32(bytes[i &+ 3]) & 0x3F)
                i &+= 4
            }
            storage[n] = value
            n &+= 1
        }
        count = n
        isASCII = n == end &- start
    }

    /// Steps 2 to 5 (the elision was left out when decoding).
    @inline(__always)
    mutating func stem() {
        preludeAndRegions()
        if standardSuffix() || iVerbSuffix() || verbSuffix() {
            if count > 0 {
                if w[count - 1] == FR.markY {
                    w[count - 1] = FR.i
                } else if w[count - 1] == FR.cCedilla {
                    w[count - 1] = FR.c
                }
            }
        } else {
            residualSuffix()
        }
        unDouble()
        unAccent()
    }

    // MARK: Helpers

    @inline(__always)
    private func isVowel(at k: Int) -> Bool { FR.isVowel(w[k]) }

    /// The longest suffix of `w[limit..<count]` in table `table` of ``Suffixes/tables``.
    @inline(__always)
    private func longestSuffix(in table: Int, limit: Int) -> (code: UInt8, start: Int)? {
        SuffixTables.longestMatch(in: table, of: suffixes, word: w, end: count, limit: limit)
    }

    /// Whether the word ends with `a b` (two scalars).
    @inline(__always)
    private func endsWith(_ a: UInt32, _ b: UInt32) -> Bool {
        count >= 2 && w[count - 2] == a && w[count - 1] == b
    }

    /// Replaces everything from `start` to the end with the given scalars.
    @inline(__always)
    private mutating func replaceTail(from start: Int, with a: UInt32) {
        w[start] = a
        count = start + 1
    }

    @inline(__always)
    private mutating func replaceTail(from start: Int, with a: UInt32, _ b: UInt32) {
        w[start] = a; w[start + 1] = b
        count = start + 2
    }

    @inline(__always)
    private mutating func replaceTail(from start: Int, with a: UInt32, _ b: UInt32, _ c: UInt32) {
        w[start] = a; w[start + 1] = b; w[start + 2] = c
        count = start + 3
    }

    // MARK: Elision, prelude, regions

    /// The length in bytes of a leading `c' d' j' l' m' n' s' t'` or `qu'` followed by at least
    /// one scalar, which the elision step removes; 0 when there is none.
    @inline(__always)
    private static func elisionLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // These are ASCII: byte `k` is scalar `k`. The apostrophe first: most words have none there.
        let apostrophe = UInt8(ascii: "'")
        let n = bytes.count
        if n >= 3, bytes[1] == apostrophe, FR.isElisionLetter(UInt32(bytes[0])) { return 2 }
        if n >= 4, bytes[2] == apostrophe, bytes[0] == UInt8(ascii: "q"), bytes[1] == UInt8(ascii: "u") { return 3 }
        return 0
    }

    /// The prelude and the regions in one pass.
    ///
    /// The prelude marks `u`/`i` between vowels, `y` before or after a vowel and the `u` after
    /// `q` as consonants, and splits `ë`/`ï` into the `H` marker and `e`/`i`. It only changes
    /// scalars at or after its position `k`, so once it moves past a scalar, that scalar is
    /// final, and the regions are found from it there: RV starts after the first vowel that is
    /// not the first scalar (or at 3, see below), R1 after the first non-vowel that follows a
    /// vowel, R2 after the first non-vowel that follows a vowel in R1.
    @inline(__always)
    private mutating func preludeAndRegions() {
        var k = 0
        // The first vowel after the first scalar, and the region starts (-1: not found yet).
        var laterVowel = -1
        var r1 = -1, r2 = -1
        // Whether R1 or R2 waits for a vowel, rather than for the non-vowel after it.
        var awaitingVowel = true
        while k < count {
            let c = w[k]
            if FR.isVowel(c) {
                if k + 1 < count {
                    let next = w[k + 1]
                    if next == FR.u, k + 2 < count, isVowel(at: k + 2) {
                        w[k + 1] = FR.markU
                        continue
                    }
                    if next == FR.i, k + 2 < count, isVowel(at: k + 2) {
                        w[k + 1] = FR.markI
                        continue
                    }
                    if next == FR.y {
                        w[k + 1] = FR.markY
                        continue
                    }
                }
                // `y` and the accented vowels come after the other vowels.
                if c >= FR.y {
                    if c == FR.eDiaeresis || c == FR.iDiaeresis {
                        // Make room for the marker.
                        var j = count
                        while j > k { w[j] = w[j - 1]; j -= 1 }
                        w[k] = FR.markH
                        w[k + 1] = c == FR.eDiaeresis ? FR.e : FR.i
                        count += 1
                        continue
                    }
                    if c == FR.y, k + 1 < count, isVowel(at: k + 1) {
                        w[k] = FR.markY
                        continue
                    }
                }
                // A vowel for good.
                if laterVowel < 0 && k > 0 { laterVowel = k }
                awaitingVowel = false
            } else {
                if c == FR.q, k + 1 < count, w[k + 1] == FR.u {
                    w[k + 1] = FR.markU
                    continue
                }
                // A non-vowel for good.
                if !awaitingVowel {
                    if r1 < 0 { r1 = k &+ 1 } else if r2 < 0 { r2 = k &+ 1 }
                    awaitingVowel = true
                }
            }
            k &+= 1
        }
        let n = count
        if n >= 3 && isVowel(at: 0) && isVowel(at: 1) {
            pV = 3
        } else if n >= 3 && Self.startsWithRVException(w[0], w[1], w[2]) {
            pV = 3
        } else {
            pV = laterVowel >= 0 ? laterVowel &+ 1 : n
        }
        p1 = r1 >= 0 ? r1 : n
        p2 = r2 >= 0 ? r2 : n
    }

    /// `par`, `col`, `tap`, or `ni` + vowel: prefixes after which RV starts.
    @inline(__always)
    private static func startsWithRVException(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> Bool {
        switch a {
        case FR.p: b == FR.a && c == FR.r
        case FR.c: b == FR.o && c == FR.l
        case FR.t: b == FR.a && c == FR.p
        case FR.n: b == FR.i && FR.isVowel(c)
        default: false
        }
    }

    // MARK: Step 1: standard suffixes

    /// Returns `true` when a suffix was removed; `false` otherwise, including the `-ment` cases
    /// that change the word and then hand over to the verb steps.
    @inline(__always)
    private mutating func standardSuffix() -> Bool {
        guard let (code, start) = longestSuffix(in: Suffixes.standardTable, limit: 0) else {
            return false
        }
        switch code {
        case Suffixes.plainR2:
            guard start >= p2 else { return false }
            count = start
        case Suffixes.ation:
            guard start >= p2 else { return false }
            count = start
            removeOrReplaceIc()
        case Suffixes.logie:
            guard start >= p2 else { return false }
            replaceTail(from: start, with: FR.l, FR.o, FR.g)
        case Suffixes.usion:
            guard start >= p2 else { return false }
            replaceTail(from: start, with: FR.u)
        case Suffixes.ence:
            guard start >= p2 else { return false }
            replaceTail(from: start, with: FR.e, FR.n, FR.t)
        case Suffixes.ement:
            guard start >= pV else { return false }
            count = start
            afterEment()
        case Suffixes.ite:
            guard start >= p2 else { return false }
            count = start
            afterIte()
        case Suffixes.ive:
            guard start >= p2 else { return false }
            count = start
            if endsWith(FR.a, FR.t), count - 2 >= p2 {
                count -= 2
                removeOrReplaceIc()
            }
        case Suffixes.eaux:
            count -= 1
        case Suffixes.aux:
            guard start >= p1 else { return false }
            replaceTail(from: start, with: FR.a, FR.l)
        case Suffixes.oux:
            guard start > 0, FR.takesOuxPlural(w[start - 1]) else { return false }
            count -= 1
        case Suffixes.euse:
            if start >= p2 {
                count = start
            } else if start >= p1 {
                replaceTail(from: start, with: FR.e, FR.u, FR.x)
            } else {
                return false
            }
        case Suffixes.issement:
            guard start >= p1, start > 0, !isVowel(at: start - 1) else { return false }
            count = start
        case Suffixes.amment:
            if start >= pV { replaceTail(from: start, with: FR.a, FR.n, FR.t) }
            return false
        case Suffixes.emment:
            if start >= pV { replaceTail(from: start, with: FR.e, FR.n, FR.t) }
            return false
        case Suffixes.ment:
            if start > 0, isVowel(at: start - 1), start - 1 >= pV { count = start }
            return false
        default:
            return false
        }
        return true
    }

    /// A final `ic` is removed in R2, and otherwise becomes `iqU`.
    private mutating func removeOrReplaceIc() {
        guard endsWith(FR.i, FR.c) else { return }
        let start = count - 2
        if start >= p2 {
            count = start
        } else {
            replaceTail(from: start, with: FR.i, FR.q, FR.markU)
        }
    }

    private mutating func afterEment() {
        guard let (code, start) = longestSuffix(in: Suffixes.afterEmentTable, limit: 0) else { return }
        switch code {
        case Suffixes.ementIv:
            guard start >= p2 else { return }
            count = start
            if endsWith(FR.a, FR.t), count - 2 >= p2 { count -= 2 }
        case Suffixes.ementEus:
            if start >= p2 {
                count = start
            } else if start >= p1 {
                replaceTail(from: start, with: FR.e, FR.u, FR.x)
            }
        case Suffixes.ementAbl:
            if start >= p2 { count = start }
        case Suffixes.ementIer:
            if start >= pV { replaceTail(from: start, with: FR.i) }
        default:
            break
        }
    }

    private mutating func afterIte() {
        guard let (code, start) = longestSuffix(in: Suffixes.afterIteTable, limit: 0) else { return }
        switch code {
        case Suffixes.iteAbil:
            if start >= p2 {
                count = start
            } else {
                replaceTail(from: start, with: FR.a, FR.b, FR.l)
            }
        case Suffixes.iteIc:
            if start >= p2 {
                count = start
            } else {
                replaceTail(from: start, with: FR.i, FR.q, FR.markU)
            }
        case Suffixes.iteIv:
            if start >= p2 { count = start }
        default:
            break
        }
    }

    // MARK: Steps 2a and 2b: verb suffixes

    /// `-ir` verb endings in RV, removed when preceded by a non-vowel, itself in RV, that is not
    /// the diaeresis marker.
    @inline(__always)
    private mutating func iVerbSuffix() -> Bool {
        guard let (_, start) = longestSuffix(in: Suffixes.iVerbTable, limit: pV) else { return false }
        guard start - 1 >= pV else { return false }
        let before = w[start - 1]
        guard before != FR.markH, !FR.isVowel(before) else { return false }
        count = start
        return true
    }

    /// Other verb endings in RV.
    @inline(__always)
    private mutating func verbSuffix() -> Bool {
        guard let (code, start) = longestSuffix(in: Suffixes.verbTable, limit: pV) else { return false }
        switch code {
        case Suffixes.verbIons:
            guard start >= p2 else { return false }
            count = start
        case Suffixes.verbDelete:
            count = start
        case Suffixes.verbA:
            // A preceding `e` in RV goes too.
            if start - 1 >= pV, w[start - 1] == FR.e {
                count = start - 1
            } else {
                count = start
            }
        case Suffixes.verbAis:
            // Kept in palais/balais… (one letter + "al"), mauvais, déplais.
            if start >= 3, w[start - 3] == FR.a, w[start - 2] == FR.u, w[start - 1] == FR.v {
                return false
            }
            if start >= 3, w[start - 3] == FR.eAcute, w[start - 2] == FR.p, w[start - 1] == FR.l {
                return false
            }
            if start == 3, w[1] == FR.a, w[2] == FR.l {
                return false
            }
            count = start
        default:
            return false
        }
        return true
    }

    // MARK: Step 4: residual suffixes

    @inline(__always)
    private mutating func residualSuffix() {
        if count >= 2, w[count - 1] == FR.s {
            let before = w[count - 2]
            let afterDiaeresisI = count >= 3 && w[count - 3] == FR.markH && before == FR.i
            if afterDiaeresisI || !FR.keepsFinalS(before) {
                count -= 1
            }
        }
        guard let (code, start) = longestSuffix(in: Suffixes.residualTable, limit: pV) else { return }
        switch code {
        case Suffixes.residualIon:
            if start >= p2, start - 1 >= pV, w[start - 1] == FR.s || w[start - 1] == FR.t {
                count = start
            }
        case Suffixes.residualIer:
            replaceTail(from: start, with: FR.i)
        case Suffixes.residualE:
            count = start
        default:
            break
        }
    }

    // MARK: Steps 5 and 6: undoubling and unaccenting

    /// `-enn -onn -ett -ell -eill` lose their final letter.
    @inline(__always)
    private mutating func unDouble() {
        let n = count
        guard n >= 3 else { return }
        let last = w[n - 1], middle = w[n - 2], first = w[n - 3]
        if last == FR.n, middle == FR.n, first == FR.e || first == FR.o {
            count -= 1
        } else if last == FR.t, middle == FR.t, first == FR.e {
            count -= 1
        } else if last == FR.l, middle == FR.l {
            if first == FR.e || (first == FR.i && n >= 4 && w[n - 4] == FR.e) { count -= 1 }
        }
    }

    /// An `é` or `è` followed only by (at least one) non-vowels becomes `e`.
    @inline(__always)
    private mutating func unAccent() {
        guard !isASCII else { return }  // no `é` or `è` then
        var k = count
        while k > 0, !isVowel(at: k - 1) { k -= 1 }
        guard k < count, k > 0 else { return }
        if w[k - 1] == FR.eAcute || w[k - 1] == FR.eGrave { w[k - 1] = FR.e }
    }

    // MARK: Postlude and output

    /// Writes the word as UTF-8 (markers turned back into letters) into `out`, which has room
    /// for it; returns the number of bytes written.
    @inline(__always)
    func writeUTF8(into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = count
        if isASCII {
            // A scalar's low byte is its letter, the markers' too.
            for k in 0..<n { out[k] = UInt8(truncatingIfNeeded: w[k]) }
            return n
        }
        var o = 0
        var k = 0
        while k < n {
            var c = w[k]
            k &+= 1
            if c < 0x80 {
                // Most scalars are ASCII letters.
                out[o] = UInt8(truncatingIfNeeded: c)
                o &+= 1
                continue
            }
            switch c {
            case FR.markI: c = FR.i
            case FR.markU: c = FR.u
            case FR.markY: c = FR.y
            case FR.markH:
                if k < n, w[k] == FR.e {
                    c = FR.eDiaeresis
                    k &+= 1
                } else if k < n, w[k] == FR.i {
                    c = FR.iDiaeresis
                    k &+= 1
                } else {
                    continue
                }
            default: break
            }
            o &+= UTF8Scalars.encode(c, into: out, at: o)
        }
        return o
    }
}

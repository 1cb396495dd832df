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
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { buffer -> Int in
            var stemWord = FrenchWord(storage: buffer.baseAddress!, bytes: bytes)
            stemWord.stem()
            return stemWord.writeUTF8(into: output)
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

    /// `i` marked as a consonant (Snowball's `I`).
    static let markI: UInt32 = 0x11_0049
    /// `u` marked as a consonant (Snowball's `U`).
    static let markU: UInt32 = 0x11_0055
    /// `y` marked as a consonant (Snowball's `Y`).
    static let markY: UInt32 = 0x11_0059
    /// The diaeresis split off `ë` and `ï` (Snowball's `H`).
    static let markH: UInt32 = 0x11_0048

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

/// A set of suffixes, each with an action code, searched for the longest one ending a word
/// (Snowball's `[substring] among (…)` in backward mode).
///
/// The suffixes are stored reversed in a trie: the search reads the word backwards from its
/// end, one node a scalar, and remembers the last node where a suffix ends, so it costs one step
/// a scalar of the longest partial match, however many suffixes the table holds.
private struct SuffixTable: Sendable {
    /// Per node: the scalar that leads to it from its parent, its first child and next sibling
    /// (-1: none), and the code of the suffix ending there (0: none). Node 0 is the root.
    private var scalars: [UInt32] = [0]
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    private var codes: [UInt8] = [0]

    /// Builds a table from groups of suffixes sharing an action code (never 0). In the
    /// suffixes, `I`, `U` and `Y` stand for the prelude's consonant markers.
    init(_ groups: [(code: UInt8, suffixes: [String])]) {
        for group in groups {
            precondition(group.code != 0, "0 means no suffix")
            for suffix in group.suffixes {
                var node = 0
                for scalar in suffix.unicodeScalars.reversed() {
                    let value: UInt32 = switch scalar {
                    case "I": FR.markI
                    case "U": FR.markU
                    case "Y": FR.markY
                    default: scalar.value
                    }
                    node = child(of: node, value) ?? addChild(to: node, value)
                }
                precondition(codes[node] == 0, "suffix '\(suffix)' listed twice")
                codes[node] = group.code
            }
        }
    }

    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        var k = Int(firstChild[node])
        while k >= 0 {
            if scalars[k] == scalar { return k }
            k = Int(nextSibling[k])
        }
        return nil
    }

    private mutating func addChild(to node: Int, _ scalar: UInt32) -> Int {
        let new = scalars.count
        scalars.append(scalar)
        firstChild.append(-1)
        nextSibling.append(firstChild[node])
        codes.append(0)
        firstChild[node] = Int32(new)
        return new
    }

    /// The longest suffix of `word[limit..<end]` in the table: its code and start, or `nil`.
    @inline(__always)
    func longestMatch(in word: UnsafeMutablePointer<UInt32>, end: Int, limit: Int) -> (code: UInt8, start: Int)? {
        scalars.withUnsafeBufferPointer { scalars in
            firstChild.withUnsafeBufferPointer { firstChild in
                nextSibling.withUnsafeBufferPointer { nextSibling in
                    var best: (code: UInt8, start: Int)?
                    var node = 0
                    var k = end - 1
                    while k >= limit {
                        let scalar = word[k]
                        var child = Int(firstChild[node])
                        while child >= 0, scalars[child] != scalar { child = Int(nextSibling[child]) }
                        guard child >= 0 else { break }
                        node = child
                        if codes[node] != 0 { best = (codes[node], k) }
                        k -= 1
                    }
                    return best
                }
            }
        }
    }
}

/// Action codes and tables for the suffix steps.
private enum Suffixes {
    // standard_suffix
    static let plainR2: UInt8 = 1, ation: UInt8 = 2, logie: UInt8 = 3, usion: UInt8 = 4
    static let ence: UInt8 = 5, ement: UInt8 = 6, ite: UInt8 = 7, ive: UInt8 = 8
    static let eaux: UInt8 = 9, aux: UInt8 = 10, oux: UInt8 = 11, euse: UInt8 = 12
    static let issement: UInt8 = 13, amment: UInt8 = 14, emment: UInt8 = 15, ment: UInt8 = 16

    static let standard = SuffixTable([
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
    ])

    // After -ement
    static let ementIv: UInt8 = 1, ementEus: UInt8 = 2, ementAbl: UInt8 = 3, ementIer: UInt8 = 4

    static let afterEment = SuffixTable([
        (ementIv, ["iv"]),
        (ementEus, ["eus"]),
        (ementAbl, ["abl", "iqU"]),
        (ementIer, ["ièr", "Ièr"]),
    ])

    // After -ité
    static let iteAbil: UInt8 = 1, iteIc: UInt8 = 2, iteIv: UInt8 = 3

    static let afterIte = SuffixTable([
        (iteAbil, ["abil"]),
        (iteIc, ["ic"]),
        (iteIv, ["iv"]),
    ])

    // i_verb_suffix
    static let iVerb = SuffixTable([
        (1, ["îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai",
             "iraIent", "irais", "irait", "iras", "irent", "irez", "iriez",
             "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
             "issant", "issante", "issantes", "issants", "isse", "issent", "isses",
             "issez", "issiez", "issions", "issons", "it"]),
    ])

    // verb_suffix
    static let verbIons: UInt8 = 1, verbDelete: UInt8 = 2, verbA: UInt8 = 3, verbAis: UInt8 = 4

    static let verb = SuffixTable([
        (verbIons, ["ions"]),
        (verbDelete, ["é", "ée", "ées", "és", "èrent", "er", "era", "erai",
                      "eraIent", "erais", "erait", "eras", "erez", "eriez", "erions",
                      "erons", "eront", "ez", "iez", "eais"]),
        (verbA, ["âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant",
                 "ante", "antes", "ants", "as", "asse", "assent", "asses", "assiez",
                 "assions"]),
        (verbAis, ["ais", "aise", "aises"]),
    ])

    // residual_suffix
    static let residualIon: UInt8 = 1, residualIer: UInt8 = 2, residualE: UInt8 = 3

    static let residual = SuffixTable([
        (residualIon, ["ion"]),
        (residualIer, ["ier", "ière", "Ier", "Ière"]),
        (residualE, ["e"]),
    ])
}

// MARK: - The algorithm

/// A word being stemmed: scalar values in a caller-provided buffer, and its regions.
private struct FrenchWord {
    /// The scalars; `count` of them are in use.
    let w: UnsafeMutablePointer<UInt32>
    var count: Int
    /// Start of RV, R1 and R2 (`count` when a region is empty).
    var pV = 0, p1 = 0, p2 = 0

    /// Decodes well-formed UTF-8 into `storage`.
    init(storage: UnsafeMutablePointer<UInt32>, bytes: UnsafeBufferPointer<UInt8>) {
        w = storage
        var n = 0
        var i = 0
        let end = bytes.count
        while i < end {
            let b0 = UInt32(bytes[i])
            var value: UInt32
            if b0 < 0x80 {
                value = b0
                i += 1
            } else if b0 < 0xE0 {
                value = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
                i += 2
            } else if b0 < 0xF0 {
                value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6)
                    | (UInt32(bytes[i + 2]) & 0x3F)
                i += 3
            } else {
                value = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                i += 4
            }
            storage[n] = value
            n += 1
        }
        count = n
    }

    mutating func stem() {
        removeElision()
        prelude()
        markRegions()
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

    /// Removes a leading `c' d' j' l' m' n' s' t'` or `qu'` followed by at least one scalar.
    private mutating func removeElision() {
        var prefix = 0
        if count >= 3, FR.isElisionLetter(w[0]), w[1] == FR.apostrophe {
            prefix = 2
        } else if count >= 4, w[0] == FR.q, w[1] == FR.u, w[2] == FR.apostrophe {
            prefix = 3
        }
        guard prefix > 0 else { return }
        count -= prefix
        for k in 0..<count { w[k] = w[k + prefix] }
    }

    /// Marks `u`/`i` between vowels, `y` before or after a vowel and the `u` after `q` as
    /// consonants, and splits `ë`/`ï` into the `H` marker and `e`/`i`.
    private mutating func prelude() {
        var k = 0
        while k < count {
            let c = w[k]
            if FR.isVowel(c), k + 1 < count {
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
            if c == FR.q, k + 1 < count, w[k + 1] == FR.u {
                w[k + 1] = FR.markU
                continue
            }
            k += 1
        }
    }

    /// The position just after the first non-vowel that follows a vowel, searching from `start`.
    @inline(__always)
    private func afterVowelThenNonVowel(from start: Int) -> Int? {
        var k = start
        while k < count, !isVowel(at: k) { k += 1 }
        if k == count { return nil }
        k += 1
        while k < count, isVowel(at: k) { k += 1 }
        if k == count { return nil }
        return k + 1
    }

    private mutating func markRegions() {
        let n = count
        pV = n
        if n >= 3 && isVowel(at: 0) && isVowel(at: 1) {
            pV = 3
        } else if n >= 3 && Self.startsWithRVException(w[0], w[1], w[2]) {
            pV = 3
        } else {
            var k = 1
            while k < n, !isVowel(at: k) { k += 1 }
            if k < n { pV = k + 1 }
        }
        p1 = n
        p2 = n
        if let r1 = afterVowelThenNonVowel(from: 0) {
            p1 = r1
            if let r2 = afterVowelThenNonVowel(from: r1) { p2 = r2 }
        }
    }

    /// `par`, `col`, `tap`, or `ni` + vowel: prefixes after which RV starts.
    @inline(__always)
    private static func startsWithRVException(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> Bool {
        switch (a, b, c) {
        case (FR.p, FR.a, FR.r), (FR.c, FR.o, FR.l), (FR.t, FR.a, FR.p): true
        default: a == FR.n && b == FR.i && FR.isVowel(c)
        }
    }

    // MARK: Step 1: standard suffixes

    /// Returns `true` when a suffix was removed; `false` otherwise, including the `-ment` cases
    /// that change the word and then hand over to the verb steps.
    private mutating func standardSuffix() -> Bool {
        guard let (code, start) = Suffixes.standard.longestMatch(in: w, end: count, limit: 0) else {
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
        guard let (code, start) = Suffixes.afterEment.longestMatch(in: w, end: count, limit: 0) else { return }
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
        guard let (code, start) = Suffixes.afterIte.longestMatch(in: w, end: count, limit: 0) else { return }
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
    private mutating func iVerbSuffix() -> Bool {
        guard let (_, start) = Suffixes.iVerb.longestMatch(in: w, end: count, limit: pV) else { return false }
        guard start - 1 >= pV else { return false }
        let before = w[start - 1]
        guard before != FR.markH, !FR.isVowel(before) else { return false }
        count = start
        return true
    }

    /// Other verb endings in RV.
    private mutating func verbSuffix() -> Bool {
        guard let (code, start) = Suffixes.verb.longestMatch(in: w, end: count, limit: pV) else { return false }
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

    private mutating func residualSuffix() {
        if count >= 2, w[count - 1] == FR.s {
            let before = w[count - 2]
            let afterDiaeresisI = count >= 3 && w[count - 3] == FR.markH && before == FR.i
            if afterDiaeresisI || !FR.keepsFinalS(before) {
                count -= 1
            }
        }
        guard let (code, start) = Suffixes.residual.longestMatch(in: w, end: count, limit: pV) else { return }
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
    private mutating func unAccent() {
        var k = count
        while k > 0, !isVowel(at: k - 1) { k -= 1 }
        guard k < count, k > 0 else { return }
        if w[k - 1] == FR.eAcute || w[k - 1] == FR.eGrave { w[k - 1] = FR.e }
    }

    // MARK: Postlude and output

    /// Writes the word as UTF-8 (markers turned back into letters) into `out`, which has room
    /// for it; returns the number of bytes written.
    func writeUTF8(into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = count
        var o = 0
        var k = 0
        while k < n {
            var c = w[k]
            k += 1
            switch c {
            case FR.markI: c = FR.i
            case FR.markU: c = FR.u
            case FR.markY: c = FR.y
            case FR.markH:
                if k < n, w[k] == FR.e {
                    c = FR.eDiaeresis
                    k += 1
                } else if k < n, w[k] == FR.i {
                    c = FR.iDiaeresis
                    k += 1
                } else {
                    continue
                }
            default: break
            }
            o += UTF8Scalars.encode(c, into: out, at: o)
        }
        return o
    }
}

/// The Snowball stemmer for English, also known as Porter2.
///
/// This is a Swift implementation of the English (Porter2) stemming algorithm published at
/// snowballstem.org (the `english.sbl` of Snowball 3.1). It follows that algorithm exactly and
/// reproduces the official English vocabulary (`english-voc.txt` → `english-output.txt`) with no
/// differences. The algorithm runs in these steps:
///
/// 1. **Exceptions**: a few whole words have fixed stems (`skies` → `sky`, `skis` → `ski`,
///    `early` → `earli`, `only` → `onli`) or are left alone (`news`, `atlas`, `bias`, `cosmos`,
///    `andes`, `howe`). Words of fewer than three characters are returned unchanged.
/// 2. **Prelude**: a leading apostrophe is removed; an initial `y`, and a `y` after a vowel, are
///    marked as consonants.
/// 3. **Regions**: R1 and R2 are located. For words beginning `arsen`, `commun`, `emerg`, `gener`,
///    `inter`, `later`, `organ`, `past` or `univers`, R1 starts right after that prefix.
/// 4. **Step 1a**: the possessive `'`, `'s`, `'s'` is removed, then plural endings (`-sses`,
///    `-ies`, `-ied`, `-s`).
/// 5. **Step 1b**: `-eed`/`-eedly` become `-ee` in R1; `-ed`, `-edly`, `-ing`, `-ingly` are removed
///    after a vowel, then the stem is tidied (`hop` → `hope`, `hopp` → `hop`, `luxuriat` →
///    `luxuriate`). `dying`, `lying`, `tying` become `die`, `lie`, `tie`; `inning`, `outing`,
///    `canning`, `herring`, `earring`, `evening`, `proceed`, `exceed`, `succeed` are kept.
/// 6. **Step 1c**: a final `y` after a non-vowel that is not the first letter becomes `i`
///    (`cry` → `cri`, but `by` and `say` are kept).
/// 7. **Steps 2–4**: derivational suffixes in R1 are mapped (`-ational` → `-ate`, `-iveness` →
///    `-ive`, `-ogist` → `-og`, …), then `-ical`, `-ful`, `-ness`, … in R1, then `-ance`, `-ment`,
///    `-ion`, … in R2 are removed.
/// 8. **Step 5**: a final `e` is removed in R2, or in R1 after anything but a short syllable; a
///    final `ll` in R2 loses one `l`. The consonant marks of the prelude turn back into `y`.
///
/// Input is expected in lower case. Upper-case letters and other characters are kept as they are
/// (they count as consonants); the stemmer never traps on any input. Lengths are counted in
/// Unicode scalars.
///
/// The stemmer works on an array of Unicode scalar values in a stack buffer. A word the algorithm
/// leaves unchanged is returned as it came in; otherwise a call makes at most one allocation, for
/// the returned string.
///
/// ```swift
/// let stemmer = EnglishStemmer()
/// stemmer.stem("generously")    // "generous"
/// stemmer.stem("hopping")       // "hop"
/// stemmer.stem("relational")    // "relat"
/// stemmer.stem("skies")         // "sky"
/// ```
public struct EnglishStemmer: Stemmer, Sendable {
    public init() {}

    public var language: Language { .english }

    /// Returns the stem of a lower-case English word.
    public func stem(_ word: String) -> String {
        // Words of fewer than three scalars are left alone; fewer than three bytes means fewer
        // than three scalars.
        let byteCount = word.utf8.count
        if byteCount < 3 { return word }
        var text = word
        return text.withUTF8 { bytes in
            // Scalars never outnumber bytes, and no step makes the word longer than it was.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: bytes.count + 1) { buffer in
                var stemWord = EnglishWord(storage: buffer.baseAddress!, bytes: bytes)
                if stemWord.count < 3 { return word }
                if !stemWord.applyException() {
                    stemWord.stem()
                }
                if stemWord.isUnchanged(from: bytes) { return word }
                return stemWord.makeString()
            }
        }
    }
}

// MARK: - Scalar constants

/// Scalar values used by the algorithm. `Y` is the mark for a `y` that counts as a consonant, as
/// in Snowball.
private enum EN {
    static let a: UInt32 = 0x61, b: UInt32 = 0x62, c: UInt32 = 0x63, d: UInt32 = 0x64
    static let e: UInt32 = 0x65, f: UInt32 = 0x66, g: UInt32 = 0x67, i: UInt32 = 0x69
    static let l: UInt32 = 0x6C, m: UInt32 = 0x6D, n: UInt32 = 0x6E, o: UInt32 = 0x6F
    static let p: UInt32 = 0x70, r: UInt32 = 0x72, s: UInt32 = 0x73, t: UInt32 = 0x74
    static let u: UInt32 = 0x75, y: UInt32 = 0x79, z: UInt32 = 0x7A
    static let upperY: UInt32 = 0x59
    static let apostrophe: UInt32 = 0x27

    /// The vowels: `a e i o u y`.
    @inline(__always)
    static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true
        default: false
        }
    }

    /// The vowels and `w x Y`: the letters that may not end a short syllable.
    @inline(__always)
    static func isVowelOrWXY(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x77, 0x78, 0x59: true
        default: false
        }
    }

    /// The letters before which `-li` is removed: `c d e g h k m n r t`.
    @inline(__always)
    static func isValidLI(_ c: UInt32) -> Bool {
        switch c {
        case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: true
        default: false
        }
    }

    /// The letters before a final double consonant that keep it in a three-letter stem: `a e o`.
    @inline(__always)
    static func isAEO(_ c: UInt32) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x6F
    }

    /// The doubles Step 1b undoubles: `bb dd ff gg mm nn pp rr tt`.
    @inline(__always)
    static func isUndoubledLetter(_ c: UInt32) -> Bool {
        switch c {
        case 0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74: true
        default: false
        }
    }
}

// MARK: - The algorithm

/// A word being stemmed: scalar values in a caller-provided buffer, and its regions.
///
/// The word is `w[0..<count]`. All edits happen at its end, except the removal of a leading
/// apostrophe, which advances `w`.
private struct EnglishWord {
    /// The scalars; `count` of them are in use.
    var w: UnsafeMutablePointer<UInt32>
    var count: Int
    /// Whether every scalar of the input is ASCII.
    var isASCII: Bool
    /// Whether the prelude removed a leading apostrophe.
    var droppedApostrophe = false
    /// Start of R1 and R2 (`count` when a region is empty).
    var p1 = 0, p2 = 0
    /// Whether the prelude marked a `y` as a consonant.
    var yFound = false

    /// Decodes well-formed UTF-8 into `storage`.
    init(storage: UnsafeMutablePointer<UInt32>, bytes: UnsafeBufferPointer<UInt8>) {
        w = storage
        var n = 0
        var i = 0
        var ascii = true
        let end = bytes.count
        while i < end {
            let b0 = UInt32(bytes[i])
            var value: UInt32
            if b0 < 0x80 {
                value = b0
                i += 1
            } else if b0 < 0xE0 {
                ascii = false
                value = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
                i += 2
            } else if b0 < 0xF0 {
                ascii = false
                value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6)
                    | (UInt32(bytes[i + 2]) & 0x3F)
                i += 3
            } else {
                ascii = false
                value = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                i += 4
            }
            storage[n] = value
            n += 1
        }
        count = n
        isASCII = ascii
    }

    // MARK: Helpers

    /// Whether the word ends with `suffix` (ASCII).
    @inline(__always)
    func ends(with suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        if length > count { return false }
        let chars = suffix.utf8Start
        let start = count - length
        var k = 0
        while k < length {
            if w[start + k] != UInt32(chars[k]) { return false }
            k += 1
        }
        return true
    }

    /// Whether `w[0..<end]` is exactly `literal` (ASCII).
    @inline(__always)
    func prefix(upTo end: Int, is literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        if length != end { return false }
        return startsWith(literal)
    }

    /// Whether the word begins with `literal` (ASCII).
    @inline(__always)
    func startsWith(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        if length > count { return false }
        let chars = literal.utf8Start
        var k = 0
        while k < length {
            if w[k] != UInt32(chars[k]) { return false }
            k += 1
        }
        return true
    }

    /// Whether the whole word is `literal` (ASCII).
    @inline(__always)
    func isWord(_ literal: StaticString) -> Bool {
        prefix(upTo: count, is: literal)
    }

    /// Replaces `w[start..<count]` with `literal` (ASCII).
    @inline(__always)
    mutating func replace(from start: Int, with literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        let chars = literal.utf8Start
        var k = 0
        while k < length {
            w[start + k] = UInt32(chars[k])
            k += 1
        }
        count = start + length
    }

    /// Replaces the last `length` scalars with `literal` when they start in R1.
    @inline(__always)
    mutating func replaceInR1(last length: Int, with literal: StaticString) {
        let start = count - length
        if start >= p1 { replace(from: start, with: literal) }
    }

    /// Whether `w[0..<end]` ends with a short syllable: a non-vowel other than `w x Y` after a
    /// vowel after a non-vowel; or a vowel then a non-vowel at the start of the word; or `past`.
    @inline(__always)
    func endsInShortSyllable(at end: Int) -> Bool {
        if end >= 3, !EN.isVowelOrWXY(w[end - 1]), EN.isVowel(w[end - 2]), !EN.isVowel(w[end - 3]) {
            return true
        }
        if end == 2, !EN.isVowel(w[1]), EN.isVowel(w[0]) {
            return true
        }
        return end >= 4 && w[end - 4] == EN.p && w[end - 3] == EN.a && w[end - 2] == EN.s
            && w[end - 1] == EN.t
    }

    /// Whether `w[0..<end]` contains a vowel.
    @inline(__always)
    func hasVowel(before end: Int) -> Bool {
        var k = 0
        while k < end {
            if EN.isVowel(w[k]) { return true }
            k += 1
        }
        return false
    }

    // MARK: Exceptions

    /// Applies the whole-word exceptions; returns whether the word was one of them.
    mutating func applyException() -> Bool {
        switch count {
        case 3:
            return isWord("sky")
        case 4:
            if isWord("skis") || isWord("idly") { replace(from: 3, with: ""); return true }
            if isWord("ugly") { replace(from: 3, with: "i"); return true }
            if isWord("only") { replace(from: 3, with: "i"); return true }
            return isWord("news") || isWord("howe") || isWord("bias")
        case 5:
            if isWord("skies") { replace(from: 2, with: "y"); return true }
            if isWord("early") { replace(from: 4, with: "i"); return true }
            return isWord("atlas") || isWord("andes")
        case 6:
            if isWord("gently") || isWord("singly") { replace(from: 5, with: ""); return true }
            return isWord("cosmos")
        default:
            return false
        }
    }

    // MARK: Steps

    mutating func stem() {
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        postlude()
    }

    /// Removes a leading apostrophe and marks an initial `y`, and a `y` after a vowel, as `Y`.
    mutating func prelude() {
        if count > 0, w[0] == EN.apostrophe {
            w += 1
            count -= 1
            droppedApostrophe = true
        }
        guard count > 0 else { return }
        if w[0] == EN.y {
            w[0] = EN.upperY
            yFound = true
        }
        var k = 1
        while k < count {
            if w[k] == EN.y, EN.isVowel(w[k - 1]) {
                w[k] = EN.upperY
                yFound = true
            }
            k += 1
        }
    }

    /// Locates R1 and R2.
    mutating func markRegions() {
        p1 = count
        p2 = count
        var k: Int
        if startsWith("gener") || startsWith("arsen") || startsWith("later") || startsWith("organ")
            || startsWith("emerg") || startsWith("inter")
        {
            k = 5
        } else if startsWith("commun") {
            k = 6
        } else if startsWith("univers") {
            k = 7
        } else if startsWith("past") {
            k = 4
        } else {
            guard let end = Self.vowelThenConsonant(in: w, from: 0, to: count) else { return }
            k = end
        }
        p1 = k
        guard let end = Self.vowelThenConsonant(in: w, from: k, to: count) else { return }
        p2 = end
    }

    /// The position after the first non-vowel that follows a vowel in `w[start..<end]`.
    @inline(__always)
    static func vowelThenConsonant(in w: UnsafeMutablePointer<UInt32>, from start: Int, to end: Int) -> Int? {
        var k = start
        while k < end, !EN.isVowel(w[k]) { k += 1 }
        if k == end { return nil }
        k += 1
        while k < end, EN.isVowel(w[k]) { k += 1 }
        if k == end { return nil }
        return k + 1
    }

    /// Removes a possessive ending, then a plural ending.
    mutating func step1a() {
        if ends(with: "'s'") {
            count -= 3
        } else if ends(with: "'s") {
            count -= 2
        } else if count > 0, w[count - 1] == EN.apostrophe {
            count -= 1
        }
        guard count > 0 else { return }
        switch w[count - 1] {
        case EN.s:
            if ends(with: "sses") {
                count -= 2
            } else if ends(with: "ies") {
                iesOrIed()
            } else if ends(with: "ss") || ends(with: "us") {
                return
            } else {
                // Remove the s if a vowel comes earlier than the letter just before it.
                let start = count - 1
                if start >= 1, hasVowel(before: start - 1) { count = start }
            }
        case EN.d:
            if ends(with: "ied") { iesOrIed() }
        default:
            break
        }
    }

    /// `-ies`, `-ied` → `-i` after at least two letters, `-ie` otherwise.
    @inline(__always)
    mutating func iesOrIed() {
        let start = count - 3
        if start >= 2 {
            replace(from: start, with: "i")
        } else {
            replace(from: start, with: "ie")
        }
    }

    /// Handles `-eed`, `-eedly`, `-ed`, `-edly`, `-ing`, `-ingly`.
    mutating func step1b() {
        guard count >= 2 else { return }
        let last = w[count - 1]
        if last == EN.y {
            if ends(with: "eedly") {
                eed(start: count - 5)
            } else if ends(with: "ingly") {
                removeVerbEnding(start: count - 5)
            } else if ends(with: "edly") {
                removeVerbEnding(start: count - 4)
            }
        } else if last == EN.d {
            if ends(with: "eed") {
                eed(start: count - 3)
            } else if ends(with: "ed") {
                removeVerbEnding(start: count - 2)
            }
        } else if last == EN.g {
            if ends(with: "ing") {
                ing(start: count - 3)
            }
        }
    }

    /// `-eed`, `-eedly` → `-ee` in R1, except in `proceed`, `exceed`, `succeed`.
    @inline(__always)
    mutating func eed(start: Int) {
        if prefix(upTo: start, is: "succ") || prefix(upTo: start, is: "proc")
            || prefix(upTo: start, is: "exc")
        {
            return
        }
        if start >= p1 { count = start + 2 }
    }

    /// `-ing`: `dying` → `die` and the like; `inning`, `outing`, … kept; otherwise a verb ending.
    @inline(__always)
    mutating func ing(start: Int) {
        if start == 2, w[1] == EN.y, !EN.isVowel(w[0]) {
            replace(from: 1, with: "ie")
            return
        }
        switch start {
        case 3:
            if prefix(upTo: start, is: "inn") || prefix(upTo: start, is: "out") { return }
        case 4:
            if prefix(upTo: start, is: "even") || prefix(upTo: start, is: "cann")
                || prefix(upTo: start, is: "earr") || prefix(upTo: start, is: "herr")
            {
                return
            }
        default:
            break
        }
        removeVerbEnding(start: start)
    }

    /// Removes `w[start...]` if a vowel precedes it, then tidies the stem.
    @inline(__always)
    mutating func removeVerbEnding(start: Int) {
        guard hasVowel(before: start) else { return }
        count = start
        guard count >= 1 else { return }
        let last = w[count - 1]
        if count >= 2 {
            let previous = w[count - 2]
            // -at, -bl, -iz → -ate, -ble, -ize
            if (previous == EN.a && last == EN.t) || (previous == EN.b && last == EN.l)
                || (previous == EN.i && last == EN.z)
            {
                w[count] = EN.e
                count += 1
                return
            }
            // A double bb dd ff gg mm nn pp rr tt loses a letter, except in a three-letter stem
            // starting with a, e or o (`add`, `egg`, `off`).
            if previous == last, EN.isUndoubledLetter(last) {
                if count == 3, EN.isAEO(w[0]) { return }
                count -= 1
                return
            }
        }
        // A short word gains an e: hop → hope.
        if count == p1, endsInShortSyllable(at: count) {
            w[count] = EN.e
            count += 1
        }
    }

    /// A final `y` or `Y` after a non-vowel that is not the first letter becomes `i`.
    mutating func step1c() {
        guard count >= 3 else { return }
        let last = w[count - 1]
        if last == EN.y || last == EN.upperY, !EN.isVowel(w[count - 2]) {
            w[count - 1] = EN.i
        }
    }

    /// Maps derivational suffixes in R1.
    mutating func step2() {
        guard count >= 2 else { return }
        switch w[count - 1] {
        case EN.l:
            if ends(with: "ational") {
                replaceInR1(last: 7, with: "ate")
            } else if ends(with: "tional") {
                replaceInR1(last: 6, with: "tion")
            }
        case EN.i:
            if ends(with: "lessli") {
                replaceInR1(last: 6, with: "less")
            } else if ends(with: "biliti") {
                replaceInR1(last: 6, with: "ble")
            } else if ends(with: "fulli") {
                replaceInR1(last: 5, with: "ful")
            } else if ends(with: "ousli") {
                replaceInR1(last: 5, with: "ous")
            } else if ends(with: "entli") {
                replaceInR1(last: 5, with: "ent")
            } else if ends(with: "aliti") {
                replaceInR1(last: 5, with: "al")
            } else if ends(with: "iviti") {
                replaceInR1(last: 5, with: "ive")
            } else if ends(with: "anci") {
                replaceInR1(last: 4, with: "ance")
            } else if ends(with: "enci") {
                replaceInR1(last: 4, with: "ence")
            } else if ends(with: "abli") {
                replaceInR1(last: 4, with: "able")
            } else if ends(with: "alli") {
                replaceInR1(last: 4, with: "al")
            } else if ends(with: "bli") {
                replaceInR1(last: 3, with: "ble")
            } else if ends(with: "ogi") {
                let start = count - 3
                if start >= p1, start >= 1, w[start - 1] == EN.l {
                    replace(from: start, with: "og")
                }
            } else if ends(with: "li") {
                let start = count - 2
                if start >= p1, start >= 1, EN.isValidLI(w[start - 1]) {
                    count = start
                }
            }
        case EN.r:
            if ends(with: "izer") {
                replaceInR1(last: 4, with: "ize")
            } else if ends(with: "ator") {
                replaceInR1(last: 4, with: "ate")
            }
        case EN.n:
            if ends(with: "ization") {
                replaceInR1(last: 7, with: "ize")
            } else if ends(with: "ation") {
                replaceInR1(last: 5, with: "ate")
            }
        case EN.m:
            if ends(with: "alism") {
                replaceInR1(last: 5, with: "al")
            }
        case EN.s:
            if ends(with: "fulness") {
                replaceInR1(last: 7, with: "ful")
            } else if ends(with: "ousness") {
                replaceInR1(last: 7, with: "ous")
            } else if ends(with: "iveness") {
                replaceInR1(last: 7, with: "ive")
            }
        case EN.t:
            if ends(with: "ogist") {
                replaceInR1(last: 5, with: "og")
            }
        default:
            break
        }
    }

    /// Maps or removes `-ational`, `-tional`, `-alize`, `-icate`, `-iciti`, `-ical`, `-ful`,
    /// `-ness` in R1, and `-ative` in R2.
    mutating func step3() {
        guard count >= 3 else { return }
        switch w[count - 1] {
        case EN.l:
            if ends(with: "ational") {
                replaceInR1(last: 7, with: "ate")
            } else if ends(with: "tional") {
                replaceInR1(last: 6, with: "tion")
            } else if ends(with: "ical") {
                replaceInR1(last: 4, with: "ic")
            } else if ends(with: "ful") {
                replaceInR1(last: 3, with: "")
            }
        case EN.e:
            if ends(with: "icate") {
                replaceInR1(last: 5, with: "ic")
            } else if ends(with: "alize") {
                replaceInR1(last: 5, with: "al")
            } else if ends(with: "ative") {
                let start = count - 5
                if start >= p1, start >= p2 { count = start }
            }
        case EN.i:
            if ends(with: "iciti") {
                replaceInR1(last: 5, with: "ic")
            }
        case EN.s:
            if ends(with: "ness") {
                replaceInR1(last: 4, with: "")
            }
        default:
            break
        }
    }

    /// Removes suffixes in R2.
    mutating func step4() {
        guard count >= 2 else { return }
        var length = 0
        switch w[count - 1] {
        case EN.l:
            if ends(with: "al") { length = 2 }
        case EN.e:
            if ends(with: "ance") || ends(with: "ence") || ends(with: "able") || ends(with: "ible") {
                length = 4
            } else if ends(with: "ate") || ends(with: "ive") || ends(with: "ize") {
                length = 3
            }
        case EN.r:
            if ends(with: "er") { length = 2 }
        case EN.c:
            if ends(with: "ic") { length = 2 }
        case EN.t:
            if ends(with: "ement") {
                length = 5
            } else if ends(with: "ment") {
                length = 4
            } else if ends(with: "ent") || ends(with: "ant") {
                length = 3
            }
        case EN.m:
            if ends(with: "ism") { length = 3 }
        case EN.i:
            if ends(with: "iti") { length = 3 }
        case EN.s:
            if ends(with: "ous") { length = 3 }
        case EN.n:
            if ends(with: "ion") {
                let start = count - 3
                if start >= p2, start >= 1, w[start - 1] == EN.s || w[start - 1] == EN.t {
                    count = start
                }
            }
            return
        default:
            break
        }
        if length > 0, count - length >= p2 { count -= length }
    }

    /// Removes a final `e` in R2, or in R1 after anything but a short syllable; undoubles a final
    /// `ll` in R2.
    mutating func step5() {
        guard count >= 1 else { return }
        let start = count - 1
        switch w[start] {
        case EN.e:
            if start >= p2 || (start >= p1 && !endsInShortSyllable(at: start)) {
                count = start
            }
        case EN.l:
            if start >= p2, start >= 1, w[start - 1] == EN.l {
                count = start
            }
        default:
            break
        }
    }

    /// Turns the prelude's `Y` marks back into `y`.
    mutating func postlude() {
        guard yFound else { return }
        var k = 0
        while k < count {
            if w[k] == EN.upperY { w[k] = EN.y }
            k += 1
        }
    }

    // MARK: Output

    /// Whether the stem is the same as the input `bytes`.
    func isUnchanged(from bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isASCII, !droppedApostrophe, count == bytes.count else { return false }
        var k = 0
        while k < count {
            if w[k] != UInt32(bytes[k]) { return false }
            k += 1
        }
        return true
    }

    /// The stem as a string.
    func makeString() -> String {
        let n = count
        let w = self.w
        return String(unsafeUninitializedCapacity: 4 * n) { out in
            var o = 0
            var k = 0
            while k < n {
                let c = w[k]
                k += 1
                o += UTF8Scalars.encode(c, into: out, at: o)
            }
            return o
        }
    }
}

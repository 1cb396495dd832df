import Testing
import PrecisEval

struct TermAccuracyTests {
    /// (annotated term, system output, found?) — each checked against termacc.py's regular
    /// expression under Python 3.11.
    static let cases: [(String, String, Bool)] = [
        // word boundaries: Python's \w is letters, digits, numeric characters and _
        ("fever", "and along with a fever", true),
        ("fever", "feverish", false),
        ("fever", "no fevers", false),
        ("symptom", "these symptoms", false),
        ("fever", "a fever.", true),
        ("fever", "(fever)", true),
        ("fever", "fever_1", false),
        ("fever", "fever1", false),
        ("fever", "1fever", false),
        ("prostate", "prostate-specific antigen", true),
        ("prostate", "the prostate's size", true),
        ("mg", "5mg", false),
        ("mg", "5 mg", true),
        ("x", "x²", false),               // superscript two has a numeric value
        ("x", "x½", false),
        ("x", "xⅫ", false),
        ("日本", "日本語", false),
        ("smile", "smile🙂", true),        // emoji are not word characters
        // whitespace: the output's runs collapse to one space, the term's do not
        ("blood pressure", "your blood\tpressure", true),
        ("blood pressure", "your blood \n  pressure is high", true),
        ("smile", "smile\u{A0}now", true),
        ("blood pressure", "your bloodpressure", false),
        ("blood  pressure", "your blood pressure", false),
        // alternatives
        ("blood pressure|BP", "check your BP now", true),
        ("blood pressure|BP", "check your BPs now", false),
        (" BP | blood pressure ", "bp", true),
        ("|", "anything", false),
        ("", "", false),
        ("x", "", false),
        // case
        ("fever", "Fever and chills", true),
        ("BLOOD PRESSURE", "Blood Pressure", true),
        ("ΟΔΟΣ", "η οδος", true),          // Python lower-cases a final Σ to ς
        ("οδος", "Η ΟΔΟΣ", true),
        ("οδοσ", "Η ΟΔΟΣ", false),
        ("istanbul", "İstanbul", false),   // İ lower-cases to i + U+0307
        ("i\u{307}stanbul", "İstanbul", true),
        ("ß", "STRASSE ß", true),
        ("strasse", "Straße", false),      // lower-casing, not case folding
        // accents
        ("café", "un café noir", true),
        ("cafe", "un café noir", false),
        ("café", "un CAFÉ noir", true),
        ("cafe", "un cafe\u{301} noir", true),  // a combining accent is not a word character
        ("éte", "l'éte", true),
        ("été", "étéo", false),
        // punctuation in terms is literal
        ("c++", "I write c++.", true),
        ("c++", "I write c++x.", false),
        ("u.s.", "the U.S. army", true),
        ("a.b", "axb", false),
        ("a*", "a* b", true),
        ("(hi)", "say (hi) now", true),
        ("covid-19", "COVID-19 cases", true),
        ("covid", "covid-19 cases", true),
        ("covid", "covid19 cases", false),
    ]

    @Test(arguments: cases)
    func matchesTermaccPy(_ term: String, _ output: String, _ expected: Bool) {
        #expect(TermAccuracy().isHit(term: term, output: output) == expected)
    }

    @Test func alternativesAreStrippedLowerCasedAndNonEmpty() {
        #expect(TermAccuracy().alternatives(of: " Blood Pressure |BP|| \t") == ["blood pressure", "bp"])
        #expect(TermAccuracy().alternatives(of: "").isEmpty)
    }

    @Test func corpusCountsHitsAndListsMisses() {
        let result = TermAccuracy().score(
            terms: [["fever"], [], ["blood pressure|BP", "cholesterol"], ["extra"]],
            outputs: ["and a fever", "nothing to find", "check your BP"]
        )
        #expect(result.hits == 2)
        #expect(result.total == 3)
        #expect(result.segments == 3)  // zip: the fourth segment has no output and is not scored
        #expect(result.misses == [TermMiss(segment: 3, index: 1, term: "cholesterol")])
        #expect(result.line == "term accuracy 66.67% (2/3)")
    }

    @Test(arguments: [
        (0, 0, "term accuracy 0.00% (0/0)"),
        (1, 1, "term accuracy 100.00% (1/1)"),
        (1, 8, "term accuracy 12.50% (1/8)"),
        (1, 800, "term accuracy 0.12% (1/800)"),   // 0.125 exactly: a tie, rounded to even as Python does
        (3, 8, "term accuracy 37.50% (3/8)"),
        (2, 3, "term accuracy 66.67% (2/3)"),
    ])
    func lineIsTermaccPys(_ hits: Int, _ total: Int, _ expected: String) {
        #expect(TermAccuracyResult(hits: hits, total: total, segments: 1, misses: []).line == expected)
    }
}

import Testing
import PrecisText

/// One tokenization case: the input and the tokens expected, as text.
struct TokenizationCase: CustomTestStringConvertible, Sendable {
    var language: Language
    var input: String
    var expected: [String]
    var testDescription: String { "\(language): \(input.prefix(50))" }

    init(_ input: String, _ expected: [String], language: Language = .french) {
        self.language = language
        self.input = input
        self.expected = expected
    }
}

struct TokenizerTests {
    static let cases: [TokenizationCase] = [
        // elisions, with ' and ’
        .init("l'intelligence artificielle", ["l'", "intelligence", "artificielle"]),
        .init("l’intelligence", ["l’", "intelligence"]),
        .init("L'IA d'OpenAI", ["L'", "IA", "d'", "OpenAI"]),
        .init("j'ai m'a t'es s'est n'est c'est", ["j'", "ai", "m'", "a", "t'", "es", "s'", "est", "n'", "est", "c'", "est"]),
        .init("qu'il jusqu'à lorsqu'elle puisqu'on quoiqu'il", ["qu'", "il", "jusqu'", "à", "lorsqu'", "elle", "puisqu'", "on", "quoiqu'", "il"]),
        .init("Qu’en pense-t-il ?", ["Qu’", "en", "pense-t-il", "?"]),
        .init("aujourd'hui aujourd’hui", ["aujourd'hui", "aujourd’hui"]),
        .init("prud'homme prud’hommes", ["prud'homme", "prud’hommes"]),
        .init("quelqu'un quelqu’une presqu'île", ["quelqu'un", "quelqu’une", "presqu'île"]),
        .init("l'Île-de-France", ["l'", "Île-de-France"]),
        .init("c'est-à-dire", ["c'", "est-à-dire"]),
        .init("d' emblée", ["d", "'", "emblée"]),
        .init("les parents' voitures", ["les", "parents", "'", "voitures"]),
        .init("O'Neill don't", ["O'Neill", "don't"]),
        .init("don't it's O'Brien's", ["don't", "it's", "O'Brien's"], language: .english),
        .init("l'avion", ["l'avion"], language: .english),
        // hyphens
        .init("globe-trotteur a-t-il Covid-19", ["globe-trotteur", "a-t-il", "Covid-19"]),
        .init("porte- parole", ["porte", "-", "parole"]),
        .init("Jean‑Pierre", ["Jean‑Pierre"]),  // U+2011 non-breaking hyphen
        .init("— dit-il —", ["—", "dit-il", "—"]),
        // numbers
        .init("3,6 %", ["3,6", "%"]),
        .init("1 234,5 euros", ["1 234,5", "euros"]),
        .init("1\u{00A0}234\u{202F}567 personnes", ["1\u{00A0}234\u{202F}567", "personnes"]),
        .init("2.846 points", ["2.846", "points"]),
        .init("en 2019 1 500 manifestants", ["en", "2019", "1 500", "manifestants"]),
        .init("en 2020 300 personnes", ["en", "2020", "300", "personnes"]),
        .init("1,234.5 dollars", ["1,234.5", "dollars"], language: .english),
        .init("12 500 euros et 12 50 centimes", ["12 500", "euros", "et", "12", "50", "centimes"]),
        .init("1er septembre 2e tour 10h30", ["1er", "septembre", "2e", "tour", "10h30"]),
        .init("+3,5% et -2", ["+", "3,5", "%", "et", "-", "2"]),
        .init("725 M€ 4 Md$", ["725", "M", "€", "4", "Md", "$"]),
        .init("en 2019.", ["en", "2019", "."]),
        // initialisms and abbreviations
        .init("les U.S. et les É.-U.", ["les", "U.S.", "et", "les", "É.-U."]),
        .init("52 av. J.-C.", ["52", "av", ".", "J.-C."]),
        .init("M. Dupont", ["M", ".", "Dupont"]),
        .init("e.g. apples", ["e.g.", "apples"], language: .english),
        // URLs and e-mail addresses
        .init("voir https://exemple.fr/a?b=1.", ["voir", "https://exemple.fr/a?b=1", "."]),
        .init("(www.lemonde.fr)", ["(", "www.lemonde.fr", ")"]),
        .init("Booking.com et lemonde.fr/politique,", ["Booking.com", "et", "lemonde.fr/politique", ","]),
        .init("écrire à jean.dupont@exemple.fr.", ["écrire", "à", "jean.dupont@exemple.fr", "."]),
        .init("tendue.Consternant", ["tendue", ".", "Consternant"]),
        // punctuation and symbols
        .init("« Bonjour », dit-il...", ["«", "Bonjour", "»", ",", "dit-il", "..."]),
        .init("Quoi ?! Non…", ["Quoi", "?", "!", "Non", "…"]),
        .init("#IA @Meta 😀", ["#", "IA", "@", "Meta", "😀"]),
        .init("", []),
        .init("  \n\t ", []),
        .init("Œuvre cœur Ærø", ["Œuvre", "cœur", "Ærø"]),
        .init("e\u{301}te\u{301}", ["e\u{301}te\u{301}"]),
        .init("Москва и 北京", ["Москва", "и", "北京"]),
    ]

    @Test(arguments: cases, Tokenizer.Engine.allCases)
    func tokenizes(_ testCase: TokenizationCase, engine: Tokenizer.Engine) {
        let tokenizer = Tokenizer(language: testCase.language, engine: engine)
        let tokens = tokenizer.tokens(in: testCase.input).map { String($0.text(in: testCase.input)) }
        #expect(tokens == testCase.expected)
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: [
        ("Zuckerberg", Token.Kind.word), ("IA", .word), ("3,6", .number), ("%", .symbol), ("«", .punctuation),
        ("https://a.fr", .url), ("x@y.fr", .email), ("1er", .word), ("€", .symbol), ("...", .punctuation),
        ("2.846", .number), ("lemonde.fr", .url),
    ])
    func kinds(_ text: String, _ kind: Token.Kind) {
        let tokens = Tokenizer(language: .french).tokens(in: text)
        #expect(tokens.count == 1)
        #expect(tokens.first?.kind == kind)
    }

    @Test func elisionAndHyphenFlags() {
        let text = "l'arc-en-ciel"
        let tokens = Tokenizer(language: .french).tokens(in: text)
        #expect(tokens.map(\.isElision) == [true, false])
        #expect(tokens.map(\.isHyphenated) == [false, true])
        #expect(tokens[1].parts(in: text).map { String(text.slice($0)) } == ["arc", "en", "ciel"])
    }

    @Test func rangesAreByteOffsets() {
        let text = "Où l’IA ?"
        let tokens = Tokenizer(language: .french).tokens(in: text)
        #expect(tokens.map(\.range) == [0..<3, 4..<8, 8..<10, 11..<12])
    }

    @Test func tokensWithinARange() {
        let text = "Un. Deux trois."
        let tokens = Tokenizer(language: .french).tokens(in: text, range: 4..<15)
        #expect(tokens.map { String($0.text(in: text)) } == ["Deux", "trois", "."])
    }
}

/// Bugs found by the property tests, kept as regression cases.
struct TokenizerRegressionTests {
    /// Non-ASCII decimal digits (Arabic-Indic ٣) once gave an empty token and an endless loop.
    @Test(arguments: Tokenizer.Engine.allCases)
    func nonASCIIDigitsAreWords(engine: Tokenizer.Engine) {
        let text = "٣ 12٣ ٣,5 ۱۲"
        let tokens = Tokenizer(language: .french, engine: engine).tokens(in: text)
        #expect(tokens.map { String($0.text(in: text)) } == ["٣", "12", "٣", "٣", ",", "5", "۱۲"])
    }
}

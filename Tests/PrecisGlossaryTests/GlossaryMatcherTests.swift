import Testing
import PrecisGlossary

struct GlossaryMatcherTests {
    static let glossary: Glossary = {
        let tsv = """
            intelligence artificielle\tartificial intelligence
            IA\tAI
            service client\tcustomer service
            réseau social\tsocial network
            centre de données\tdata center
            action collective\tclass action
            maladie respiratoire\trespiratory disease
            maladie respiratoire aiguë\tacute respiratory disease
            maladie\tdisease
            contagieux\tcontagious
            toucher\ttouch
            Conseil d'État\tCouncil of State
            lettre aux actionnaires\tletter to shareholders
            chanteur\tsinger
            """
        return try! GlossaryLoader(strict: true).load(bytes: Array(tsv.utf8), name: "test.tsv").glossary
    }()

    static let matcher = GlossaryMatcher([glossary])

    /// Text, then the matches expected as "matched text → source".
    @Test(arguments: [
        ("l'intelligence artificielle", ["intelligence artificielle → intelligence artificielle"]),
        ("l’Intelligence Artificielle", ["Intelligence Artificielle → intelligence artificielle"]),
        ("d'IA et de l'IA", ["IA → IA", "IA → IA"]),
        ("du service client", ["service client → service client"]),
        ("les réseaux sociaux", ["réseaux sociaux → réseau social"]),
        ("les centres de données", ["centres de données → centre de données"]),
        ("une action collective, des actions collectives", ["action collective → action collective", "actions collectives → action collective"]),
        ("une maladie très contagieuse", ["maladie → maladie", "contagieuse → contagieux"]),
        ("une maladie respiratoire aiguë", ["maladie respiratoire aiguë → maladie respiratoire aiguë"]),
        ("une maladie respiratoire chronique", ["maladie respiratoire → maladie respiratoire"]),
        ("des maladies respiratoires", ["maladies respiratoires → maladie respiratoire"]),
        ("ils touchent la surface", ["touchent → toucher"]),
        ("touché, touchés, touchée", ["touché → toucher", "touchés → toucher", "touchée → toucher"]),  // participles
        ("le Conseil d’État a jugé", ["Conseil d’État → Conseil d'État"]),
        ("la lettre aux actionnaires", ["lettre aux actionnaires → lettre aux actionnaires"]),
        ("une chanteuse célèbre", ["chanteuse → chanteur"]),
        ("la MAIRIE et le maire", []),
        ("maladies", ["maladies → maladie"]),
        ("IAM et TIA", []),                          // never inside a word
        ("intelligence, artificielle", []),         // punctuation ends a term
        ("le service (client)", []),
        ("« réseau » social", []),
        ("", []),
    ])
    func matches(_ text: String, _ expected: [String]) {
        let found = Self.matcher.matches(in: text).map { "\(text.slice($0.range)) → \($0.entry.source)" }
        #expect(found == expected)
    }

    /// A final "é" is a letter, not the feminine "e": the participle "testés" is no form of the
    /// noun "test", nor "marche" of "marché".
    @Test(arguments: [
        ("un test, des tests", ["test → test", "tests → test"]),
        ("les échantillons testés", []),
        ("il marche vers le marché", ["marché → marché"]),
        ("les marchés financiers", ["marchés → marché"]),
    ])
    func finalAccentedEIsNotAnEnding(_ text: String, _ expected: [String]) throws {
        let tsv = "test\tassay\nmarché\tmarket\n"
        let matcher = GlossaryMatcher([try GlossaryLoader(strict: true).load(bytes: Array(tsv.utf8), name: "t.tsv").glossary])
        #expect(matcher.matches(in: text).map { "\(text.slice($0.range)) → \($0.entry.source)" } == expected)
    }

    /// An elided word meets its full form, and "le", "la", "l'" meet each other.
    @Test(arguments: [
        ("au nom d'une entreprise", ["au nom d' → au nom de"]),
        ("au nom d’une entreprise", ["au nom d’ → au nom de"]),
        ("au nom de la loi", ["au nom de → au nom de"]),
        ("parce qu'il pleut", ["parce qu' → parce que"]),
        ("à l'heure actuelle", ["à l'heure actuelle → à la heure actuelle"]),
        ("la dent", []),                      // "de" does not meet "d'" inside a word
    ])
    func elisionsMeetTheirFullForms(_ text: String, _ expected: [String]) throws {
        let tsv = "au nom de\ton behalf of\nparce que\tbecause\nà la heure actuelle\tat present\nde\tof\n"
        let glossary = try GlossaryLoader().load(bytes: Array(tsv.utf8), name: "t.tsv").glossary
        let matcher = GlossaryMatcher([glossary])
        let found = matcher.matches(in: text).map { "\(text.slice($0.range)) → \($0.entry.source)" }
        #expect(found.filter { !$0.hasSuffix("→ de") } == expected)
    }

    @Test func numberIsReported() {
        let matches = Self.matcher.matches(in: "Les réseaux sociaux et le réseau social")
        #expect(matches.map(\.isPlural) == [true, false])
    }

    /// A match is plural when more of its words look plural than in the entry: an entry with an
    /// invariable word ending in s ("pays voisin") still reports its plural, and an entry
    /// written in the plural does not report the same plural again.
    @Test(arguments: [
        ("les pays voisins", "pays voisin", true),
        ("le pays voisin", "pays voisin", false),
        ("les prix de l'énergie", "prix de l'énergie", false),  // "prix" is one word: no more plurals
        ("des réseaux sociaux", "réseaux sociaux", false),
        ("un réseau social", "réseaux sociaux", false),
        ("les droits de l'homme", "droit de l'homme", true),
    ])
    func numberCountsPluralWords(text: String, source: String, plural: Bool) {
        let glossary = Glossary(path: "t.tsv", format: .tsv, entries: [GlossaryEntry(source: source, targets: ["x"], origin: .init(file: "t.tsv", line: 1))])
        let matches = GlossaryMatcher([glossary]).matches(in: text)
        #expect(matches.count == 1)
        #expect(matches.first?.isPlural == plural, "\(text) for \(source)")
    }

    @Test func originAndPriority() {
        let user = try! GlossaryLoader().load(bytes: Array("IA\tA.I.\n".utf8), name: "user.tsv").glossary
        let matcher = GlossaryMatcher([user, Self.glossary])
        let match = matcher.matches(in: "l'IA").first
        #expect(match?.entry.preferredTarget == "A.I.")
        #expect(match?.entry.origin == .init(file: "user.tsv", line: 1))
        #expect(matcher.entryCount == Self.glossary.entries.count + 1)
    }

    @Test func caseSensitiveEntriesMatchOnlyTheirCase() {
        var entry = GlossaryEntry(source: "Orange", targets: ["Orange"], status: .doNotTranslate, isCaseSensitive: true,
                                  origin: .init(file: "brands.tsv", line: 1))
        entry.note = "the company"
        let matcher = GlossaryMatcher([Glossary(path: "brands.tsv", format: .tsv, entries: [entry])])
        #expect(matcher.matches(in: "Orange annonce").count == 1)
        #expect(matcher.matches(in: "une orange pressée").isEmpty)
        #expect(matcher.matches(in: "Orange annonce").first?.entry.preferredTarget == "Orange")
    }

    @Test(arguments: [
        ("réseaux", "reseau", true), ("sociaux", "social", true), ("sociales", "social", true),
        ("collectives", "collectif", true), ("contagieuse", "contagieu", false), ("contagieux", "contagieu", true),
        ("virus", "virus", false), ("Paris", "paris", false), ("IA", "ia", false), ("données", "donne", true),
        ("test", "test", false), ("testé", "teste", false), ("testés", "teste", true), ("testée", "teste", false),
        ("TESTÉES", "teste", true), ("marché", "marche", false), ("marche", "march", false), ("café", "cafe", false),
        ("d'", "de", false), ("D’", "de", false), ("qu'", "que", false), ("jusqu'", "jusque", false), ("l'", "le", false),
        ("la", "le", false), ("le", "le", false), ("aujourd'hui", "aujourd'hui", false), ("x'", "x'", false),
    ])
    func inflectionKeys(_ word: String, _ key: String, _ plural: Bool) {
        #expect(InflectionKey.french(word) == key)
        #expect(InflectionKey.isPlural(word) == plural)
    }
}

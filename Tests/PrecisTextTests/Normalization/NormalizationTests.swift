import Testing
import PrecisText

struct NormalizedTextTests {
    @Test(arguments: [
        ("L’IA", "L'IA"),
        ("aujourd‘hui", "aujourd'hui"),
        ("d‛abord", "d'abord"),
        ("l′État", "l'État"),
        ("‘citation’", "‘citation’"),             // quotes, not apostrophes: kept
        ("Qui\u{00A0}?", "Qui ?"),
        ("3\u{202F}000\u{2009}€", "3 000 €"),
        ("e\u{301}te\u{301}", "été"),              // NFC
        ("Cafe\u{301} noir", "Café noir"),
        ("déjà NFC", "déjà NFC"),
        ("", ""),
        ("A\u{30A}ngstro\u{308}m", "Ångström"),
    ])
    func analysisForm(_ original: String, _ expected: String) {
        let normalized = NormalizedText(original)
        #expect(normalized.text == expected)
        #expect(normalized.original == original)
        #expect(normalized.isChanged == (original != expected || original.utf8.count != expected.utf8.count))
    }

    @Test func rangesMapBackToTheOriginal() {
        let original = "L’IA\u{00A0}: 3\u{202F}000 e\u{301}tudes"
        let normalized = NormalizedText(original)
        #expect(normalized.text == "L'IA : 3 000 études")
        func originalText(of word: String) -> Substring {
            let text = Array(normalized.text.utf8)
            let needle = Array(word.utf8)
            let start = (0...(text.count - needle.count)).first { Array(text[$0..<$0 + needle.count]) == needle }!
            return normalized.original.slice(normalized.originalRange(of: start..<start + needle.count))
        }
        #expect(originalText(of: "L'IA") == "L’IA")
        #expect(originalText(of: "3 000") == "3\u{202F}000")
        #expect(originalText(of: "études") == "e\u{301}tudes")
        #expect(originalText(of: "tudes") == "tudes")
        #expect(originalText(of: " 000") == "\u{202F}000")
        #expect(originalText(of: ":") == ":")
    }

    @Test func unchangedTextIsShared() {
        let normalized = NormalizedText("Rien à changer ici.")
        #expect(!normalized.isChanged)
        #expect(normalized.originalRange(of: 3..<8) == 3..<8)
    }
}

struct FoldingTests {
    @Test(arguments: [
        ("L’Intelligence  Artificielle", "l'intelligence artificielle"),
        ("Œuvre ÉTÉ", "oeuvre ete"),
        ("Straße", "strasse"),
        ("ça, c'est déjà fait", "ca, c'est deja fait"),
        ("  espaces\u{00A0}\u{202F}multiples  ", "espaces multiples"),
        ("Ærøskøbing", "aeroskobing"),
        ("e\u{301}te\u{301}", "ete"),             // decomposed input: the ICU path
        ("ΣΊΣΥΦΟΣ", "σισυφοσ"),
        ("İstanbul", "istanbul"),
        ("", ""),
    ])
    func keys(_ text: String, _ expected: String) {
        #expect(Folding.key(text) == expected)
    }

    @Test func fastAndICUPathsAgree() {
        // Latin text takes the table; adding a character outside it sends the same text through ICU.
        for word in ["Éléphant", "Cœur", "Garçon", "Noël", "ÀÉÎÕÜ", "Ÿvelines"] {
            let fast = Folding.key(word)
            let slow = Folding.key(word + " ∂")
            #expect(slow == fast + " ∂", "\(word)")
        }
    }

    @Test func accentsAndCaseSeparately() {
        #expect(Folding.removeAccents("Noël à Montréal") == "Noel a Montreal")
        #expect(Folding.foldCase("ÉTÉ") == "été")
    }
}

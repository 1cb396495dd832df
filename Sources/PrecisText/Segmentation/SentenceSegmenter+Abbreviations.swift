extension SentenceSegmenter {
    /// Words that end with a period without ending a sentence, as written (case matters:
    /// "M." is "Monsieur", "m." is not listed).
    ///
    /// "etc." is not here: it ends a sentence before a capital and never breaks before a
    /// lower-case word (that rule covers every abbreviation).
    static func abbreviations(for language: Language) -> Set<String> {
        switch language {
        case .french: frenchAbbreviations
        case .english: englishAbbreviations
        }
    }

    /// ``abbreviations(for:)`` as a byte table, for `SentenceRepairer`'s look-ups.
    static func abbreviationTable(for language: Language) -> ByteStringTable {
        switch language {
        case .french: frenchAbbreviationTable
        case .english: englishAbbreviationTable
        }
    }

    /// The length in bytes of the longest abbreviation of either language: a longer word
    /// needs no look-up.
    static let longestAbbreviation = frenchAbbreviations.union(englishAbbreviations).map(\.utf8.count).max() ?? 0

    static let frenchAbbreviationTable = table(frenchAbbreviations)
    static let englishAbbreviationTable = table(englishAbbreviations)

    private static func table(_ words: Set<String>) -> ByteStringTable {
        var table = ByteStringTable()
        for word in words {
            let bytes = Array(word.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                let hash = ByteStringTable.hash(bytes, 0..<bytes.count)
                if table.value(bytes, 0..<bytes.count, hash: hash) == nil {
                    table.insert(bytes, 0..<bytes.count, hash: hash, value: 1)
                }
            }
        }
        return table
    }

    static let frenchAbbreviations: Set<String> = [
        // titles
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste", "Sts",
        "Gal", "Gén", "Cdt", "Lt", "Col", "Cne", "Prof",
        // references and usual abbreviations
        "av", "apr", "art", "env", "cf", "Cf", "p", "pp", "ex", "éd", "vol", "chap", "fig", "n°", "no",
        "hab", "min", "max", "tél", "Tél", "réf", "coll", "dir", "anc", "av. J.-C", "bd", "Bd", "boul",
        // months
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
        // English titles that French news quotes
        "Mr", "Mrs", "Ms", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "vs",
    ]

    static let englishAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon", "St", "Jr", "Sr", "Sen", "Rep", "Gov",
        "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Pres", "Supt", "Mt", "Ft", "Ave", "Blvd",
        "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Assn", "Est",
        "vs", "v", "approx", "No", "Nos", "Vol", "vol", "pp", "p", "fig", "Fig", "ch", "Ch", "cf", "al",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
}

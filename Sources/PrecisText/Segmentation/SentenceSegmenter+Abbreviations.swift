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

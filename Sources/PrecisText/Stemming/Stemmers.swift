/// The stemmers Precis ships, by language.
public enum Stemmers {
    /// The Snowball stemmer for `language`.
    public static func stemmer(for language: Language) -> any Stemmer {
        switch language {
        case .french: FrenchStemmer()
        case .english: EnglishStemmer()
        }
    }
}

import PrecisText
@testable import PrecisSummarize

/// Small documents the suites share, and helpers to read them.
enum Articles {
    /// A French news article with a byline, a closing photo credit and French typography
    /// (no-break spaces before « : » and in "6 %"): 11 sentences, 9 of them full.
    static let meta = """
        Par Claire Martin

        Meta a annoncé mardi une réorientation massive de ses investissements vers l'intelligence artificielle, sans pour autant renoncer au métavers.
        Le groupe de Mark Zuckerberg prévoit de consacrer plus de 35 milliards de dollars cette année à ses centres de données.
        «\u{00A0}Nous construisons l'infrastructure de la prochaine décennie\u{00A0}», a déclaré le patron de Meta lors d'une conférence avec les analystes.
        Les investisseurs ont salué l'annonce\u{00A0}: l'action a gagné 6\u{00A0}% à la clôture.
        La division Reality Labs, chargée du métavers, continue pourtant de perdre de l'argent.
        Ses pertes ont atteint 4 milliards de dollars au dernier trimestre.
        Meta affirme que les deux projets se renforcent mutuellement.
        Les lunettes connectées du groupe intègrent déjà un assistant fondé sur l'intelligence artificielle.
        Des analystes restent néanmoins très sceptiques.

        Photo\u{00A0}: AFP
        """
    static let metaTitle = "Meta réoriente ses investissements vers l'intelligence artificielle"

    /// A short English article.
    static let council = """
        The city council approved next year's budget on Tuesday evening after a long debate.
        Property taxes will rise by two percent, the first increase in five years.
        Opposition councillors said the rise would hurt young families and small shops.
        The mayor defended the budget as responsible and balanced.
        Spending on public transport and schools will grow the most.
        """

    /// Only short lines: no sentence reaches five words or ends with punctuation.
    static let fragments = "Photo : AFP\nLecture : 3 min\nPar Jean Dupont\nMis à jour hier"

    /// The document analysed as the summarizer does.
    static func analyzed(_ text: String, title: String? = nil, language: Language = .english,
                         model: IDFModel? = nil, minimumSentenceWords: Int = 5) -> AnalyzedDocument {
        AnalyzedDocument(text: text, title: title, language: language, analyzer: TermAnalyzer(language: language),
                         model: model, minimumSentenceWords: minimumSentenceWords)
    }

    /// The terms of each sentence as strings (document-local ids resolved).
    static func terms(of document: AnalyzedDocument, analyzer: TermAnalyzer) -> [[String]] {
        document.sentenceTerms.map { $0.map { analyzer.term(document.globalIDs[Int($0)]) } }
    }

    /// Words as ROUGE's `str.split()` and the budget rules count them: runs between white space.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}

/// Summarizer options for a fixed language, so tests do not depend on language identification.
func options(_ language: Language = .french, method: SummaryMethod = .default, budget: SummaryBudget,
             keywords: Int = 0) -> SummaryOptions {
    var options = SummaryOptions()
    options.language = .fixed(language)
    options.method = method
    options.budget = budget
    options.keywords = keywords
    return options
}

/// Whether two doubles agree to within `tolerance`.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }

/// Whether two arrays of doubles agree element-wise to within `tolerance`.
func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
}

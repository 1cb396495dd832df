/// Copulas before a bare noun or "d'accord": "il est médecin" → "he is a doctor", "ils ne sont
/// pas d'accord" → "they do not agree".
extension Generator {
    /// Verbs after which a bare noun is a predicate ("il est médecin", "elle est devenue avocate").
    static let copulas: Set<String> = ["être", "devenir", "redevenir", "rester"]

    /// Person nouns that name a unique role, which English writes without an article after a
    /// copula too: "il est président de la République" → "he is President of the Republic", "elle
    /// est championne" → "it is champion".
    static let uniqueRoles: Set<String> = [
        "président", "présidente", "vice-président", "ministre", "premier ministre", "maire", "roi", "reine", "pape",
        "chancelier", "gouverneur", "chef", "porte-parole", "empereur", "prince", "princesse", "champion", "championne",
    ]

    /// Whether `group` ends in a copula whose predicate follows: être, devenir, rester (also
    /// "a été" with no participle, and "est devenu").
    static func endsInCopula(_ group: VerbGroup) -> Bool {
        if group.ete != nil { return group.participle == nil }
        if let participle = group.participle { return copulas.contains(participle.lemma ?? "") && group.lemma == "être" }
        return copulas.contains(group.infinitive?.lemma ?? group.lemma) && group.progressive == nil && group.remainsTo == nil
    }

    /// "a" (or "an") before a bare singular noun naming a person after a copula, at `i`: "il est
    /// médecin" → "he is a doctor", "quand vous étiez entrepreneur" → "when you were an
    /// entrepreneur". Not for unique roles (``uniqueRoles``) nor plurals ("ils sont médecins").
    mutating func articleBeforePredicateNoun() {
        guard i < items.count, items[i].kind == .word, items[i].pos == .noun, let analysis = items[i].analysis,
              !analysis.isPlural, isPerson(i), !Self.uniqueRoles.contains(analysis.lemma), !Self.uniqueRoles.contains(items[i].lower)
        else { return }
        emit("a", source: items[i].range.lowerBound..<items[i].range.lowerBound, rule: .grammar,
             origin: "copula + bare noun → a", article: true)
    }

    /// Whether "d'accord" follows the copula être of `group` at `k`: "être d'accord" is "agree".
    func agreesAt(_ k: Int, _ group: VerbGroup) -> Bool {
        group.lemma == "être" && group.participle == nil && group.ete == nil && group.infinitive == nil
            && k + 1 < items.count && items[k].lower == "d'" && items[k + 1].lower == "accord"
    }
}

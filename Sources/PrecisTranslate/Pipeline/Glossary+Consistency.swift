import PrecisGlossary
import PrecisText

extension Glossary {
    /// The glossaries with each multi-word term's alternatives put in the order that agrees with
    /// the translation its words have on their own: with "épidémie → disease outbreak | epidemic"
    /// and "épidémie de COVID-19 → COVID-19 epidemic | COVID-19 outbreak", the longer term is
    /// written "COVID-19 outbreak", so one text never calls one thing two names.
    ///
    /// Only the order changes, and only when exactly one alternative agrees; the first listed
    /// alternative stays first otherwise. One-word terms are looked up across all `glossaries`
    /// (one priority tier), the first file that has the word deciding.
    static func harmonizingAlternatives(_ glossaries: [Glossary]) -> [Glossary] {
        var single: [String: String] = [:]
        for glossary in glossaries {
            for entry in glossary.entries where !entry.source.contains(" ") && !entry.targets.isEmpty {
                let key = Folding.lowercase(entry.source)
                if single[key] == nil { single[key] = Folding.lowercase(entry.preferredTarget) }
            }
        }
        guard !single.isEmpty else { return glossaries }
        return glossaries.map { glossary in
            var glossary = glossary
            for k in glossary.entries.indices where glossary.entries[k].targets.count > 1 && glossary.entries[k].source.contains(" ") {
                let entry = glossary.entries[k]
                let englishOfWords = entry.source.split(separator: " ").compactMap { single[Folding.lowercase($0)] }
                guard !englishOfWords.isEmpty else { continue }
                func agrees(_ target: String) -> Bool {
                    let words = Set(Folding.lowercase(target).split(separator: " ").map(String.init))
                    return englishOfWords.contains { english in english.split(separator: " ").contains { words.contains(String($0)) } }
                }
                let agreeing = entry.targets.indices.filter { agrees(entry.targets[$0]) }
                guard agreeing.count == 1, let chosen = agreeing.first, chosen != 0 else { continue }
                var targets = entry.targets
                targets.insert(targets.remove(at: chosen), at: 0)
                glossary.entries[k].targets = targets
            }
            return glossary
        }
    }
}

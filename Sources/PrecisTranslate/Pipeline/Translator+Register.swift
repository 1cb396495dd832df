/// The register of a line, which decides between a glossary's alternatives that are one word in
/// two registers (``EnglishRegister``).
enum LineRegister: Equatable {
    /// A sentence with its final stop that speaks of a third party: full forms ("influenza").
    case prose
    /// A line that says "I" or "you" (dialogue, advice, an interview): clipped forms ("flu").
    case speech
    /// A line without a final stop (a title, a headline, a caption): clipped forms.
    case headline

    var wantsFormalWords: Bool { self == .prose }

    var name: String {
        switch self {
        case .prose: "written prose"
        case .speech: "speech (I/you)"
        case .headline: "headline"
        }
    }
}

extension Translator {
    /// Words that put a French line in the first person singular or the second person.
    static let speakerWords: Set<String> = [
        "je", "j'", "me", "m'", "moi", "mon", "ma", "mes", "tu", "t'", "te", "toi", "ton", "ta", "tes",
        "vous", "votre", "vos",
    ]

    /// The line's register: speech when a word or a chosen verb form is in the first person
    /// singular or the second person ("je pense", "vous", "respectez"); otherwise prose when the
    /// line ends with . ! ? or … (before closing quotes or brackets), a headline when it does not.
    static func register(of items: [Item]) -> LineRegister {
        for item in items where item.kind == .word {
            if speakerWords.contains(item.lower) { return .speech }
            if let analysis = item.analysis, analysis.partOfSpeech.isVerbal, let form = analysis.verbForms.first,
               form.tense.isFinite, form.person == 2 || (form.person == 1 && !form.isPlural) {
                return .speech
            }
        }
        let closing: Set<String> = ["»", "\"", "”", "’", ")", "]"]
        guard let last = items.last(where: { !closing.contains($0.surface) }) else { return .headline }
        return [".", "!", "?", "…", "...", "?!", "!?"].contains(last.surface) ? .prose : .headline
    }

    /// Puts first, for every glossary term with alternatives, the one in the line's register:
    /// `grippe → flu | influenza` gives "influenza" in prose, "flu" in speech and headlines.
    /// The choice is written into the term's explanation.
    func chooseRegisterVariants(_ items: inout [Item]) {
        guard items.contains(where: { ($0.kind == .glossary || $0.isGlossaryWord) && ($0.glossary?.entry.targets.count ?? 0) > 1 })
        else { return }
        let register = Self.register(of: items)
        for k in items.indices where items[k].kind == .glossary || items[k].isGlossaryWord {
            guard var match = items[k].glossary, match.entry.targets.count > 1 else { continue }
            if items[k].isGlossaryWord {
                for a in items[k].analyses.indices {
                    let english = items[k].analyses[a].english
                    guard let chosen = EnglishRegister.variant(among: english, formal: register.wantsFormalWords) else { continue }
                    items[k].analyses[a].english.insert(items[k].analyses[a].english.remove(at: chosen), at: 0)
                    let note = Self.registerNote(register, chosen: english[chosen], over: english[0])
                    items[k].analyses[a].origin.derivation = note   // what verb forms explain
                    items[k].registerNote = note
                }
            } else if let chosen = EnglishRegister.variant(among: match.entry.targets, formal: register.wantsFormalWords) {
                let targets = match.entry.targets
                match.entry.targets.insert(match.entry.targets.remove(at: chosen), at: 0)
                items[k].glossary = match
                items[k].registerNote = Self.registerNote(register, chosen: targets[chosen], over: targets[0])
            }
        }
    }

    static func registerNote(_ register: LineRegister, chosen: String, over first: String) -> String {
        "\(register.name): '\(chosen)', not '\(first)'"
    }
}

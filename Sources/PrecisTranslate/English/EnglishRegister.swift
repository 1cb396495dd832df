// English words that have a clipped, everyday form and a full, formal one ("flu" and
// "influenza"). Our own list, from standard dictionaries' register labels.

/// Chooses between English alternatives that differ only in register.
///
/// A glossary may give a term two translations that are the same word in two registers:
/// `grippe → flu | influenza`, `laboratoire → lab | laboratory`. Running prose (a sentence with
/// its final stop, in the third person) takes the full form, as reports, articles and papers
/// write it; speech (a text that says "I" or "you") and headlines take the clipped one.
///
/// ```swift
/// EnglishRegister.variant(among: ["flu", "influenza"], formal: true)    // 1 ("influenza")
/// EnglishRegister.variant(among: ["seasonal influenza", "seasonal flu"], formal: false)   // 1
/// EnglishRegister.variant(among: ["outbreak", "epidemic"], formal: true)   // nil: not one word in two registers
/// ```
enum EnglishRegister {
    /// Clipped form → full form, singular and plural.
    static let fullForms: [String: String] = {
        let table = """
        flu influenza|lab laboratory|labs laboratories|exam examination|exams examinations|\
        phone telephone|phones telephones|photo photograph|photos photographs|vet veterinarian|\
        vets veterinarians|gym gymnasium|gyms gymnasiums|teen teenager|teens teenagers|\
        ad advertisement|ads advertisements|info information|plane airplane|planes airplanes|\
        bike bicycle|bikes bicycles|fridge refrigerator|fridges refrigerators|math mathematics|\
        maths mathematics|memo memorandum|memos memoranda|demo demonstration|demos demonstrations|\
        stats statistics|chemo chemotherapy|rehab rehabilitation|TV television|\
        ID identification|app application|apps applications|limo limousine|limos limousines|\
        auto automobile|autos automobiles|pic picture|pics pictures|rep representative|reps representatives
        """
        var result: [String: String] = [:]
        for pair in table.split(separator: "|") {
            let words = pair.split(separator: " ")
            result[words[0].lowercased()] = words[1].lowercased()
        }
        return result
    }()

    /// Whether two alternatives are one word or phrase in two registers, and which is the formal:
    /// +1 when `b` is the formal form of `a` ("flu", "influenza"), −1 when `a` is, nil otherwise.
    /// They must have the same words but for clipped/full pairs, all clipped on the same side.
    static func formality(of a: String, against b: String) -> Int? {
        let wordsA = a.lowercased().split(separator: " "), wordsB = b.lowercased().split(separator: " ")
        guard wordsA.count == wordsB.count else { return nil }
        var direction = 0
        for (x, y) in zip(wordsA, wordsB) where x != y {
            let step = fullForms[String(x)] == String(y) ? 1 : fullForms[String(y)] == String(x) ? -1 : 0
            guard step != 0, direction == 0 || direction == step else { return nil }
            direction = step
        }
        return direction == 0 ? nil : direction
    }

    /// The index of the alternative to use instead of the first, when another one is the first's
    /// own word in the register wanted (`formal` or everyday); nil to keep the first.
    static func variant(among alternatives: [String], formal: Bool) -> Int? {
        guard alternatives.count > 1, let first = alternatives.first else { return nil }
        let wanted = formal ? 1 : -1
        return alternatives.indices.dropFirst().first { formality(of: first, against: alternatives[$0]) == wanted }
    }
}

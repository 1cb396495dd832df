import PrecisText

extension Lexicon {
    /// Parses one lexicon file's bytes.
    mutating func read(_ bytes: [UInt8], name: String) throws(LexiconError) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var lineNumber = 0
        for rawBytes in bytes[start...].split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard let rawLine = String(validating: rawBytes, as: UTF8.self) else {
                throw .invalid(file: name, line: lineNumber, message: "not valid UTF-8; save the file as UTF-8")
            }
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : Substring(rawLine)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == 5 else {
                throw .invalid(file: name, line: lineNumber,
                               message: "\(cells.count) columns, expected 5 (form, lemma, pos, features, english) separated by tabs")
            }
            func fail(_ message: String) -> LexiconError { .invalid(file: name, line: lineNumber, message: message) }
            let form = String(cells[0]), lemma = String(cells[1])
            guard !form.isEmpty, !lemma.isEmpty else { throw fail("empty form or lemma; fill both columns") }
            guard let pos = PartOfSpeech(rawValue: String(cells[2])) else {
                throw fail("unknown part of speech '\(cells[2])'; use one of \(PartOfSpeech.allCases.map(\.rawValue).joined(separator: " "))")
            }
            var analysis = Analysis(lemma: lemma, partOfSpeech: pos, agreement: nil, verbForms: [], pronounTags: nil,
                                    english: [], isEnglishFrozen: false,
                                    origin: LexiconOrigin(file: name, line: lineNumber, derivation: nil))
            let features = cells[3]
            switch pos {
            case .verb, .auxiliary:
                for piece in features.split(separator: ",") {
                    guard let form = Self.verbForm(piece) else {
                        throw fail("verb features '\(features)': write inf, ppr, pp.m.s, or tense.person such as pres.3s")
                    }
                    if form.tense == .pastParticiple, analysis.agreement == nil { analysis.agreement = Self.agreement(piece.dropFirst(3)) }
                    analysis.verbForms.append(form)
                }
                guard !analysis.verbForms.isEmpty else { throw fail("a verb needs features such as pres.3s or inf") }
            case .pronoun:
                if features != "-" { analysis.pronounTags = String(features) }
            default:
                if features != "-" {
                    guard let agreement = Self.agreement(features) else {
                        throw fail("features '\(features)': write gender.number (m.s, f.p, mf.sp …) or -")
                    }
                    analysis.agreement = agreement
                }
            }
            var english = Substring(cells[4])
            if english.hasPrefix("=") { analysis.isEnglishFrozen = true; english = english.dropFirst() }
            guard !english.isEmpty else { throw fail("empty English; write _ when English drops the word") }
            analysis.english = english.split(separator: "|", omittingEmptySubsequences: false).map { $0 == "_" ? "" : String($0) }
            add(form: form, analysis)
        }
    }

    static func agreement(_ text: some StringProtocol) -> Agreement? {
        let parts = text.split(separator: ".")
        guard parts.count == 2, let gender = Agreement.Gender(rawValue: String(parts[0])),
              let number = Agreement.Number(rawValue: String(parts[1])) else { return nil }
        return Agreement(gender: gender, number: number)
    }

    static func verbForm(_ text: some StringProtocol) -> VerbForm? {
        switch text {
        case "inf": return VerbForm(tense: .infinitive, person: 0, isPlural: false)
        case "ppr": return VerbForm(tense: .presentParticiple, person: 0, isPlural: false)
        default: break
        }
        let parts = text.split(separator: ".")
        if parts.first == "pp" {
            guard parts.count == 3, let agreement = agreement(text.dropFirst(3)) else { return nil }
            return VerbForm(tense: .pastParticiple, person: 0, isPlural: agreement.number == .plural)
        }
        guard parts.count == 2, let tense = VerbForm.Tense(rawValue: String(parts[0])), tense.isFinite else { return nil }
        let person = parts[1]
        guard person.count == 2, let digit = person.first?.wholeNumberValue, (1...3).contains(digit),
              person.last == "s" || person.last == "p" else { return nil }
        return VerbForm(tense: tense, person: digit, isPlural: person.last == "p")
    }
}

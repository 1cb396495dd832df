import PrecisText

extension Lexicon {
    /// Parses one lexicon file's bytes.
    ///
    /// - Complexity: O(*n*) in the file's size; the cells are cut on bytes, and the features
    ///   column, which repeats a few hundred values, is parsed once per distinct value.
    mutating func read(_ bytes: [UInt8], name: String) throws(LexiconError) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var lineNumber = 0
        var parsedFeatures: [ArraySlice<UInt8>: Features] = [:]
        var lineStart = start
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var line = bytes[lineStart..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty || line.first == 0x23 { continue }   // blank or # comment
            func fail(_ message: String) -> LexiconError { .invalid(file: name, line: lineNumber, message: message) }
            guard String(validating: line, as: UTF8.self) != nil else { throw fail("not valid UTF-8; save the file as UTF-8") }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard cells.count == 5 else {
                throw fail("\(cells.count) columns, expected 5 (form, lemma, pos, features, english) separated by tabs")
            }
            guard !cells[0].isEmpty, !cells[1].isEmpty else { throw fail("empty form or lemma; fill both columns") }
            let posText = String(decoding: cells[2], as: UTF8.self)
            guard let pos = PartOfSpeech(rawValue: posText) else {
                throw fail("unknown part of speech '\(posText)'; use one of \(PartOfSpeech.allCases.map(\.rawValue).joined(separator: " "))")
            }
            let featureBytes = cells[3]
            let features: Features
            if let known = parsedFeatures[featureBytes], known.pos == pos {
                features = known
            } else {
                features = try Self.features(String(decoding: featureBytes, as: UTF8.self), pos: pos, fail: fail)
                parsedFeatures[featureBytes] = features
            }
            var english = cells[4]
            var frozen = false
            if english.first == 0x3D { frozen = true; english = english.dropFirst() }   // "="
            guard !english.isEmpty else { throw fail("empty English; write _ when English drops the word") }
            let alternatives = english.split(separator: 0x7C, omittingEmptySubsequences: false).map { piece -> String in
                piece.count == 1 && piece.first == 0x5F ? "" : String(decoding: piece, as: UTF8.self)   // "_" → dropped
            }
            let analysis = Analysis(lemma: String(decoding: cells[1], as: UTF8.self), partOfSpeech: pos,
                                    agreement: features.agreement, verbForms: features.verbForms, pronounTags: features.pronounTags,
                                    english: alternatives, isEnglishFrozen: frozen,
                                    origin: LexiconOrigin(file: name, line: lineNumber, derivation: nil))
            add(form: String(decoding: cells[0], as: UTF8.self), analysis)
        }
    }

    /// A parsed features column.
    struct Features {
        var pos: PartOfSpeech
        var agreement: Agreement?
        var verbForms: [VerbForm] = []
        var pronounTags: String?
    }

    static func features(_ text: String, pos: PartOfSpeech, fail: (String) -> LexiconError) throws(LexiconError) -> Features {
        var result = Features(pos: pos)
        switch pos {
        case .verb, .auxiliary:
            for piece in text.split(separator: ",") {
                guard let form = verbForm(piece) else {
                    throw fail("verb features '\(text)': write inf, ppr, pp.m.s, or tense.person such as pres.3s")
                }
                if form.tense == .pastParticiple, result.agreement == nil { result.agreement = agreement(piece.dropFirst(3)) }
                result.verbForms.append(form)
            }
            guard !result.verbForms.isEmpty else { throw fail("a verb needs features such as pres.3s or inf") }
        case .pronoun:
            if text != "-" { result.pronounTags = text }
        default:
            if text != "-" {
                guard let agreement = agreement(text) else {
                    throw fail("features '\(text)': write gender.number (m.s, f.p, mf.sp …) or -")
                }
                result.agreement = agreement
            }
        }
        return result
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

import Foundation
import PrecisGlossary
import PrecisText

/// A result written by one loading thread and read after both have finished.
final class LoadBox<T>: @unchecked Sendable {
    var value: T?
}

/// Translates French news text into English with a lexicon, glossaries and rules, explaining
/// every output word.
///
/// The pipeline: normalization → tokens (elisions, contractions, inversions) → readings from the
/// full-form lexicon (or derived by morphology rules) → glossary matching over the stacked
/// glossaries (user files first, then the shipped domain and name glossaries) → a context tagger
/// that picks one reading per word → English generation (noun phrases reordered, articles,
/// number agreement, verb tenses, negation, clitic pronouns, possessives) → numbers, dates and
/// typography. Glossary terms always win; unknown words pass through unchanged and are flagged.
/// Each input line gives exactly one output line.
///
/// A translator is immutable and `Sendable`: build it once and share it between threads.
///
/// ```swift
/// let translator = try Translator()
/// let result = translator.translate("Les réseaux sociaux défient l'intelligence artificielle")
/// print(result.text)   // "Social networks challenge artificial intelligence"
/// ```
public struct Translator: Sendable {
    let lexicon: Lexicon
    /// Glossary tiers, highest first: the user's glossaries, then the shipped ones. A term of a
    /// higher tier wins wherever it overlaps one of a lower tier, even a longer one.
    var matchers: [GlossaryMatcher]
    /// Readings from general dictionaries, by inflection key, for words nothing else knows.
    let fallback: [String: Analysis]
    let tokenizer = Tokenizer(language: .french)
    /// Problems met while loading glossaries in lenient mode, as `FILE:LINE: message` lines.
    public let warnings: [String]

    /// A translator over a given lexicon and glossaries (highest priority first).
    ///
    /// Terms of `userGlossaries` win wherever they overlap a term of `glossaries`, even a longer
    /// one; within one list, matches are leftmost-longest and the earlier glossary wins a tie.
    /// `dictionaries` are consulted only for words nothing else knows.
    public init(lexicon: Lexicon, glossaries: [Glossary] = [], userGlossaries: [Glossary] = [], dictionaries: [Glossary] = []) {
        self.lexicon = lexicon
        self.matchers = (userGlossaries.isEmpty ? [] : [GlossaryMatcher(Glossary.harmonizingAlternatives(userGlossaries))])
            + [GlossaryMatcher(glossaries)]
        self.fallback = Self.fallbackReadings(dictionaries)
        self.warnings = []
    }

    /// A translator with the shipped lexicon and glossaries, and the user's glossaries first.
    ///
    /// - Throws: ``TranslatorError`` when the shipped files cannot be found or read, or a user
    ///   glossary cannot be read (or has any problem, with ``TranslationOptions/strictGlossaries``).
    public init(options: TranslationOptions = TranslationOptions()) throws(TranslatorError) {
        let directory: String
        if let given = options.resourceDirectory { directory = given } else { directory = try Self.defaultResourceDirectory() }
        let files = FileManager.default
        func tsvFiles(_ folder: String) -> [String] {
            let path = directory + "/" + folder
            let names = (try? files.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".tbx") || $0.hasSuffix(".csv") }.sorted().map { path + "/" + $0 }
        }
        let lexiconFiles = tsvFiles("lexicon")
        guard !lexiconFiles.isEmpty else { throw .resourcesNotFound(searched: [directory + "/lexicon"]) }
        let shippedPaths = options.usesDefaultGlossaries ? tsvFiles("domains") + tsvFiles("names") + tsvFiles("general") : []
        var configured = GlossaryLoader(strict: options.strictGlossaries)
        configured.limits = options.limits
        let loader = configured
        @Sendable func load(_ paths: [String]) -> Result<(glossaries: [Glossary], warnings: [String]), TranslatorError> {
            var glossaries: [Glossary] = []
            var warnings: [String] = []
            for path in paths {
                do {
                    let result = try loader.load(path: path)
                    glossaries.append(result.glossary)
                    warnings += result.issues.map(\.description)
                } catch {
                    return .failure(.glossary(error.description))
                }
            }
            return .success((glossaries, warnings))
        }
        // The lexicon on one thread, the glossaries (read and compiled) on another.
        let lexiconResult = LoadBox<Result<Lexicon, TranslatorError>>()
        let glossaryResult = LoadBox<Result<(matchers: [GlossaryMatcher], fallback: [String: Analysis], warnings: [String]), TranslatorError>>()
        let dictionaries = options.dictionaries, userPaths = options.glossaries
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                do throws(LexiconError) {
                    lexiconResult.value = .success(try Lexicon(contentsOf: lexiconFiles))
                } catch {
                    lexiconResult.value = .failure(.lexicon(error))
                }
                return
            }
            do {
                let user = try load(userPaths).get()
                let shipped = try load(shippedPaths).get()
                let general = try load(dictionaries).get()
                glossaryResult.value = .success((
                    (user.glossaries.isEmpty ? [] : [GlossaryMatcher(Glossary.harmonizingAlternatives(user.glossaries))])
                        + [GlossaryMatcher(shipped.glossaries)],
                    Self.fallbackReadings(general.glossaries),
                    user.warnings + shipped.warnings + general.warnings))
            } catch let error as TranslatorError {
                glossaryResult.value = .failure(error)
            } catch {
                glossaryResult.value = .failure(.glossary("\(error)"))
            }
        }
        guard let lexiconOutcome = lexiconResult.value, let glossaryOutcome = glossaryResult.value else {
            throw .glossary("internal error: loading did not finish")
        }
        switch lexiconOutcome {
        case .success(let value): lexicon = value
        case .failure(let error): throw error
        }
        switch glossaryOutcome {
        case .success(let value):
            matchers = value.matchers
            fallback = value.fallback
            warnings = value.warnings
        case .failure(let error): throw error
        }
    }

    /// One-word dictionary entries as readings, by inflection key ("chevaux" finds "cheval").
    static func fallbackReadings(_ dictionaries: [Glossary]) -> [String: Analysis] {
        var readings: [String: Analysis] = [:]
        for entry in dictionaries.flatMap(\.entries) where !entry.source.contains(" ") && !entry.targets.isEmpty {
            let key = InflectionKey.french(entry.source)
            guard readings[key] == nil else { continue }
            let pos: PartOfSpeech = switch entry.partOfSpeech?.split(separator: ",").first.map(String.init) {
            case "noun"?: .noun
            case "proper noun"?: .properNoun
            case "verb"?: .verb
            case "adjective"?: .adjective
            case "adverb"?: .adverb
            default: .other
            }
            readings[key] = Analysis(lemma: entry.source, partOfSpeech: pos, agreement: nil,
                                     verbForms: pos == .verb ? [VerbForm(tense: .infinitive, person: 0, isPlural: false)] : [],
                                     pronounTags: nil, english: entry.targets, isEnglishFrozen: pos != .noun,
                                     origin: LexiconOrigin(file: entry.origin.file, line: entry.origin.line, derivation: "general dictionary"))
        }
        return readings
    }

    /// The number of lexicon forms and glossary entries loaded.
    public var statistics: (forms: Int, analyses: Int, glossaryEntries: Int) {
        (lexicon.formCount, lexicon.analysisCount, matchers.reduce(0) { $0 + $1.entryCount })
    }

    /// Finds the shipped `glossaries/` folder: `$PRECIS_GLOSSARIES`, then `share/precis/glossaries`
    /// beside the executable's folder, then a `glossaries/` folder above the executable (a build
    /// in the source tree), then the source tree this library was built from.
    public static func defaultResourceDirectory() throws(TranslatorError) -> String {
        let candidates = ResourceLocation.candidates(environment: "PRECIS_GLOSSARIES", shared: "glossaries", inTree: "glossaries",
                                                     sourceRoot: ResourceLocation.sourceRoot(of: #filePath, depth: 3))
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate + "/lexicon", isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw .resourcesNotFound(searched: candidates)
    }

    /// Translates text, line by line: one output line per input line.
    public func translate(_ text: String) -> Translation {
        var output = ""
        var spans: [TranslationSpan] = []
        var offset = 0
        var first = true
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !first { output += "\n" }
            first = false
            let hasCR = line.last == 0x0D
            let content = String(decoding: hasCR ? line.dropLast() : line[...], as: UTF8.self)
            let result = translateLine(content, baseOffset: offset)
            output += result.text
            spans += result.spans
            if hasCR { output += "\r" }
            offset += line.count + 1
        }
        return Translation(text: output, spans: spans)
    }

    /// Translates text with terms of its own that win over every loaded glossary: the
    /// segment-level terminology a CAT tool or an API request carries, or the term constraints
    /// of the WMT terminology task.
    ///
    /// The terms form one more glossary tier, above the user's glossaries; spans they produce
    /// name `origin` (by default "request terms") and the term's position in `terms`.
    ///
    /// ```swift
    /// let translator = try Translator()
    /// let terms = [GlossaryEntry(source: "grippe", targets: ["influenza"],
    ///                            origin: .init(file: "request terms", line: 1))]
    /// translator.translate("la surveillance de la grippe", terms: terms).text
    /// // "the surveillance of the influenza"
    /// ```
    ///
    /// - Complexity: builds a matcher for `terms` (linear in their length) on each call.
    public func translate(_ text: String, terms: [GlossaryEntry]) -> Translation {
        guard !terms.isEmpty else { return translate(text) }
        var translator = self
        let glossary = Glossary(path: terms.first?.origin.file ?? "request terms", format: .tsv, entries: terms)
        translator.matchers.insert(GlossaryMatcher(Glossary.harmonizingAlternatives([glossary])), at: 0)
        return translator.translate(text)
    }

    /// Translates one line (no line breaks inside); span ranges are offset by `baseOffset`.
    func translateLine(_ line: String, baseOffset: Int) -> Translation {
        let normalized = NormalizedText(line)
        var items = items(of: normalized.text)
        tag(&items)
        chooseRegisterVariants(&items)
        var generator = Generator(items: items, translator: self)
        generator.run()
        let rendered = Renderer.render(generator.pieces, allCaps: Renderer.isAllCaps(normalized.text))
        let spans = rendered.spans.map { span -> TranslationSpan in
            var span = span
            if !span.source.isEmpty {
                let original = normalized.originalRange(of: span.source)
                span.source = (original.lowerBound + baseOffset)..<(original.upperBound + baseOffset)
            } else {
                let at = normalized.originalOffset(span.source.lowerBound, roundingUp: false) + baseOffset
                span.source = at..<at
            }
            return span
        }
        return Translation(text: rendered.text, spans: spans)
    }
}

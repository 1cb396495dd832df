#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import PrecisText

/// Reads TBX termbases: TBX v3 (`conceptEntry/langSec/termSec`, TBX-Basic and Core, both ISO
/// namespaces) and TBX v2 (`martif/text/body/termEntry/langSet/tig`), by local element name.
///
/// Each concept gives one entry per French term, whose targets are the concept's English terms
/// (deprecated ones left out and named in the note; for an acronym, acronyms first). Recognized
/// `termNote`s: `partOfSpeech`, `grammaticalGender`, `grammaticalNumber`, `administrativeStatus`,
/// `termType`; `descrip type="subjectField"` gives the domain.
///
/// Safety: a file that declares entities (`<!ENTITY`) is refused before parsing — TBX needs none,
/// and that is how "billion laughs" and external-entity (XXE) attacks work; external entities and
/// DTDs are never fetched; nesting deeper than `maximumDepth` levels (``InputLimits``, 64 by
/// default) stops the parse and fails the load. A processing instruction without data
/// (`<?x?>`) is refused before parsing too: Foundation's XML parser on Linux crashes on one.
struct TBXReader {
    let name: String
    let maximumTermBytes: Int
    var maximumDepth: Int = InputLimits.defaultMaximumXMLDepth

    func read(_ content: ArraySlice<UInt8>, reader: inout EntryReader) {
        if let line = Self.entityDeclarationLine(content) {
            reader.fail(line: line, column: nil, "the file declares XML entities (<!ENTITY), which TBX never needs",
                        "remove the DOCTYPE's entity declarations; entities are refused to block billion-laughs and XXE attacks",
                        countsAsSkip: false)
            return
        }
        if let line = Self.emptyProcessingInstructionLine(content) {
            reader.fail(line: line, column: nil, "the file holds an XML processing instruction without data (such as <?x?>), which TBX never needs",
                        "remove it (or give it data: <?x data?>); the XML parser cannot read one", countsAsSkip: false)
            return
        }
        let delegate = TBXParserDelegate()
        delegate.maximumDepth = maximumDepth
        let parser = XMLParser(data: Data(content))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        delegate.parser = parser
        let parsed = parser.parse()
        if let line = delegate.tooDeepLine {
            reader.limitExceeded = InputLimitError(limit: .xmlDepth, maximum: maximumDepth, path: name, line: line)
            return
        }
        if !parsed || delegate.error != nil || delegate.abortReason != nil {
            let place = delegate.error ?? (line: parser.lineNumber, column: parser.columnNumber, message: "")
            let message = delegate.abortReason
                ?? "malformed XML" + (place.message.isEmpty ? "" : ": \(place.message)")
            reader.fail(line: max(place.line, 1), column: place.column > 0 ? place.column : nil, message,
                        "fix the XML at that place (an editor with XML validation shows it)", countsAsSkip: false)
            return
        }
        for concept in delegate.concepts { add(concept, to: &reader) }
    }

    private func add(_ concept: TBXParserDelegate.Concept, to reader: inout EntryReader) {
        for code in concept.languages where !LanguageCodes.isKnown(code) {
            reader.fail(line: concept.line, column: nil, "unknown language code '\(code)' in xml:lang",
                        "use ISO 639-1 codes such as fr, en (with an optional region: en-US)", countsAsSkip: false)
        }
        let french = concept.terms.filter { $0.language.hasPrefix("fr") }
        let english = concept.terms.filter { $0.language.hasPrefix("en") }
        let usable = english.filter { $0.status != .deprecated }
        let deprecated = english.filter { $0.status == .deprecated }.map(\.text)
        for term in french {
            var targets = usable
            if term.isAcronym { targets.sort { $0.isAcronym && !$1.isAcronym } } else { targets.sort { !$0.isAcronym && $1.isAcronym } }
            var note = concept.note
            if !deprecated.isEmpty {
                let text = "deprecated: " + deprecated.joined(separator: ", ")
                note = note.map { "\($0); \(text)" } ?? text
            }
            let noTargetNeeded = term.status == .doNotTranslate && targets.isEmpty
            reader.add(source: term.text, targets: targets.isEmpty ? (noTargetNeeded ? [] : [""]) : targets.map(\.text),
                       partOfSpeech: term.partOfSpeech,
                       note: note, line: term.line, columns: [nil, nil])
            if var last = reader.entries.last, last.origin.line == term.line, last.source == term.text.trimmingSpaces {
                last.gender = term.gender
                last.number = term.number
                last.domain = concept.domain
                last.status = term.status ?? .preferred
                last.isCaseSensitive = term.isCaseSensitive
                reader.entries[reader.entries.count - 1] = last
            }
        }
    }

    /// The line of the first `<!ENTITY` declaration, if any.
    static func entityDeclarationLine(_ content: ArraySlice<UInt8>) -> Int? {
        let needle = Array("<!ENTITY".utf8)
        var line = 1
        var i = content.startIndex
        while i < content.endIndex {
            if content[i] == 0x0A { line += 1 }
            if content[i] == 0x3C, content.endIndex - i >= needle.count, Array(content[i..<i + needle.count]) == needle {
                return line
            }
            i += 1
        }
        return nil
    }

    /// The line of the first processing instruction with a target and no data (`<?x?>`), if
    /// any: libxml2 hands Foundation's XMLParser a null data pointer for one, which it reads.
    static func emptyProcessingInstructionLine(_ content: ArraySlice<UInt8>) -> Int? {
        var line = 1
        var i = content.startIndex
        while i < content.endIndex {
            if content[i] == 0x0A { line += 1 }
            if content[i] == 0x3C, i + 1 < content.endIndex, content[i + 1] == 0x3F {  // <?
                var j = i + 2
                while j < content.endIndex, ![0x20, 0x09, 0x0D, 0x0A, 0x3F, 0x3C, 0x3E].contains(content[j]) { j += 1 }
                if j > i + 2, j + 1 < content.endIndex, content[j] == 0x3F, content[j + 1] == 0x3E { return line }  // ?>
            }
            i += 1
        }
        return nil
    }

    /// A readable description of an XML parser error (libxml2's codes, which the parser reports).
    static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ends before all its elements are closed"
        case 23: return "an entity reference lacks its ';' (write &amp; for a plain &)"
        case 26, 27: return "an undeclared entity is used (entities are not declared, and external DTDs are never read)"
        case 39, 40, 41: return "an attribute value is not quoted"
        case 68: return "a name is missing where a tag or entity name was expected (write &amp; for a plain &)"
        case 73: return "a tag is not closed with >"
        case 76: return "an end tag does not match its start tag"
        case 77: return "an element is not closed"
        default: return "XML parser error \(code)"
        }
    }
}

/// Collects concepts and terms from TBX parse events.
final class TBXParserDelegate: NSObject, XMLParserDelegate {
    struct Term {
        var text = ""
        var language = ""
        var line = 0
        var partOfSpeech: String?
        var gender: String?
        var number: String?
        var status: GlossaryEntry.Status?
        var isAcronym = false
        var isCaseSensitive = false
    }

    struct Concept {
        var line = 0
        var terms: [Term] = []
        var domain: String?
        var note: String?
        var languages: [String] = []
    }

    weak var parser: XMLParser?
    /// The deepest nesting allowed.
    var maximumDepth = InputLimits.defaultMaximumXMLDepth
    /// The line of the element past ``maximumDepth``, if the parse stopped there.
    var tooDeepLine: Int?
    var concepts: [Concept] = []
    var abortReason: String?
    /// The first error the parser reported, with its place.
    var error: (line: Int, column: Int, message: String)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard error == nil else { return }
        error = (parser.lineNumber, parser.columnNumber, TBXReader.describe(parseError))
    }
    private var concept: Concept?
    private var language = ""
    private var term: Term?
    private var text = ""
    private var noteType: String?
    private var depth = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if depth > maximumDepth {
            abortReason = "XML nested deeper than \(maximumDepth) levels"
            tooDeepLine = parser.lineNumber
            parser.abortParsing()
            return
        }
        let local = name.split(separator: ":").last.map(String.init) ?? name
        text = ""
        switch local {
        case "conceptEntry", "termEntry":
            concept = Concept(line: parser.lineNumber)
        case "langSec", "langSet":
            language = (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased()
            if !language.isEmpty { concept?.languages.append(language) }
        case "termSec", "tig", "ntig":
            term = Term(language: language, line: parser.lineNumber)
        case "termNote", "descrip", "note":
            noteType = local == "note" ? "note" : attributes["type"]
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        let local = name.split(separator: ":").last.map(String.init) ?? name
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch local {
        case "term":
            term?.text = value
            if term != nil { term?.line = parser.lineNumber }
        case "termNote":
            switch noteType {
            case "partOfSpeech": term?.partOfSpeech = value
            case "grammaticalGender": term?.gender = value
            case "grammaticalNumber": term?.number = value
            case "transferComment": if value == "do-not-translate" { term?.status = .doNotTranslate }
            case "usageNote": if value == "case-sensitive" { term?.isCaseSensitive = true }
            case "termType": if value.lowercased().contains("acronym") || value.lowercased().contains("abbreviation") { term?.isAcronym = true }
            case "administrativeStatus":
                if value.hasPrefix("preferred") { term?.status = .preferred }
                else if value.hasPrefix("admitted") { term?.status = .admitted }
                else if value.hasPrefix("deprecated") || value.hasPrefix("superseded") { term?.status = .deprecated }
            default: break
            }
        case "note":
            if concept?.note == nil { concept?.note = value }
        case "descrip":
            if noteType == "subjectField" { concept?.domain = value }
            else if noteType == "definition" || noteType == "context", concept?.note == nil { concept?.note = value }
        case "termSec", "tig", "ntig":
            if let term { concept?.terms.append(term) }
            term = nil
        case "conceptEntry", "termEntry":
            if let concept { concepts.append(concept) }
            concept = nil
        default:
            break
        }
        text = ""
    }
}

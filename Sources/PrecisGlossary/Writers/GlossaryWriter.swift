/// Writes glossaries as DeepL TSV or TBX v3 (TBX-Basic), and says what a format cannot hold.
///
/// TSV holds a source and one target per line: alternatives, part of speech, gender, number,
/// domain, status, case sensitivity and notes are dropped, and ``Output/dropped`` counts them.
/// TBX keeps everything Precis models.
///
/// ```swift
/// let output = GlossaryWriter.write(glossary, as: .tbx)
/// try AtomicFile.write(Array(output.text.utf8), to: "news.tbx")
/// output.dropped   // [:] for TBX
/// ```
public enum GlossaryWriter {
    /// The formats Precis writes.
    public enum Format: String, Sendable, CaseIterable {
        case tsv, tbx
    }

    /// A written glossary and what it could not express.
    public struct Output: Sendable {
        /// The file's content.
        public var text: String
        /// For each kind of information dropped ("alternative targets", "notes", …), how many entries lost it.
        public var dropped: [String: Int]
    }

    public static func write(_ glossary: Glossary, as format: Format) -> Output {
        switch format {
        case .tsv: tsv(glossary.entries)
        case .tbx: tbx(glossary.entries)
        }
    }

    static func tsv(_ entries: [GlossaryEntry]) -> Output {
        var text = ""
        var dropped: [String: Int] = [:]
        func drop(_ what: String, _ condition: Bool) { if condition { dropped[what, default: 0] += 1 } }
        for entry in entries {
            text += "\(entry.source)\t\(entry.preferredTarget)\n"
            drop("alternative targets", entry.targets.count > 1)
            drop("parts of speech", entry.partOfSpeech != nil)
            drop("genders", entry.gender != nil)
            drop("numbers", entry.number != nil)
            drop("domains", entry.domain != nil)
            drop("statuses", entry.status != .preferred)
            drop("case sensitivity", entry.isCaseSensitive)
            drop("notes", entry.note != nil)
        }
        return Output(text: text, dropped: dropped)
    }

    static func tbx(_ entries: [GlossaryEntry]) -> Output {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>written by Precis</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>

            """
        for (k, entry) in entries.enumerated() {
            out += "    <conceptEntry id=\"c\(k + 1)\">\n"
            if let domain = entry.domain { out += "      <descrip type=\"subjectField\">\(escape(domain))</descrip>\n" }
            if let note = entry.note { out += "      <note>\(escape(note))</note>\n" }
            out += "      <langSec xml:lang=\"fr\">\n        <termSec><term>\(escape(entry.source))</term>"
            if let pos = entry.partOfSpeech { out += "<termNote type=\"partOfSpeech\">\(escape(pos))</termNote>" }
            if let gender = entry.gender { out += "<termNote type=\"grammaticalGender\">\(escape(gender))</termNote>" }
            if let number = entry.number { out += "<termNote type=\"grammaticalNumber\">\(escape(number))</termNote>" }
            switch entry.status {
            case .preferred: break
            case .admitted: out += "<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"
            case .deprecated: out += "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"
            case .doNotTranslate: out += "<termNote type=\"transferComment\">do-not-translate</termNote>"
            }
            if entry.isCaseSensitive { out += "<termNote type=\"usageNote\">case-sensitive</termNote>" }
            out += "</termSec>\n      </langSec>\n      <langSec xml:lang=\"en\">\n"
            for target in entry.targets { out += "        <termSec><term>\(escape(target))</term></termSec>\n" }
            out += "      </langSec>\n    </conceptEntry>\n"
        }
        out += "  </body></text>\n</tbx>\n"
        return Output(text: out, dropped: [:])
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

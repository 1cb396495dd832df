/// One output word or mark before rendering, with how it joins its neighbours.
struct Piece {
    var text: String
    var source: Range<Int>
    var rule: TranslationSpan.Rule
    var origin: String?
    var isUnknown = false
    /// No space before / after.
    var glueLeft = false
    var glueRight = false
    /// Write the English in capitals (the French was: "VIDÉO").
    var upper = false
    /// An indefinite article whose form (a/an) depends on the next word.
    var isIndefiniteArticle = false
    /// Whether the French item started a sentence and was capitalized.
    var startsSentence = false
}

/// Joins pieces into text: spacing around punctuation, quotes, a/an, capitals.
enum Renderer {
    /// Whether a French line is written in capitals: at least two words of two letters or
    /// more, and no lowercase letter ("FAUT-IL PARTIR ?", "LE PRÉSIDENT EST ARRIVÉ").
    static func isAllCaps(_ line: String) -> Bool {
        guard !line.contains(where: \.isLowercase) else { return false }
        let words = line.split { !$0.isLetter }.filter { $0.count >= 2 }
        return words.count >= 2
    }

    static let glueBefore: Set<String> = [",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "…", "...", "'s"]
    static let glueAfter: Set<String> = ["(", "[", "{", "$", "£", "€"]

    /// Joins `input`; with `allCaps` (the French line was written in capitals: "FAUT-IL
    /// PARTIR ?") every word is written in capitals, also the words English adds ("SHOULD WE
    /// LEAVE?"); web addresses and other words passed through stay as written.
    static func render(_ input: [Piece], allCaps: Bool = false) -> (text: String, spans: [TranslationSpan]) {
        var pieces = input.filter { !$0.text.isEmpty }
        // English puts a comma or period before a closing quote: "« Le test », dit-il." → "\"The
        // test,\" he says." ("!" and "?" stay where the French has them).
        for k in pieces.indices.dropLast() where pieces[k].text == "\"" && pieces[k].glueLeft && [",", "."].contains(pieces[k + 1].text) {
            pieces.swapAt(k, k + 1)
        }
        if allCaps {
            for k in pieces.indices where pieces[k].rule != .passthrough { pieces[k].upper = true }
        }
        // a / an from the next word, also at the end of a multi-word piece ("during a" + "interview").
        for k in pieces.indices {
            guard let next = pieces[(k + 1)...].first(where: { !$0.text.isEmpty }) else { continue }
            if pieces[k].isIndefiniteArticle {
                pieces[k].text = EnglishInflector.takesAn(next.text) ? "an" : "a"
            } else if pieces[k].text.hasSuffix(" a") || pieces[k].text.hasSuffix(" an"), let space = pieces[k].text.lastIndex(of: " ") {
                let stem = pieces[k].text[..<space]
                pieces[k].text = stem + (EnglishInflector.takesAn(next.text) ? " an" : " a")
            }
        }
        var text = ""
        var spans: [TranslationSpan] = []
        var previousGlueRight = true
        for piece in pieces {
            var word = piece.upper ? piece.text.uppercased() : piece.text
            if piece.startsSentence, let first = word.first, first.isLowercase {
                word = first.uppercased() + word.dropFirst()
            }
            let glue = previousGlueRight || piece.glueLeft || glueBefore.contains(word)
            if !glue, !text.isEmpty { text += " " }
            text += word
            previousGlueRight = piece.glueRight || glueAfter.contains(word)
            spans.append(TranslationSpan(text: word, source: piece.source, rule: piece.rule, origin: piece.origin, isUnknown: piece.isUnknown))
        }
        return (text, spans)
    }
}

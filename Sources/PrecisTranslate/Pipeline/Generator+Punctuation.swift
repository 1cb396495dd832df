/// Punctuation and symbols: French quotes and spacing to English typography.
extension Generator {
    mutating func punctuation() {
        let item = items[i]
        i += 1
        switch item.surface {
        case "«", "“":
            emit("\"", source: item.range, rule: .typography, origin: "« → \"", glueRight: true); quoteOpens = false
        case "»", "”":
            emit("\"", source: item.range, rule: .typography, origin: "» → \"", glueLeft: true); quoteOpens = true
        case "\"":
            // Straight quotes: the side they touch says whether they open or close.
            let k = i - 1
            let touchesLeft = k > 0 && items[k - 1].range.upperBound == item.range.lowerBound
            let touchesRight = k + 1 < items.count && items[k + 1].range.lowerBound == item.range.upperBound
            var opens = quoteOpens
            if touchesLeft != touchesRight { opens = touchesRight }
            if opens { emit("\"", source: item.range, rule: .typography, glueRight: true) }
            else { emit("\"", source: item.range, rule: .typography, glueLeft: true) }
            quoteOpens = !opens
        case "’", "'": emit("'", source: item.range, rule: .typography, glueLeft: true, glueRight: true)
        case "/", "-", "–": tight(item)
        case "." where pieces.last.map { $0.text.hasSuffix(".") && $0.text.count > 1 && $0.source.upperBound == item.range.lowerBound } == true:
            // "M. Dupont" → "Mr. Dupont": the English abbreviation already has its period.
            pieces[pieces.count - 1].source = pieces[pieces.count - 1].source.lowerBound..<item.range.upperBound
        default:
            emit(item.surface, source: item.range, rule: .typography)
        }
    }

    /// "km/h", "et/ou", "2019-2020": a slash or dash written tight in French stays tight (`i` is
    /// just past it).
    mutating func tight(_ item: Item) {
        let k = i - 1
        let tightLeft = k > 0 && items[k - 1].range.upperBound == item.range.lowerBound
        let tightRight = k + 1 < items.count && items[k + 1].range.lowerBound == item.range.upperBound
        emit(item.surface, source: item.range, rule: .typography, glueLeft: tightLeft, glueRight: tightRight)
    }

    mutating func symbol() {
        let item = items[i]
        i += 1
        switch item.surface {
        case "%": emit("%", source: item.range, rule: .number, glueLeft: true)
        case "€": emit("euros", source: item.range, rule: .number, origin: "€ → euros")
        case "/": tight(item)
        default: emit(item.surface, source: item.range, rule: .typography)
        }
    }
}

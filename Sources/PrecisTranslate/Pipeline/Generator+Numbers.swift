/// Numbers, amounts, percentages and dates in English conventions.
extension Generator {
    static let months: [String: String] = [
        "janvier": "January", "février": "February", "mars": "March", "avril": "April", "mai": "May", "juin": "June",
        "juillet": "July", "août": "August", "septembre": "September", "octobre": "October", "novembre": "November",
        "décembre": "December",
    ]
    static let scales: [String: String] = [
        "million": "million", "millions": "million", "milliard": "billion", "milliards": "billion",
        "millier": "thousand", "milliers": "thousand", "billion": "trillion", "billions": "trillion",
    ]
    static let currencies: [String: (symbol: String?, word: String)] = [
        "dollars": ("$", "dollars"), "dollar": ("$", "dollars"), "euros": (nil, "euros"), "euro": (nil, "euros"),
        "livres": ("£", "pounds"), "livre": ("£", "pounds"), "francs": (nil, "francs"), "yuans": (nil, "yuan"),
    ]

    /// "1er" → 1, "2" → 2 (a day of the month).
    static func ordinalDay(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["er", "re", "e"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count); break }
        guard let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// French number notation → English: "3,6" → "3.6", "1 234,5" → "1,234.5", "2.846" → "2,846".
    static func englishNumber(_ french: String) -> String {
        let compact = french.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" }
        var integer = Substring(compact), fraction: Substring?
        if let comma = compact.firstIndex(of: ",") {
            integer = compact[..<comma]; fraction = compact[compact.index(after: comma)...]
        }
        let groups = integer.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }), fraction == nil || groups.count > 1 {
            integer = Substring(groups.joined())
        } else if groups.count == 2, fraction == nil {
            return compact   // "1.5": already a decimal point
        }
        var digits = String(integer)
        if digits.count > 4, digits.allSatisfy(\.isNumber) {
            var grouped = ""
            for (n, c) in digits.enumerated() {
                if n > 0, (digits.count - n) % 3 == 0 { grouped += "," }
                grouped.append(c)
            }
            digits = grouped
        } else if digits.count == 4, french.contains(" ") || french.contains(".") {
            digits = String(digits.prefix(1)) + "," + digits.dropFirst()
        }
        if let fraction { return digits + "." + fraction }
        return digits
    }

    mutating func numberItem(_ k: Int) {
        let item = items[k]
        emit(Self.englishNumber(item.surface), source: item.range, rule: .number, origin: "French number notation")
    }

    mutating func number() {
        numberPhrase(text: Self.englishNumber(items[i].surface))
    }

    /// A number (digits, or a number word followed by a scale: "deux milliards") with its scale,
    /// currency or percent sign.
    mutating func numberPhrase(text initial: String) {
        let item = items[i]
        let next = i + 1 < items.count ? items[i + 1] : nil
        if let day = Int(item.surface), (1...31).contains(day), let next, Self.months[next.lower] != nil {
            date(day: day, dayItem: item); return
        }
        var text = initial
        var end = item.range.upperBound
        var j = i + 1
        // A time: "7 h 19" → "7:19 a.m.", "21 h" → "9 p.m.".
        if j < items.count, items[j].lower == "h", let hour = Int(item.surface), (0...24).contains(hour) {
            var minutes: String?
            var end = items[j].range.upperBound
            if j + 1 < items.count, items[j + 1].kind == .number, items[j + 1].surface.count == 2, Int(items[j + 1].surface) != nil {
                minutes = items[j + 1].surface
                end = items[j + 1].range.upperBound
                j += 1
            }
            let clock = hour % 12 == 0 ? 12 : hour % 12
            let suffix = hour < 12 || hour == 24 ? "a.m." : "p.m."
            emit("\(clock)\(minutes.map { ":" + $0 } ?? "") \(suffix)", source: item.range.lowerBound..<end, rule: .number,
                 origin: "French 24-hour time → a.m./p.m.")
            i = j + 1
            return
        }
        // An age in apposition: "Saroja Balasubramanian, 53 ans," → "53".
        if j < items.count, items[j].lower == "ans", i > 0, items[i - 1].surface == ",",
           j + 1 >= items.count || items[j + 1].kind == .punctuation {
            emit(text, source: item.range.lowerBound..<items[j].range.upperBound, rule: .number, origin: "age in apposition: X, 29 ans → X, 29")
            i = j + 1
            return
        }
        // Scale: "725 millions" → "725 million".
        var scale: Item?
        if j < items.count, let word = Self.scales[items[j].lower] {
            text += " " + word; scale = items[j]; end = items[j].range.upperBound; j += 1
        }
        // Currency: "millions de dollars" → "$… million", "20 euros", "20 €".
        var k = j
        if scale != nil, k < items.count, items[k].lower == "de" || items[k].lower == "d'" { k += 1 }
        if k < items.count, let currency = Self.currencies[items[k].lower] {
            end = items[k].range.upperBound
            text = currency.symbol.map { $0 + text } ?? (text + " " + currency.word)
            j = k + 1
        } else if j < items.count, items[j].surface == "€" || items[j].surface == "$" || items[j].surface == "£" {
            end = items[j].range.upperBound
            text = items[j].surface == "€" ? text + " euros" : items[j].surface + text
            j += 1
        } else if j < items.count, items[j].surface == "%" {
            text += "%"; end = items[j].range.upperBound; j += 1
        } else if scale != nil, k > j {
            // "millions de personnes" → "million people": drop "de".
            j = k
        }
        emit(text, source: item.range.lowerBound..<end, rule: .number, origin: "French number notation")
        i = j
    }

    /// "11 mai 2020" → "May 11, 2020"; a preceding "le" was already dropped by the caller.
    mutating func date(day: Int, dayItem: Item) {
        let monthItem = items[i + 1]
        var text = (Self.months[monthItem.lower] ?? monthItem.surface) + " \(day)"
        var end = monthItem.range.upperBound
        i += 2
        if i < items.count, items[i].kind == .number, items[i].surface.count == 4, Int(items[i].surface) != nil {
            text += ", " + items[i].surface; end = items[i].range.upperBound; i += 1
        }
        // The French "le" before the date has no English counterpart: drop it.
        if let last = pieces.last, last.text == "the", last.rule != .glossary, let lastItem = items.first(where: { $0.range == last.source }),
           lastItem.lower == "le" {
            pieces.removeLast()
        }
        emit(text, source: dayItem.range.lowerBound..<end, rule: .date, origin: "French date order")
    }
}

import Foundation

/// The French news text the benchmarks run on: the 500 OrangeSum training articles shipped in
/// `corpora/` (titles and bodies, 1.3 MB).
enum Corpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Each article as "title\n\ntext".
    static let articles: [String] = {
        let url = root.appendingPathComponent("corpora/orangesum-train-sample.fr.jsonl")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("cannot read \(url.path); run the benchmarks from a full checkout")
        }
        return content.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return (object["title"] as? String ?? "") + "\n\n" + (object["text"] as? String ?? "")
        }
    }()

    /// All articles in one string, separated by blank lines.
    static let text: String = articles.joined(separator: "\n\n")

    /// Distinct lower-case words of the corpus, for the stemmer benchmarks.
    static let words: [String] = {
        var seen = Set<String>()
        var words: [String] = []
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            let lower = word.lowercased()
            if seen.insert(lower).inserted { words.append(lower) }
        }
        return words
    }()
}

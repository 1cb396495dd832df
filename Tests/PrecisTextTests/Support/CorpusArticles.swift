import Foundation

/// The 500 OrangeSum training articles in `corpora/` (title, blank line, text), for tests that
/// compare a fast path with its reference on real news.
enum CorpusArticles {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora/orangesum-train-sample.fr.jsonl")

    static func all() throws -> [String] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["title"] as? String ?? "") + "\n\n" + (object?["text"] as? String ?? "")
        }
    }
}

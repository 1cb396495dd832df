import Foundation
import Testing
import PrecisText

/// The two tokenizer engines must give the same tokens on real news text.
struct TokenizerCorpusTests {
    /// The project's own corpus folder (`corpora/`), found from this file's path.
    static let corpora = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora")

    static func articles() throws -> [String] {
        let url = corpora.appendingPathComponent("orangesum-train-sample.fr.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["title"] as? String ?? "") + "\n\n" + (object?["text"] as? String ?? "")
        }
    }

    @Test func enginesAgreeOnTheCorpus() throws {
        let articles = try Self.articles()
        #expect(articles.count == 500)
        let scanner = Tokenizer(language: .french, engine: .scanner)
        let icu = Tokenizer(language: .french, engine: .icu)
        var disagreements: [String] = []
        var total = 0
        for text in articles {
            let a = scanner.tokens(in: text)
            let b = icu.tokens(in: text)
            total += a.count
            if a != b, disagreements.count < 5 {
                let first = zip(a, b).first { $0 != $1 }
                let where_ = first.map { "\($0.0.text(in: text)) vs \($0.1.text(in: text))" } ?? "lengths \(a.count) vs \(b.count)"
                disagreements.append(where_)
            }
        }
        #expect(total > 200_000)
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test func seedArticleSegmentsIntoItsSentences() throws {
        let text = try String(contentsOf: Self.corpora.appendingPathComponent("meta-openai.fr.txt"), encoding: .utf8)
        let sentences = SentenceSegmenter(language: .french).sentences(in: text).map { String($0.text(in: text)) }
        #expect(sentences.first == "Meta défie OpenAI : une révolution dans le monde de l’intelligence artificielle ?")
        #expect(sentences.contains("Le choc des titans : Meta vs OpenAI, qui dominera l'IA ?"))
        #expect(sentences.contains("Mais il s'agit aussi d'une mutation industrielle majeure."))
        #expect(sentences.count == 36)
        for article in try Self.articles().prefix(100) { TextLayerPropertyTests.checkInvariants(article) }
    }
}

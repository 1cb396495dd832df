import Foundation
import PrecisText
import Testing
@testable import PrecisSummarize

/// The IDF models shipped in `corpora/idf/`: they load, they are what their corpus gives, and
/// their TSV exports are in step with them (rebuild both with `Scripts/build-idf-models.sh`).
struct ShippedModelTests {
    static let corpora = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora").path

    @Test(arguments: [(Language.french, 500), (Language.english, 1_012)])
    func loadsWithItsCorpusSize(language: Language, documents: Int) throws {
        let model = try #require(try IDFModel.shipped(for: language))
        #expect(model.language == language)
        #expect(model.documentCount == documents)
        let export = try String(contentsOfFile: "\(Self.corpora)/idf/\(language.code).tsv", encoding: .utf8)
        #expect(export == model.tsv(), "corpora/idf/\(language.code).tsv is stale: run Scripts/build-idf-models.sh")
    }

    @Test func frenchModelIsTheFitOfTheShippedArticles() throws {
        var fitted = IDFModel(language: .french)
        let analyzer = TermAnalyzer(language: .french)
        let lines = try String(contentsOfFile: Self.corpora + "/orangesum-train-sample.fr.jsonl", encoding: .utf8).split(separator: "\n")
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            fitted.add(document: try #require(object?["text"] as? String), analyzer: analyzer)
        }
        let shipped = try #require(try IDFModel.shipped(for: .french))
        #expect(shipped.documentCount == fitted.documentCount)
        // The shipped model keeps terms seen in at least 2 documents (`idf fit`'s --min-df 2).
        let kept = fitted.documentFrequencies.filter { $0.value >= 2 }
        #expect(shipped.documentFrequencies == kept)
    }
}

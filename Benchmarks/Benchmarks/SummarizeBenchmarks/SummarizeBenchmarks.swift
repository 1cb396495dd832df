import Benchmark
import Foundation
import Precis

/// Summarizer throughput: the 1,500 OrangeSum dev articles from one session (cold caches, as a
/// fresh process has them), from a session that has already summarized them (warm caches, as a
/// long-running feed has them), and on all cores; one article, one 1 MB article with LexRank,
/// and IDF fitting.
///
/// The dev articles are read from `../shared/data/orangesum/dev.jsonl` beside the checkout;
/// without it, the 500 training articles in `corpora/` stand in (the benchmark says which).
let benchmarks: @Sendable () -> Void = {
    let mbPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .peakMemoryResident, mbPerSecond], warmupIterations: 1,
        maxDuration: .seconds(5), maxIterations: 20
    )
    let articles = Articles.dev
    let documents = articles.map { Summarizer.Document(text: $0.text, title: $0.title) }
    let megabytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000

    for budget in [SummaryBudget.words(60), .sentences(1)] {
        Benchmark("Summarize \(articles.count) \(Articles.source) articles (default, \(budget))", configuration: configuration) { benchmark in
            var options = SummaryOptions()
            options.budget = budget
            let summarizer = Summarizer(options: options)
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                blackHole(summarizer.summarize(documents).count)
                benchmark.measurement(mbPerSecond, Int(megabytes / (ContinuousClock.now - start).seconds))
            }
        }
    }

    var feedOptions = SummaryOptions()
    feedOptions.budget = .words(60)
    Benchmark("Summarize \(articles.count) \(Articles.source) articles (default, 60 words), warm caches", configuration: configuration) { benchmark in
        // A feed that has been running: every word form already analysed once.
        var session = Summarizer(options: feedOptions).makeSession()
        for document in documents { blackHole(session.summarize(document)) }
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            for document in documents { blackHole(session.summarize(document)) }
            benchmark.measurement(mbPerSecond, Int(megabytes / (ContinuousClock.now - start).seconds))
        }
    }

    let cores = ProcessInfo.processInfo.activeProcessorCount
    Benchmark("Summarize \(articles.count) \(Articles.source) articles (default, 60 words), \(cores) threads", configuration: configuration) { benchmark in
        let summarizer = Summarizer(options: feedOptions)
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            blackHole(summarizer.summarize(documents, threads: cores).count)
            benchmark.measurement(mbPerSecond, Int(megabytes / (ContinuousClock.now - start).seconds))
        }
    }

    Benchmark("Summarize one article (default, 60 words)") { benchmark in
        var options = SummaryOptions()
        options.budget = .words(60)
        let summarizer = Summarizer(options: options)
        let article = articles[0]
        for _ in benchmark.scaledIterations { blackHole(summarizer.summarize(article.text, title: article.title)) }
    }

    let big = Articles.oneMegabyteArticle(from: articles)
    Benchmark("Summarize one 1 MB article (lexrank, 3 sentences)", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 5)) { benchmark in
        var options = SummaryOptions()
        options.method = .lexrank
        options.language = .fixed(.french)
        let summarizer = Summarizer(options: options)
        for _ in benchmark.scaledIterations { blackHole(summarizer.summarize(big)) }
    }

    Benchmark("Fit IDF over \(articles.count) articles (one core)", configuration: configuration) { benchmark in
        let analyzer = TermAnalyzer(language: .french)
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            var model = IDFModel(language: .french)
            for article in articles { model.add(document: article.text, analyzer: analyzer) }
            blackHole(model.documentCount)
            benchmark.measurement(mbPerSecond, Int(megabytes / (ContinuousClock.now - start).seconds))
        }
    }
}

enum Articles {
    struct Article {
        var text: String
        var title: String?
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let devURL = root.deletingLastPathComponent().appendingPathComponent("shared/data/orangesum/dev.jsonl")
    static let sampleURL = root.appendingPathComponent("corpora/orangesum-train-sample.fr.jsonl")
    static var source: String { FileManager.default.fileExists(atPath: devURL.path) ? "OrangeSum dev" : "OrangeSum train-sample" }

    static let dev: [Article] = {
        let url = FileManager.default.fileExists(atPath: devURL.path) ? devURL : sampleURL
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
        return content.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return Article(text: text, title: object["title"] as? String)
        }
    }()

    /// Articles joined into one text of at least 1 MB (paragraphs separated by blank lines).
    static func oneMegabyteArticle(from articles: [Article]) -> String {
        var text = ""
        var k = 0
        while text.utf8.count < 1_000_000 {
            text += articles[k % articles.count].text + "\n\n"
            k += 1
        }
        return text
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}

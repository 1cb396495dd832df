import Benchmark
import Dispatch
import Foundation
import Precis

/// `precis batch` throughput on 1 and 2 cores: 1,000 articles summarized (default, 60 words, 5
/// keywords) with their title and summary translated to English.
///
/// Two forms: the library equivalent of the batch command's worker loop (one summarizer
/// session per thread, a shared translator, records taken in turn from a shared counter), and,
/// when `../.build/release/precis` has been built (`swift build -c release` at the top of the
/// checkout), the whole `precis batch` command run as a subprocess with `--jobs 1` and `--jobs 2`
/// (process start, lexicon loading and JSON included).
///
/// The articles are the first 1,000 OrangeSum dev articles from `../shared/data/orangesum/dev.jsonl`
/// beside the checkout; without it, the 500 training articles in `corpora/` twice over.
let benchmarks: @Sendable () -> Void = {
    let perSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident, perSecond], warmupIterations: 1,
        maxDuration: .seconds(10), maxIterations: 10
    )
    let articles = BatchArticles.sample
    let translator = try! Translator()
    var options = SummaryOptions()
    options.budget = .words(60)
    options.keywords = 5
    let summarizer = Summarizer(options: options)

    for threads in [1, 2] {
        Benchmark("Summarize + translate \(articles.count) \(BatchArticles.source) articles (library, \(threads) thread\(threads == 1 ? "" : "s"))",
                  configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                blackHole(BatchArticles.process(articles, summarizer: summarizer, translator: translator, threads: threads))
                benchmark.measurement(perSecond, Int(Double(articles.count) / (ContinuousClock.now - start).inSeconds))
            }
        }
    }

    guard FileManager.default.isExecutableFile(atPath: BatchArticles.precis.path) else {
        FileHandle.standardError.write(Data("BatchBenchmarks: \(BatchArticles.precis.path) not built; skipping the whole-command benchmarks (swift build -c release)\n".utf8))
        return
    }
    let input = BatchArticles.writeInput(articles)
    for jobs in [1, 2] {
        Benchmark("precis batch over \(articles.count) \(BatchArticles.source) articles (whole process, --jobs \(jobs))",
                  configuration: .init(metrics: [.wallClock, perSecond], warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                let process = Process()
                process.executableURL = BatchArticles.precis
                process.arguments = ["batch", "--jobs", String(jobs), input.path]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                precondition(process.terminationStatus == 0, "precis batch exited with \(process.terminationStatus)")
                benchmark.measurement(perSecond, Int(Double(articles.count) / (ContinuousClock.now - start).inSeconds))
            }
        }
    }
}

enum BatchArticles {
    struct Article: Sendable {
        var id: String
        var text: String
        var title: String?
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let devURL = root.deletingLastPathComponent().appendingPathComponent("shared/data/orangesum/dev.jsonl")
    static let sampleURL = root.appendingPathComponent("corpora/orangesum-train-sample.fr.jsonl")
    static let precis = root.appendingPathComponent(".build/release/precis")
    static var source: String { FileManager.default.fileExists(atPath: devURL.path) ? "OrangeSum dev" : "OrangeSum train-sample" }

    /// 1,000 articles.
    static let sample: [Article] = {
        let url = FileManager.default.fileExists(atPath: devURL.path) ? devURL : sampleURL
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
        let articles = content.split(separator: "\n").enumerated().compactMap { k, line -> Article? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return Article(id: object["id"] as? String ?? String(k), text: text, title: object["title"] as? String)
        }
        return Array((articles + articles).prefix(1000))
    }()

    /// What `precis batch` computes for each article, on `threads` threads, in input order:
    /// the summary, its keywords, and the English title and summary.
    static func process(_ articles: [Article], summarizer: Summarizer, translator: Translator, threads: Int) -> [String] {
        let results = Shared([String](repeating: "", count: articles.count))
        let next = Shared(0)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var session = summarizer.makeSession()
            while true {
                lock.lock()
                let k = next.value
                next.value += 1
                lock.unlock()
                guard k < articles.count else { return }
                let article = articles[k]
                let summary = session.summarize(Summarizer.Document(text: article.text, title: article.title))
                let title = article.title.map { translator.translate($0).text } ?? ""
                let english = summary.sentences.map { translator.translate($0.text).text }.joined(separator: " ")
                let line = [title, summary.text, english, summary.keywords.map(\.text).joined(separator: ", ")].joined(separator: "\t")
                lock.lock()
                results.value[k] = line
                lock.unlock()
            }
        }
        return results.value
    }

    /// The articles as a JSON Lines file in the temporary folder, for the whole-command benchmarks.
    static func writeInput(_ articles: [Article]) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-batch-benchmark-\(ProcessInfo.processInfo.processIdentifier).jsonl")
        var lines = ""
        for article in articles {
            var object: [String: String] = ["id": article.id, "text": article.text]
            if let title = article.title { object["title"] = title }
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        try! lines.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

/// A value the worker threads share under a lock.
final class Shared<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

extension Duration {
    var inSeconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}

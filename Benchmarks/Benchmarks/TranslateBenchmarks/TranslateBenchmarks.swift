import Benchmark
import Foundation
import Precis

/// Translator speed: loading the shipped lexicon and glossaries, and translating 1,000 news
/// headlines on one core.
///
/// The headlines are the titles of the OrangeSum training sample in `corpora/` (500 titles,
/// translated twice), so the benchmark needs nothing beside the checkout.
let benchmarks: @Sendable () -> Void = {
    let perSecond = BenchmarkMetric.custom("headlines/s", polarity: .prefersLarger, useScalingFactor: false)

    Benchmark("Load the shipped lexicon and glossaries", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Translator().statistics.forms)
        }
    }

    let translator = try! Translator()
    let headlines = Headlines.sample
    Benchmark("Translate \(headlines.count) headlines (one core)",
              configuration: .init(metrics: [.wallClock, .throughput, perSecond], warmupIterations: 1, maxDuration: .seconds(5), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            for headline in headlines { blackHole(translator.translate(headline)) }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            benchmark.measurement(perSecond, Int(Double(headlines.count) / seconds))
        }
    }
}

enum Headlines {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// 1,000 French headlines.
    static let sample: [String] = {
        let url = root.appendingPathComponent("corpora/orangesum-train-sample.fr.jsonl")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
        let titles = content.split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return object["title"] as? String
        }
        return Array((titles + titles).prefix(1000))
    }()
}

import Benchmark
import Foundation
import Precis

/// Text-layer throughput on French news: tokenization and sentence segmentation (both engines
/// each), word tokens alone, stemming, normalization, language identification.
///
/// Each benchmark also reports `MB/s` (or `kwords/s`) as a custom metric, so figures compare
/// directly with the targets in the README.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 50
    )
    let text = Corpus.text
    let megabytes = Double(text.utf8.count) / 1_000_000
    let mbPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal, mbPerSecond], warmupIterations: 1,
        maxDuration: .seconds(3), maxIterations: 50
    )

    /// Runs `body` once per iteration and records MB/s from the iteration's wall time.
    func measured(_ benchmark: Benchmark, _ body: () -> Int) {
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            blackHole(body())
            let seconds = (ContinuousClock.now - start).seconds
            benchmark.measurement(mbPerSecond, Int(megabytes / seconds))
        }
    }

    let ktokensPerSecond = BenchmarkMetric.custom("ktokens/s", polarity: .prefersLarger, useScalingFactor: false)
    for engine in Tokenizer.Engine.allCases {
        Benchmark(
            "Tokenize French corpus (\(engine))",
            configuration: .init(metrics: [.wallClock, .mallocCountTotal, mbPerSecond, ktokensPerSecond], warmupIterations: 1,
                                 maxDuration: .seconds(3), maxIterations: 50)
        ) { benchmark in
            let tokenizer = Tokenizer(language: .french, engine: engine)
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                var count = 0
                tokenizer.forEachToken(in: text) { _ in count += 1 }
                let seconds = (ContinuousClock.now - start).seconds
                blackHole(count)
                benchmark.measurement(mbPerSecond, Int(megabytes / seconds))
                benchmark.measurement(ktokensPerSecond, Int(Double(count) / seconds / 1_000))
            }
        }
    }

    // The word tokens alone, as term analysis reads them (`forEachWord`, the scanner's fast path).
    Benchmark(
        "Word tokens of French corpus (forEachWord)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, mbPerSecond, ktokensPerSecond], warmupIterations: 1,
                             maxDuration: .seconds(3), maxIterations: 50)
    ) { benchmark in
        let tokenizer = Tokenizer(language: .french)
        var copy = text
        copy.withUTF8 { bytes in
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                var count = 0
                tokenizer.forEachWord(inUTF8: bytes, range: 0..<bytes.count) { _ in count += 1 }
                let seconds = (ContinuousClock.now - start).seconds
                blackHole(count)
                benchmark.measurement(mbPerSecond, Int(megabytes / seconds))
                benchmark.measurement(ktokensPerSecond, Int(Double(count) / seconds / 1_000))
            }
        }
    }

    for engine in SentenceSegmenter.Engine.allCases {
        Benchmark("Segment French corpus into sentences (\(engine))", configuration: configuration) { benchmark in
            let segmenter = SentenceSegmenter(language: .french, engine: engine)
            measured(benchmark) { segmenter.sentences(in: text).count }
        }
    }

    Benchmark("Segment and tokenize each article", configuration: configuration) { benchmark in
        let segmenter = SentenceSegmenter(language: .french)
        let tokenizer = Tokenizer(language: .french)
        measured(benchmark) {
            var count = 0
            for article in Corpus.articles {
                for sentence in segmenter.sentences(in: article) {
                    tokenizer.forEachToken(in: article, range: sentence.range) { _ in count += 1 }
                }
            }
            return count
        }
    }

    Benchmark("Normalize French corpus (NormalizedText)", configuration: configuration) { benchmark in
        measured(benchmark) { NormalizedText(text).text.utf8.count }
    }

    Benchmark("Identify the language of each article", configuration: configuration) { benchmark in
        let identifier = LanguageIdentifier()
        measured(benchmark) { Corpus.articles.reduce(0) { $0 + (identifier.identify($1) == .french ? 1 : 0) } }
    }

    let kwordsPerSecond = BenchmarkMetric.custom("kwords/s", polarity: .prefersLarger, useScalingFactor: false)
    for language in Language.allCases {
        Benchmark(
            "Stem corpus vocabulary (\(language))",
            configuration: .init(metrics: [.wallClock, .throughput, kwordsPerSecond], maxDuration: .seconds(3))
        ) { benchmark in
            let stemmer = Stemmers.stemmer(for: language)
            let words = Corpus.words
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                var total = 0
                for word in words { total &+= stemmer.stem(word).utf8.count }
                blackHole(total)
                let seconds = (ContinuousClock.now - start).seconds
                benchmark.measurement(kwordsPerSecond, Int(Double(words.count) / seconds / 1000))
            }
        }
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}

import Benchmark
import Foundation
import Precis

/// Glossary engine: load and validate a generated 100,000-entry TSV glossary, compile it into
/// the matcher, and match French news with it.
let benchmarks: @Sendable () -> Void = {
    let tsv = GeneratedGlossary.tsv(entries: 100_000)
    let text = GeneratedGlossary.corpusText
    let megabytes = Double(text.utf8.count) / 1_000_000
    let mbPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

    Benchmark("Load and validate a 100,000-entry TSV glossary", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try GlossaryLoader().load(bytes: tsv, name: "generated.tsv").glossary.entries.count)
        }
    }

    Benchmark("Compile the 100,000-entry glossary into a matcher", configuration: .init(metrics: [.wallClock], maxIterations: 10)) { benchmark in
        let glossary = try GlossaryLoader().load(bytes: tsv, name: "generated.tsv").glossary
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(GlossaryMatcher([glossary]).entryCount) }
    }

    Benchmark("Load the compiled 100,000-entry glossary from its binary cache", configuration: .init(metrics: [.wallClock], maxIterations: 10)) { benchmark in
        let cache = GlossaryMatcher([try GlossaryLoader().load(bytes: tsv, name: "generated.tsv").glossary]).serialized()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try GlossaryMatcher(serialized: cache).entryCount) }
    }

    Benchmark("Match French news against 100,000 entries", configuration: .init(metrics: [.wallClock, mbPerSecond], maxIterations: 20)) { benchmark in
        let matcher = GlossaryMatcher([try GlossaryLoader().load(bytes: tsv, name: "generated.tsv").glossary])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            blackHole(matcher.matches(in: text).count)
            let (seconds, attoseconds) = (ContinuousClock.now - start).components
            benchmark.measurement(mbPerSecond, Int(megabytes / (Double(seconds) + Double(attoseconds) / 1e18)))
        }
    }
}

/// A deterministic glossary built from the words of the shipped corpus: one to three words per
/// term, the target the source in capitals.
enum GeneratedGlossary {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpusText: String = {
        let url = root.appendingPathComponent("corpora/orangesum-train-sample.fr.jsonl")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
        return content.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }.joined(separator: "\n")
    }()

    static func tsv(entries count: Int) -> [UInt8] {
        let words = Array(Set(corpusText.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count > 3 })).sorted()
        var generator = SplitMix(seed: 42)
        var seen = Set<String>()
        var out = ""
        while seen.count < count {
            let n = [1, 2, 2, 3][Int(generator.next() % 4)]
            let term = (0..<n).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            if seen.insert(term).inserted { out += "\(term)\t\(term.uppercased())\n" }
        }
        return Array(out.utf8)
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

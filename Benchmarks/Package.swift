// swift-tools-version: 6.1
// Precis benchmarks: a package of its own, so the main package's test build stays small.
//
//   cd Benchmarks && swift package benchmark                  # run everything (release)
//   swift package benchmark baseline update main              # record a baseline
//   swift package benchmark baseline compare main             # compare against it
import PackageDescription

let package = Package(
    name: "PrecisBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Precis", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TextBenchmarks",
            dependencies: [
                .product(name: "Precis", package: "Precis"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SummarizeBenchmarks",
            dependencies: [
                .product(name: "Precis", package: "Precis"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SummarizeBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "GlossaryBenchmarks",
            dependencies: [
                .product(name: "Precis", package: "Precis"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/GlossaryBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TranslateBenchmarks",
            dependencies: [
                .product(name: "Precis", package: "Precis"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TranslateBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "BatchBenchmarks",
            dependencies: [
                .product(name: "Precis", package: "Precis"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/BatchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

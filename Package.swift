// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Precis",
    products: [
        .library(name: "Precis", targets: ["Precis"]),
        .library(name: "PrecisText", targets: ["PrecisText"]),
        .library(name: "PrecisSummarize", targets: ["PrecisSummarize"]),
        .library(name: "PrecisGlossary", targets: ["PrecisGlossary"]),
        .library(name: "PrecisEval", targets: ["PrecisEval"]),
        .library(name: "PrecisTranslate", targets: ["PrecisTranslate"]),
        .library(name: "PrecisBatch", targets: ["PrecisBatch"]),
        .executable(name: "precis", targets: ["precis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // ICU behind plain C types, so no ICU header reaches a Swift module (see its header).
        .target(name: "CPrecisICU", dependencies: ["CICU"]),
        // Temporary files removed on SIGINT/SIGTERM: the registry and handler must be async-signal-safe.
        .target(name: "CPrecisFiles"),
        // Processor hints (prefetch) for the hash-table look-ups of the hot paths.
        .target(name: "CPrecisHints"),
        .target(
            name: "PrecisText",
            dependencies: ["CPrecisICU", "CPrecisFiles", "CPrecisHints"],
            exclude: ["Stopwords/README.md"]
        ),
        .target(name: "PrecisSummarize", dependencies: ["PrecisText"]),
        .target(name: "PrecisGlossary", dependencies: ["PrecisText", "CZlib"]),
        .target(name: "PrecisEval", dependencies: ["PrecisText"]),
        .target(name: "PrecisTranslate", dependencies: ["PrecisText", "PrecisGlossary"]),
        // The JSON Lines record readers and writer of the batch commands.
        .target(name: "PrecisBatch", dependencies: ["PrecisText"]),
        .target(name: "Precis", dependencies: ["PrecisText", "PrecisSummarize", "PrecisGlossary", "PrecisEval", "PrecisTranslate", "PrecisBatch"]),
        .executableTarget(
            name: "precis",
            dependencies: [
                "Precis",
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share (a seeded random generator); not part of any product.
        .target(name: "PrecisTestSupport", path: "Tests/PrecisTestSupport"),
        .testTarget(
            name: "PrecisTextTests",
            dependencies: ["PrecisText", "PrecisTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PrecisSummarizeTests",
            dependencies: ["PrecisSummarize", "PrecisTestSupport"]
        ),
        .testTarget(
            name: "PrecisGlossaryTests",
            dependencies: ["PrecisGlossary", "PrecisTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PrecisCLITests",
            dependencies: ["precis"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PrecisBatchTests",
            dependencies: ["PrecisBatch", "PrecisTestSupport"]
        ),
        .testTarget(
            name: "PrecisTranslateTests",
            dependencies: ["PrecisTranslate"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PrecisEvalTests",
            dependencies: ["PrecisEval"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// swift-tools-version: 6.1
// Precis fuzz targets: a package of its own, so the main package's test build is untouched.
//
// Each target is a libFuzzer executable; build them with the fuzzer and address sanitizer:
//
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
//
// or, simpler, run `Scripts/fuzz.sh` from the repository root (it builds, assembles the seed
// corpora and runs each target for a given time; see the README, "Fuzzing").
import PackageDescription

/// The fuzz targets, each with the Precis modules it reads through.
let targets: [(name: String, dependencies: [Target.Dependency])] = [
    ("FuzzSegmentation", [precis("PrecisText")]),
    ("FuzzTokenization", [precis("PrecisText")]),
    ("FuzzGlossaryTSV", ["GlossaryFuzzing", precis("PrecisGlossary")]),
    ("FuzzGlossaryCSV", ["GlossaryFuzzing", precis("PrecisGlossary")]),
    ("FuzzGlossaryOmegaT", ["GlossaryFuzzing", precis("PrecisGlossary")]),
    ("FuzzGlossaryTBX", ["GlossaryFuzzing", precis("PrecisGlossary")]),
    ("FuzzDictdIndex", ["GlossaryFuzzing", precis("PrecisGlossary")]),
    ("FuzzIDFModel", [precis("PrecisSummarize"), precis("PrecisText")]),
    ("FuzzJSONL", [precis("PrecisBatch")]),
    ("FuzzTranslator", [precis("PrecisTranslate")]),
]

func precis(_ module: String) -> Target.Dependency { .product(name: module, package: "Precis") }

let package = Package(
    name: "PrecisFuzz",
    dependencies: [
        .package(name: "Precis", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which each target's main calls.
        .target(name: "CFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzer"]),
        // What the glossary targets do with a loaded glossary.
        .target(name: "GlossaryFuzzing", dependencies: ["FuzzSupport", precis("PrecisGlossary")]),
    ] + targets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: ["FuzzSupport"] + target.dependencies,
            // gold (the default linker here) crashes linking libFuzzer's runtime; lld links it.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux]))]
        )
    }
)

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Precis",
    products: [
        .library(name: "Precis", targets: ["Precis"]),
        .library(name: "PrecisText", targets: ["PrecisText"]),
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
        .target(
            name: "PrecisText",
            dependencies: ["CICU"],
            exclude: ["Stopwords/README.md"]
        ),
        .target(name: "Precis", dependencies: ["PrecisText"]),
        .executableTarget(
            name: "precis",
            dependencies: [
                "Precis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PrecisTextTests",
            dependencies: ["PrecisText"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "istaglint",
    products: [
        .executable(name: "istaglint", targets: ["istaglint"]),
        .library(name: "IstagLintKit", targets: ["IstagLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // glibc's mallopt, for the command line's heap setting.
        .systemLibrary(name: "CMalloc"),
        // Cross-module optimization lets the rules inline the tree's small accessors
        // (`document[id]`, `resolved`, key comparisons) instead of calling them.
        .target(name: "YAMLTree", dependencies: ["CYAML"], swiftSettings: [.unsafeFlags(["-cross-module-optimization"])]),
        .target(name: "IstagLintKit", dependencies: ["YAMLTree"], swiftSettings: [.unsafeFlags(["-cross-module-optimization"])]),
        .executableTarget(
            name: "istaglint",
            dependencies: [
                "IstagLintKit", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer target over the whole pipeline; fuzz/run.sh builds it with -sanitize=fuzzer.
        .executableTarget(name: "istaglint-fuzz", dependencies: ["IstagLintKit"]),
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree"]),
        .testTarget(name: "IstagLintKitTests", dependencies: ["IstagLintKit", "YAMLTree"]),
        .testTarget(name: "CLITests", dependencies: ["istaglint"]),
    ]
)

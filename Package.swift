// swift-tools-version:6.0
import PackageDescription

// On Linux the release build of the command line is a fully static executable: nothing is
// loaded at start-up, which is most of the time a pre-commit hook spends on a small file.
// Debug builds stay dynamic, since the test bundle links the executable's module. libyaml links
// from libyaml.a (libyaml-dev ships it); FoundationEssentials needs its two support libraries.
// The toolchain's ld.lld puts libyaml's hot code first, at an address our code's size does not
// move, so its speed does not change from one build to the next; then every symbol a run on
// one small file touches, so start-up faults in fewer pages (bench/startup_order.py writes
// bench/startup.order; symbols it names that no longer exist are ignored).
let release = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
let staticExecutable: [LinkerSetting] = [
    .unsafeFlags(["-static-executable", "-use-ld=lld"], release),
    .unsafeFlags(
        [
            "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/bench/startup.order",
            "-Xlinker", "--no-warn-symbol-ordering",
        ], release),
    .linkedLibrary("_FoundationCollections", release),
    .linkedLibrary("_FoundationCShims", release),
]

let package = Package(
    name: "istaglint",
    products: [
        .executable(name: "istaglint", targets: ["istaglint"]),
        .library(name: "IstagLintKit", targets: ["IstagLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // glibc's mallopt, for the command line's heap setting.
        .systemLibrary(name: "CMalloc"),
        .target(name: "YAMLTree", dependencies: ["CYAML"]),
        .target(name: "IstagLintKit", dependencies: ["YAMLTree"]),
        .executableTarget(
            name: "istaglint",
            dependencies: [
                "IstagLintKit", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticExecutable
        ),
        // The libFuzzer target over the whole pipeline; fuzz/run.sh builds it with -sanitize=fuzzer.
        .executableTarget(name: "istaglint-fuzz", dependencies: ["IstagLintKit", "YAMLTree"]),
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree"]),
        .testTarget(name: "IstagLintKitTests", dependencies: ["IstagLintKit", "YAMLTree"]),
        .testTarget(name: "CLITests", dependencies: ["istaglint"]),
    ]
)

// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for logitscope, in a package of their own so the root `swift test` never
// builds them. Build with `scripts/fuzz` (it passes -sanitize=fuzzer,address).
//
// The root package exports only the `logitscope` executable, so CKernels, LogitCore and LogitView are
// compiled here from the same sources through the symlinks in Sources/ (no copy to drift), and so is
// the invariant code the root's regression tests replay crashes through (Sources/FuzzChecks ->
// Tests/LogitCoreTests/FuzzShared).
let package = Package(
    name: "logitscope-fuzz",
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .target(name: "CKernels"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "LogitCore", dependencies: ["CKernels", "CZlib", .product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "LogitView", dependencies: ["LogitCore"]),
        .target(name: "FuzzChecks", dependencies: ["LogitCore", .product(name: "RealModule", package: "swift-numerics")]),
        // One executable per target, each defining LLVMFuzzerTestOneInput; libFuzzer supplies main.
        .executableTarget(name: "FuzzParsers", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzLoaders", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzArrays", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzUpdate", dependencies: ["FuzzChecks", "LogitCore", "LogitView"]),
        .executableTarget(name: "FuzzTokens", dependencies: ["FuzzChecks"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
// The benchmarks live in their own package so that `swift test` in the root never builds
// ordo-one/benchmark. Run them with `swift package --package-path Benchmarks benchmark`, or through
// `scripts/bench-compare`, which sets numpy and scipy beside them.
import PackageDescription

let package = Package(
    name: "logitscope-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "logitscope", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LogitBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LogitCore", package: "logitscope"),
                .product(name: "LogitView", package: "logitscope"),
                .product(name: "LogitRuntime", package: "logitscope"),
                .product(name: "CKernels", package: "logitscope"),
            ],
            path: "Benchmarks/LogitBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "logitscope",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "logitscope", targets: ["logitscope"]),
        // For the Benchmarks/ package, which depends on this one by path.
        .library(name: "LogitCore", targets: ["LogitCore"]),
        .library(name: "LogitView", targets: ["LogitView"]),
        .library(name: "LogitRuntime", targets: ["LogitRuntime"]),
        // The benchmarks set the binary's malloc policy (lk_return_freed_memory) from here.
        .library(name: "CKernels", targets: ["CKernels"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ncursesw, with a shim for what Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // zlib, for the deflated members of an .npz: a system library (zlib1g-dev), Foundation-free,
        // so the pure core can inflate with a bound on the output (see Rows/Inflater.swift).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The whole-vector passes of softmax in C: one skeleton compiled per instruction set (SSE2,
        // AVX2, AVX-512) through target attributes, chosen at run time. No flags: a dependency's
        // unsafe flags would break the Benchmarks and Fuzz packages that depend on this one.
        .target(name: "CKernels"),
        // Pure core: numerics, parsers, explorer state, actions, update. No terminal, no files, no clock.
        .target(
            name: "LogitCore",
            dependencies: ["CKernels", "CZlib", .product(name: "RealModule", package: "swift-numerics")]
        ),
        // Pure view: render(state, size) -> Screen, and Screen -> text / ANSI.
        .target(name: "LogitView", dependencies: ["LogitCore"]),
        // Command-line presentation: the --json report, the quit line, shell quoting, --print's
        // width and style, the document flags. Pure like the core, but not the core's business; the
        // view only for the one width `--print` shares with it.
        .target(name: "LogitReport", dependencies: ["LogitCore", "LogitView"]),
        // The run loop, generic over a terminal backend (and an in-memory one for tests): events to
        // actions through the frame, effects performed, frames drawn. No ncurses, no files.
        .target(name: "LogitRuntime", dependencies: ["LogitCore", "LogitView"]),
        // The terminal backend: the only code that imports CNcurses.
        .target(name: "LogitTerminal", dependencies: ["LogitCore", "LogitView", "LogitRuntime", "CNcurses"]),
        .executableTarget(
            name: "logitscope",
            dependencies: [
                "CKernels", "LogitCore", "LogitReport", "LogitView", "LogitTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LogitCoreTests",
            dependencies: ["LogitCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "LogitReportTests", dependencies: ["LogitCore", "LogitReport", "LogitView"]),
        .testTarget(name: "LogitViewTests", dependencies: ["LogitCore", "LogitView"]),
        .testTarget(name: "LogitRuntimeTests", dependencies: ["LogitCore", "LogitView", "LogitRuntime"]),
        // What needs no terminal in the backend: decoding what ncurses hands back.
        .testTarget(name: "LogitTerminalTests", dependencies: ["LogitTerminal", "LogitView"]),
        // Runs the built binary as a subprocess (and in tmux); depending on it makes `swift test` build it.
        .testTarget(name: "EndToEndTests", dependencies: ["logitscope", "LogitCore", "LogitView"]),
    ],
    swiftLanguageModes: [.v6]
)

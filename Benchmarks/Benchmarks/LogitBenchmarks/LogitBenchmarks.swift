import Benchmark
import LogitCore
import LogitRuntime
import LogitView

#if canImport(Glibc)
import Glibc
#endif

/// The goals of issue 5, one benchmark each. `scripts/bench-compare` runs them beside numpy/scipy
/// on the same data (a float32 .npy-free raw file named by LOGITSCOPE_BENCH_DATA) and prints the
/// ratios; without that variable the data are made here with the same generator.
let benchmarks: @Sendable () -> Void = {
    // LOGITSCOPE_BENCH_QUICK (set by `scripts/bench-compare --quick`) shortens every run tenfold.
    let scale = getenv("LOGITSCOPE_BENCH_QUICK") == nil ? 1 : 10
    func duration(_ seconds: Int) -> Duration { .milliseconds(seconds * 1000 / scale) }
    func iterations(_ count: Int) -> Int { max(count / scale, 10) }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        maxDuration: duration(3), maxIterations: iterations(2000))

    Benchmark("softmax+lse f32 128256") { benchmark in
        let u = BenchData.float32(count: 128_256)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(softmaxAndLogSumExp(u))
        }
    }

    // A keystroke to a frame, as the terminal backend does it: the action applied to the state in
    // place, then the Screen rendered at 200×60. "keystroke" alternates a logit edit (a new
    // analysis) with a move (a new frame only), as a person exploring does; "edit" is the logit
    // edit alone, every time: the keystroke that costs most.
    for n in [3, 128_256, 1_000_000] {
        for editsOnly in [false, true] {
            let name = "\(editsOnly ? "edit" : "keystroke")->frame \(n)"
            let big = n > 200_000
            Benchmark(name, configuration: .init(maxDuration: duration(big ? 6 : 3), maxIterations: iterations(big ? 120 : 1000))) { benchmark in
                var s = BenchData.explorer(count: n)
                var k = 0
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    let action: Action = switch (editsOnly ? 2 * k : k) % 4 {
                    case 0: .nudgeLogit(steps: 1)
                    case 1: .moveSelection(by: 1)
                    case 2: .nudgeLogit(steps: -1)
                    default: .moveSelection(by: -1)
                    }
                    k += 1
                    s.apply(action)
                    blackHole(render(s, size: Size(width: 200, height: 60)))
                }
            }
        }
    }

    jsonBenchmarks(duration: duration(3), iterations: iterations(200))

    // The same edits through the run loop, as the terminal backend has them made: the key mapped
    // on the frame, the action applied in place, a new frame built and drawn (into nothing). What
    // the loop holds across an edit (a frame still holding the state would copy the logits) shows
    // here and not above. A run is the first frame and `BenchTerminal.keys` keys, each drawn;
    // bench-compare divides by the keys.
    for n in [128_256, 1_000_000] {
        let big = n > 200_000
        Benchmark("loop edit->frame \(n)", configuration: .init(maxDuration: duration(big ? 6 : 3), maxIterations: iterations(big ? 120 : 1000))) { benchmark in
            let s = BenchData.explorer(count: n)
            var terminal = BenchTerminal()
            benchmark.startMeasurement()
            blackHole(ExplorerLoop.run(consume s, on: &terminal))
        }
    }

    // The two halves of a keystroke, to tell the core's share from the view's.
    for n in [128_256, 1_000_000] {
        Benchmark("update only \(n)", configuration: .init(maxDuration: duration(3), maxIterations: iterations(300))) { benchmark in
            var s = BenchData.explorer(count: n)
            var k = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                s.apply(.nudgeLogit(steps: k % 2 == 0 ? 1 : -1))
                k += 1
                blackHole(s.analysis.entropyNats)
            }
        }
        Benchmark("render only \(n)", configuration: .init(maxDuration: duration(3), maxIterations: iterations(300))) { benchmark in
            let s = BenchData.explorer(count: n)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(render(s, size: Size(width: 200, height: 60)))
            }
        }
    }
}

/// A 200×60 terminal for the loop benchmarks: `keys` reads of one key each, → and ← in turn (a
/// logit edit every time), then a hang-up; frames are drawn into nothing.
struct BenchTerminal: TerminalBackend {
    /// Keys a run of the loop takes (bench-compare divides by it).
    static let keys = 10
    let options = RenderOptions()
    let size = Size(width: 200, height: 60)
    private var keys = Self.keys
    private var waiting: TerminalEvent?

    mutating func poll() -> TerminalEvent? {
        defer { waiting = nil }
        return waiting
    }

    mutating func wait() {
        keys -= 1
        waiting = keys < 0 ? .quit : .key(keys % 2 == 0 ? .right : .left)
    }

    func draw(_ screen: Screen) { blackHole(screen) }
}

enum BenchData {
    /// The float32 logits bench-compare wrote, or the same kind made here (normal, σ = 3).
    static func float32(count: Int) -> [Float] {
        if let path = getenv("LOGITSCOPE_BENCH_DATA").map({ String(cString: $0) }),
           let f = fopen(path, "rb") {
            defer { fclose(f) }
            var u = [Float](repeating: 0, count: count)
            let read = u.withUnsafeMutableBytes { fread($0.baseAddress, 4, count, f) }
            if read == count { return u }
        }
        return generated(count: count).map { Float($0) }
    }

    /// Deterministic logits: Box–Muller normals with σ = 3 from SplitMix64.
    static func generated(count: Int) -> [Double] {
        var g = SplitMix64(seed: 42)
        return (0..<count).map { _ in
            let a = max(g.nextUnitDouble(), 1e-300), b = g.nextUnitDouble()
            return 3 * (-2 * log(a)).squareRoot() * cos(2 * Double.pi * b)
        }
    }

    /// An explorer on n classes, the middle one selected, Float64, T = 0.8 (so u = z / T is a real pass).
    static func explorer(count n: Int) -> ExplorerState {
        let z = count64(n)
        return ExplorerState(document: LogitDocument(logits: z, temperature: 0.8), selection: n / 2)
    }

    static func count64(_ n: Int) -> [Double] {
        n == 3 ? [2.0, 1.0, 0.1] : generated(count: n).map { ($0 * 100).rounded() / 100 }
    }
}

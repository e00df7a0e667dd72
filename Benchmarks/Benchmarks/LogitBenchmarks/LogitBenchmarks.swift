import Benchmark
import CKernels
import LogitCore
import LogitRuntime
import LogitView

#if canImport(Glibc)
import Glibc
#endif

/// The goals of issues 5 and 11, one benchmark each. `scripts/bench-compare` runs them beside
/// numpy/scipy on the same data (a raw float32 file named by LOGITSCOPE_BENCH_DATA) and prints the
/// ratios; without that variable the data are made here with the same generator.
///
/// Each sample times only what its name says. The data and the explorer states are made once, on
/// the first sample, and kept (`Shared`): made inside the closure they were built and, worse,
/// freed in every sample, and Swift frees a value after its last use, which was the measured loop,
/// so a 1M-class state's 100 MB went back to the system inside the measurement (render only
/// 1000000 read 5 ms, against 0.14 ms in a plain loop). `measured` stops the clock explicitly.
let benchmarks: @Sendable () -> Void = {
    // The binary's malloc policy: blocks of 1 MB and more go back to the system when freed (a
    // 1M-class keystroke's buffers are then faulted in anew, which the figures should include).
    lk_return_freed_memory()
    // LOGITSCOPE_BENCH_QUICK (set by `scripts/bench-compare --quick`) shortens every run tenfold.
    let scale = getenv("LOGITSCOPE_BENCH_QUICK") == nil ? 1 : 10
    func duration(_ seconds: Int) -> Duration { .milliseconds(seconds * 1000 / scale) }
    func iterations(_ count: Int) -> Int { max(count / scale, 10) }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal], maxDuration: duration(3), maxIterations: iterations(2000))

    // softmax + logsumexp of the same 128,256 logits in each precision (scipy is timed on the
    // float32 and float64 arrays; Float16's goal is float32's time).
    let f32 = Shared { BenchData.float32(count: 128_256) }
    Benchmark("softmax+lse f32 128256") { benchmark in
        let u = f32.value
        measured(benchmark) { blackHole(softmaxAndLogSumExp(u)) }
    }
    let f64 = Shared { f32.value.map(Double.init) }
    Benchmark("softmax+lse f64 128256") { benchmark in
        let u = f64.value
        measured(benchmark) { blackHole(softmaxAndLogSumExp(u)) }
    }
    let f16 = Shared { f32.value.map(Float16.init) }
    Benchmark("softmax+lse f16 128256") { benchmark in
        let u = f16.value
        measured(benchmark) { blackHole(softmaxAndLogSumExp(u)) }
    }

    // A keystroke to a frame, as the terminal backend does it: the action applied to the state in
    // place, then the Screen rendered at 200×60. "keystroke" alternates a logit edit (a new
    // analysis) with a move (a new frame only), as a person exploring does; "edit" is the logit
    // edit alone, every time: the keystroke that costs most. The state carries on from sample to
    // sample, as it does from key to key.
    for n in [3, 128_256, 1_000_000] {
        for editsOnly in [false, true] {
            let name = "\(editsOnly ? "edit" : "keystroke")->frame \(n)"
            let big = n > 200_000
            let explorer = Shared { (state: BenchData.explorer(count: n), keys: 0) }
            Benchmark(name, configuration: .init(maxDuration: duration(big ? 6 : 3), maxIterations: iterations(big ? 300 : 1000))) { benchmark in
                _ = explorer.value.keys  // made before the clock starts
                measured(benchmark) {
                    let k = explorer.value.keys
                    let action: Action = switch (editsOnly ? 2 * k : k) % 4 {
                    case 0: .nudgeLogit(steps: 1)
                    case 1: .moveSelection(by: 1)
                    case 2: .nudgeLogit(steps: -1)
                    default: .moveSelection(by: -1)
                    }
                    explorer.value.keys += 1
                    explorer.value.state.apply(action)
                    blackHole(render(explorer.value.state, size: Size(width: 200, height: 60)))
                }
            }
        }
    }

    jsonBenchmarks(duration: duration(3), iterations: iterations(200))
    rowsBenchmarks(duration: duration(6), iterations: iterations(1000))

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
            let final = ExplorerLoop.run(consume s, on: &terminal)
            // Stopped before the state is freed (as `measured` does).
            benchmark.stopMeasurement()
            blackHole(final)
        }
    }

    // The two halves of a keystroke, to tell the core's share from the view's.
    for n in [128_256, 1_000_000] {
        let explorer = Shared { (state: BenchData.explorer(count: n), keys: 0) }
        Benchmark("update only \(n)", configuration: .init(maxDuration: duration(3), maxIterations: iterations(300))) { benchmark in
            _ = explorer.value.keys  // made before the clock starts
            measured(benchmark) {
                explorer.value.state.apply(.nudgeLogit(steps: explorer.value.keys % 2 == 0 ? 1 : -1))
                explorer.value.keys += 1
                blackHole(explorer.value.state.analysis.entropyNats)
            }
        }
        Benchmark("render only \(n)", configuration: .init(maxDuration: duration(3), maxIterations: iterations(300))) { benchmark in
            let state = explorer.value.state
            measured(benchmark) { blackHole(render(state, size: Size(width: 200, height: 60))) }
        }
    }
}

/// Times `body` over the sample's iterations and stops the clock before anything the closure made
/// is freed.
func measured(_ benchmark: Benchmark, _ body: () -> Void) {
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { body() }
    benchmark.stopMeasurement()
}

/// A value made on first use and kept for the benchmark's later samples (benchmarks run one at a
/// time, so the unchecked sending is safe).
final class Shared<T>: @unchecked Sendable {
    private let make: () -> T
    private var made: T?

    init(_ make: @escaping () -> T) { self.make = make }

    /// Read and changed in place (a copy of an explorer state would copy its logits on the edit).
    var value: T {
        get {
            if made == nil { made = make() }
            return made!
        }
        _modify {
            if made == nil { made = make() }
            yield &made!
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

import Benchmark
import LogitCore
import LogitView

#if canImport(Glibc)
import Glibc
#endif

/// The goals of issue 5, one benchmark each. `scripts/bench-compare` runs them beside numpy/scipy
/// on the same data (a float32 .npy-free raw file named by LOGITSCOPE_BENCH_DATA) and prints the
/// ratios; without that variable the data are made here with the same generator.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(3), maxIterations: 2000)

    Benchmark("softmax+lse f32 128256") { benchmark in
        let u = BenchData.float32(count: 128_256)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(softmaxAndLogSumExp(u))
        }
    }

    for n in [3, 128_256, 1_000_000] {
        Benchmark("keystroke->frame \(n)", configuration: .init(maxDuration: .seconds(n > 200_000 ? 6 : 3), maxIterations: n > 200_000 ? 120 : 1000)) { benchmark in
            let state = BenchData.explorer(count: n)
            var s = state
            var k = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                // Alternate a logit edit (a new analysis) with a move (a new frame only).
                let action: Action = switch k % 4 {
                case 0: .nudgeLogit(steps: 1)
                case 1: .moveSelection(by: 1)
                case 2: .nudgeLogit(steps: -1)
                default: .moveSelection(by: -1)
                }
                k += 1
                s = update(s, action)
                blackHole(render(s, size: Size(width: 200, height: 60)))
            }
        }
    }

    // The two halves of a keystroke, to tell the core's share from the view's.
    for n in [128_256, 1_000_000] {
        Benchmark("update only \(n)", configuration: .init(maxDuration: .seconds(3), maxIterations: 300)) { benchmark in
            var s = BenchData.explorer(count: n)
            var k = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                s = update(s, .nudgeLogit(steps: k % 2 == 0 ? 1 : -1))
                k += 1
                blackHole(s.analysis.entropyNats)
            }
        }
        Benchmark("render only \(n)", configuration: .init(maxDuration: .seconds(3), maxIterations: 300)) { benchmark in
            let s = BenchData.explorer(count: n)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(render(s, size: Size(width: 200, height: 60)))
            }
        }
    }
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

import Benchmark
import Foundation
import LogitCore
import LogitView

/// Issue 12's temperature key: every calibration figure re-evaluated at a new T (one pass over the
/// logits, then the bins) on 50,000 × 1,000 float32 logits with targets, goal 100 ms; and the fit
/// alone. The data is the file `scripts/bench-calibration` writes (LOGITSCOPE_BENCH_CALIBRATION
/// names its folder: logits.npy, targets.npy); without it the cases are skipped.
func calibrationBenchmarks(duration: Duration, iterations: Int) {
    guard let folder = ProcessInfo.processInfo.environment["LOGITSCOPE_BENCH_CALIBRATION"] else { return }
    let config = Benchmark.Configuration(maxDuration: duration, maxIterations: iterations)
    Benchmark("calibration pass 50000x1000", configuration: config) { benchmark in
        let data = CalibrationData(folder: folder)
        var t = 1.0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            t *= 1.1  // a temperature key
            blackHole(data.figures(at: t))
        }
    }
    // The key as the user presses it in the calibration view: the reducer's pass, bins and the
    // rows' order at the new T, then a 200×60 frame of the view (the file opened as the command
    // line opens it: rows with targets, C pressed, so the fit is made before the clock starts).
    let view = Shared { (state: CalibrationData.view(folder: folder), keys: 0) }
    Benchmark("calibration view T key->frame 50000x1000", configuration: config) { benchmark in
        _ = view.value.keys
        measured(benchmark) {
            // Up and down the temperature, as a user turns it.
            view.value.state.apply(.scaleTemperature(up: (view.value.keys / 8) % 2 == 0))
            view.value.keys += 1
            blackHole(render(view.value.state, size: Size(width: 200, height: 60)))
        }
    }
    Benchmark("calibration fit 50000x1000", configuration: .init(maxDuration: duration, maxIterations: 5)) { benchmark in
        let data = CalibrationData(folder: folder)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(data.fit()) }
    }
}

/// The float32 logits (read whole into memory: 200 MB) and the targets.
final class CalibrationData: @unchecked Sendable {
    let logits: [Float]
    let set: CalibrationSet

    init(folder: String) {
        let z = Self.payload(URL(fileURLWithPath: folder).appendingPathComponent("logits.npy"))
        let t = Self.payload(URL(fileURLWithPath: folder).appendingPathComponent("targets.npy"))
        logits = z.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        let targets = t.withUnsafeBytes { $0.bindMemory(to: Int64.self).map { Int($0) } }
        set = logits.withUnsafeBufferPointer { try! CalibrationSet(logits: $0, classes: 1000, targets: targets) }
    }

    /// An .npy's data, after its header (version 1: a 2-byte header length at 8).
    static func payload(_ url: URL) -> Data {
        let d = try! Data(contentsOf: url, options: .alwaysMapped)
        let header = 10 + Int(d[8]) + Int(d[9]) << 8
        return d.subdata(in: header..<d.count)
    }

    func figures(at t: Double) -> CalibrationFigures {
        logits.withUnsafeBufferPointer { z in
            CalibrationFigures(pass: CalibrationPass(logits: z, set: set, temperature: t, slope: false), set: set, bins: ConfidenceBins())
        }
    }

    /// The explorer on `logits.npy` as rows with `targets.npy`, the calibration view open.
    static func view(folder: String) -> ExplorerState {
        let url = URL(fileURLWithPath: folder)
        let bytes = try! Data(contentsOf: url.appendingPathComponent("logits.npy"))
        let opened = try! ArrayFile.open(ByteStorage(copying: bytes), format: .npy, name: "logits.npy")
        let targets = payload(url.appendingPathComponent("targets.npy")).withUnsafeBytes { $0.bindMemory(to: Int64.self).map { Int($0) } }
        let rows = opened.rows.withTargets(targets.map { Optional($0) })
        var state = ExplorerState(document: LogitDocument(logits: rows.row(0), precision: .float32))
        state.attach(rows: RowSession(rows: rows, position: 0))
        state.apply(.calibration(.toggleView))
        return state
    }

    func fit() -> TemperatureFit {
        logits.withUnsafeBufferPointer { TemperatureFit(logits: $0, set: set) }
    }
}

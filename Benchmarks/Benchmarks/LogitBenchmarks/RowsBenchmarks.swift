import Benchmark
import LogitCore
import LogitView

#if canImport(Glibc)
import Glibc
#endif

/// Issue 15's goals for a generation of 256 rows over 128,256 tokens (float32, a 131 MB
/// `.safetensors` laid out as the format's writer lays it out, in memory): opening it to the first
/// frame (the header judged, every value checked, every row's strip figures, the first row's
/// analysis, a 200×60 frame), and stepping to the next row (J) to a frame, which must stay within
/// the keystroke budget of a 128k vector (p99 ≤ 4 ms). `scripts/bench-compare` adds the whole
/// process's time to the first frame and its peak memory, from the file on disk.
func rowsBenchmarks(duration: Duration, iterations: Int) {
    let file = Shared { RowsData.safetensors(rows: 256, vocab: 128_256) }
    Benchmark("rows open->frame 256x128256", configuration: .init(maxDuration: duration, maxIterations: max(iterations / 40, 5))) { benchmark in
        let storage = file.value
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let state = try! RowsData.open(storage)
            blackHole(render(state, size: Size(width: 200, height: 60)))
        }
        benchmark.stopMeasurement()
    }
    let explorer = Shared { (state: try! RowsData.open(file.value), keys: 0) }
    Benchmark("rows step->frame 128256", configuration: .init(maxDuration: duration, maxIterations: iterations)) { benchmark in
        _ = explorer.value.keys
        measured(benchmark) {
            // Down the rows and back up, as a reader steps through a generation.
            let k = explorer.value.keys
            explorer.value.keys += 1
            explorer.value.state.apply(.moveRow(by: (k / 255) % 2 == 0 ? 1 : -1))
            blackHole(render(explorer.value.state, size: Size(width: 200, height: 60)))
        }
    }
}

enum RowsData {
    /// A [rows, vocab] float32 `.safetensors`: logits normal with σ = 2.5 (SplitMix64), each row's
    /// target 12 above the rest, as a confident generation's are.
    static func safetensors(rows: Int, vocab: Int) -> ByteStorage {
        var header = Array(#"{"logits":{"dtype":"F32","shape":[\#(rows),\#(vocab)],"data_offsets":[0,\#(rows * vocab * 4)]}}"#.utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 + header.count + rows * vocab * 4)
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes += header
        var g = SplitMix64(seed: 15)
        for r in 0..<rows {
            for i in 0..<vocab {
                let a = max(g.nextUnitDouble(), 1e-300), b = g.nextUnitDouble()
                var z = Float((-2 * log(a)).squareRoot() * cos(2 * .pi * b) * 2.5)
                if i == (r * 7919) % vocab { z += 12 }
                withUnsafeBytes(of: z.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
            }
        }
        return ByteStorage(copying: bytes)
    }

    static func targets(rows: Int, vocab: Int) -> [Int?] { (0..<rows).map { ($0 * 7919) % vocab } }

    /// What the command line does with the file: opened as rows with targets, the explorer on row 0.
    static func open(_ storage: ByteStorage) throws(InputError) -> ExplorerState {
        let opened = try ArrayFile.open(storage, format: .safetensors, name: "gen.safetensors")
        let rows = opened.rows.withTargets(targets(rows: opened.rows.rowCount, vocab: opened.rows.classCount))
        var state = ExplorerState(document: LogitDocument(logits: rows.row(0), precision: .float32))
        state.attach(rows: RowSession(rows: rows, position: 0))
        return state
    }
}

import FuzzChecks
import LogitCore
import LogitView

/// libFuzzer's entry point: a decoded action sequence through `update`, every state checked
/// (`ExplorerInvariants`) and drawn at 20×5 (too small for a layout), every fourth at 80×24, and the
/// last also at 80×24, 200×60, a size taken from the input's last bytes, and as `--print` output.
/// (A frame costs milliseconds under AddressSanitizer: drawing every state at every size made the
/// target run at 5–10 inputs a second, too slow to explore the reducer.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUpdate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var step = 0
    let (broken, final) = ExplorerInvariants.run(bytes) { state in
        draw(state, at: Size(width: 20, height: 5))
        if step % 4 == 0 { draw(state, at: Size(width: 80, height: 24)) }
        step += 1
    }
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    draw(final, at: Size(width: 80, height: 24))
    draw(final, at: Size(width: 200, height: 60))
    let width = Int(bytes.last ?? 0), height = Int(bytes.dropLast().last ?? 0) % 80
    draw(final, at: Size(width: width, height: height))
    _ = renderPrintout(final, width: max(width, 1))
    return 0
}

func draw(_ state: ExplorerState, at size: Size) {
    let screen = render(state, size: size)
    if screen.size != size { fatalError("render at \(size) gave a screen of \(screen.size)") }
}

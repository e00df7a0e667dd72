import FuzzChecks
import LogitCore
import LogitView

/// libFuzzer's entry point: a decoded action sequence through `update`, every state checked
/// (`ExplorerInvariants`) and drawn at 80×24 and at 20×5 (too small for a layout); the last state
/// is also drawn at 200×60, at a size taken from the input's last bytes, and as `--print` output.
/// (Drawing every state at 200×60 made runs five times slower for little more coverage.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUpdate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let (broken, final) = ExplorerInvariants.run(bytes) { state in
        draw(state, at: Size(width: 80, height: 24))
        draw(state, at: Size(width: 20, height: 5))
    }
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
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

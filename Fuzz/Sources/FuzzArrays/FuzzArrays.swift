import FuzzChecks

/// libFuzzer's entry point: the array readers (`.npy`, `.safetensors`, `.npz`) and the targets
/// readers, on any bytes (`ArrayInvariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArrays(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = ArrayInvariants.check(bytes)
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    return 0
}

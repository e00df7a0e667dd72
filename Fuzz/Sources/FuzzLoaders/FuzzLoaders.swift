import FuzzChecks

/// libFuzzer's entry point: every file loader (each format forced, and detected), the .npy header
/// alone and the vocabulary reader, on any bytes, with a small `LoadLimits`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = LoaderInvariants.check(bytes)
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    return 0
}

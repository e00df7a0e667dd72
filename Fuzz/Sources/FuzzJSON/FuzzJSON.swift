import FuzzChecks

/// libFuzzer's entry point: the JSON scanner on any bytes (or on a big or deep document expanded
/// from them), through every entry point, checked against itself, the writer and Swift's parsers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = JSONInvariants.check(bytes)
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    return 0
}

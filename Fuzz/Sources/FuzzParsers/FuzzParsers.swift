import FuzzChecks

/// libFuzzer's entry point: the logit-list, label and knob parsers on any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = ParserInvariants.check(bytes)
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    return 0
}

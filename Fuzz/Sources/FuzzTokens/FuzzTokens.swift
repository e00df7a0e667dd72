import FuzzChecks

/// libFuzzer's entry point: the vocabulary readers (tokenizer.json, vocab.json, one per line) and
/// the API logprobs reader, each step opened as a partial document (`TokenInvariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokens(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = TokenInvariants.check(bytes)
    if !broken.isEmpty { fatalError(broken.joined(separator: "\n")) }
    return 0
}

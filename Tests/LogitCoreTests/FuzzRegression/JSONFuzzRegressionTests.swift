import Testing
@testable import LogitCore

/// Inputs the JSON fuzzer (Fuzz/, target FuzzJSON) and the loader fuzzer's expanded files found,
/// replayed through the same checks.
@Suite struct JSONFuzzRegressionTests {
    /// `FuzzExpansion` segments: a count choice (index into its counts: 10 is 10⁶), a length, a piece.
    static func segment(_ countChoice: UInt8, _ piece: String) -> [UInt8] {
        [countChoice, UInt8(piece.utf8.count - 1)] + Array(piece.utf8)
    }

    /// The crash issue 10 opened with: 10⁶ levels of `[` killed the logit reader's recursive
    /// skipValue (SIGSEGV); as the loader fuzzer's expanded file, and under a key it skips.
    @Test func aMillionLevelsThroughTheLoader() {
        let deep = Self.segment(10, "[") + Self.segment(10, "]")
        var input = FuzzBytes(deep)
        #expect(FuzzExpansion.expand(&input) == Array(repeating: UInt8(ascii: "["), count: 1_000_000) + Array(repeating: UInt8(ascii: "]"), count: 1_000_000))
        #expect(LoaderInvariants.check([0xD0, 0] + deep) == [])
        #expect(LoaderInvariants.check([0xD1, 6] + Self.segment(0, "{\"x\": ") + deep + Self.segment(0, ", \"logits\": [1, 2]}")) == [])
        #expect(JSONInvariants.check([0xF0] + deep) == [])
    }

    /// An array of 10⁵ numbers, streamed and checked against Double(String) one by one.
    @Test func aBigArrayOfNumbers() {
        let big = Self.segment(0, "[") + Self.segment(9, "0.1e-3,") + Self.segment(0, "-1]")
        #expect(JSONInvariants.check([0xF0] + big) == [])
        #expect(LoaderInvariants.check([0xD0, 0] + big) == [])
    }
}

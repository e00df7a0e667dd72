import Testing
@testable import LogitCore

/// Inputs the parser fuzzer (Fuzz/, target FuzzParsers) found, replayed through the same checks.
@Suite struct ParserFuzzRegressionTests {
    /// FuzzParsers' first byte 0 means "a logit list"; the rest is the text.
    func logitList(_ text: [UInt8]) -> [String] { ParserInvariants.check([0] + text) }

    /// "1 2, 3" is refused as ambiguous; the refusal quoted the item raw, so a pasted escape sequence
    /// (or a NUL, as the fuzzer found) reached the terminal. It is now escaped like every other item.
    @Test func anAmbiguousItemIsQuotedEscaped() {
        #expect(throws: InputError("logit 2 is \"\\u{1B}[2J 2\": not a number (use commas or spaces to separate, not both)")) {
            try LogitListParser.parse("1, \u{1B}[2J 2")
        }
        #expect(logitList(Array("1, \u{1B}[2J 2".utf8)) == [])
    }

    @Test func theFuzzersInputPassesTheChecks() {
        // The crash as libFuzzer saved it: "\0\u{8}\u{FE}\0,e\n\u{B5}\u{B5}\u{F8}" (invalid UTF-8 repaired).
        #expect(ParserInvariants.check([0x00, 0x08, 0xFE, 0x00, 0x2C, 0x65, 0x0A, 0xB5, 0xB5, 0xF8]) == [])
    }
}

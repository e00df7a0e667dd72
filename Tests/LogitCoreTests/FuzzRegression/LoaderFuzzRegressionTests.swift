import Testing
@testable import LogitCore

/// Inputs the loader fuzzer (Fuzz/, target FuzzLoaders) found, replayed through the same checks.
@Suite struct LoaderFuzzRegressionTests {
    /// FuzzLoaders' first two bytes: the format (3 is JSON, named `logits`) and no row.
    func json(_ file: [UInt8]) -> [String] { LoaderInvariants.check([3, 0] + file) }

    /// A JSON string with an unknown escape (`\` then an ESC byte) was refused with the byte itself
    /// in the message.
    @Test func anUnknownJSONEscapeIsNamedEscaped() {
        let file = Array("[\"\\".utf8) + [0x1B] + Array("\"]".utf8)
        #expect(throws: InputError("logits: line 1: not valid JSON: unknown escape \\\\u{1B} in a string")) {
            try LogitFileLoader.load(file, name: "logits", format: .json)
        }
        #expect(json(file) == [])
        #expect(json(Array("[\"\\".utf8) + [0x00] + Array("\"]".utf8)) == [])
    }
}

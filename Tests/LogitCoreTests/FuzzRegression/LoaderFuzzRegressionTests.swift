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
        #expect(throws: InputError("logits: line 1, column 3: not valid JSON: unknown escape \\\\u{1B} in a string")) {
            try LogitFileLoader.load(file, name: "logits", format: .json)
        }
        #expect(json(file) == [])
        #expect(json(Array("[\"\\".utf8) + [0x00] + Array("\"]".utf8)) == [])
    }

    /// A version 1.0 `.npy` file with this header text and no values.
    func npy(header: String) -> [UInt8] {
        let text = Array(header.utf8)
        return NpyHeader.magic + [1, 0, UInt8(text.count & 0xFF), UInt8(text.count >> 8)] + text
    }

    /// A corrupt header's key and an unknown dtype were quoted raw (the fuzzer's key held \u{1} and NUL).
    @Test func aCorruptNpyHeaderIsQuotedEscaped() {
        let badKey = npy(header: "{'\u{1B}[2J' False}")
        #expect(throws: InputError("x.npy: the .npy header is corrupt (no : after '\\u{1B}[2J'): \"{'\\u{1B}[2J' False}\"")) {
            try NpyHeader(prefix: badKey, name: "x.npy")
        }
        let badType = npy(header: "{'descr': '<\u{1B}', 'fortran_order': False, 'shape': (3,), }")
        #expect(throws: InputError("x.npy: dtype '<\\u{1B}' is not a float type: logitscope reads float16, float32 and float64")) {
            try NpyHeader(prefix: badType, name: "x.npy")
        }
        // Through the fuzzer's checks: the header alone (0xE0), and the whole loader (format npy).
        for file in [badKey, badType] {
            #expect(LoaderInvariants.check([0xE0] + file) == [])
            #expect(LoaderInvariants.check([4, 0] + file) == [])
        }
    }
}

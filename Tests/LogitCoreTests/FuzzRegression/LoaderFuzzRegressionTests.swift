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

    /// An expanded file (FuzzLoaders' 0xD1: detected, so CSV here) whose field ends in 1,000
    /// blanks after 330 kB: trimming dropped the last blank one at a time and counted the whole
    /// field each time, quadratic (14 s under the fuzzer, past its timeout). Now once from each end.
    @Test func aLongFieldWithTrailingBlanksIsTrimmedOnce() {
        let input: [UInt8] = [
            0xd1, 0x00, 0x00, 0xfb, 0x7c, 0x22, 0x78, 0x22, 0x3a, 0x20, 0x0a, 0xe0, 0x93, 0x4e, 0x65, 0x77,
            0x73, 0x2c, 0x20, 0x33, 0x29, 0x2c, 0x20, 0x7d, 0x60, 0x20, 0x8d, 0x74, 0x00, 0x07, 0x33, 0x20,
            0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x22, 0x3a, 0x20, 0x5b, 0x30, 0x20, 0x5d,
        ]
        #expect(LoaderInvariants.check(input) == [])
        #expect(Substring(" \t a b\u{3000} \n").trimmingBlanks() == "a b")
        #expect(Substring(" e\u{301} ").trimmingBlanks() == "e\u{301}")
        #expect(Substring(" \t\n").trimmingBlanks() == "")
        #expect(Substring("").trimmingBlanks() == "")
        let long = Substring(String(repeating: "x", count: 100_000) + String(repeating: " ", count: 100_000))
        #expect(long.trimmingBlanks().count == 100_000)
    }

    /// An expanded file read as CSV: each record kept a copy of the field array with the capacity
    /// of the widest row before it, so one wide row then many short ones took 2 GB (the fuzzer's
    /// memory limit). Each record now holds an array of its own size.
    @Test func aWideRowDoesNotWidenTheRowsAfterIt() throws {
        let input: [UInt8] = [
            0xd1, 0x00, 0x00, 0x05, 0x03, 0x7b, 0x3a, 0x20, 0x5b, 0x31, 0x5d, 0x20, 0x0a, 0x22, 0x32, 0x2e,
            0x09, 0xf1, 0xcd, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x74, 0x6f,
            0x6b, 0x65, 0x2c, 0x20, 0x62, 0x22, 0xe3, 0x2c, 0x32, 0x2e, 0x30, 0x0a, 0x66, 0x2c, 0x20, 0x62,
            0x22, 0x5d, 0x00, 0x66, 0x2b, 0x6c, 0x07, 0x2c, 0x20, 0x22, 0x0a, 0xce, 0x5d, 0x5d, 0x00, 0x0a,
            0x00, 0x5b, 0x30, 0x5d, 0x7d,
        ]
        #expect(LoaderInvariants.check(input) == [])
        let csv = Array((String(repeating: "a,", count: 10_000) + "b\n" + String(repeating: "1\n", count: 100)).utf8)
        let records = try CSVLogitReader.parseRecords(csv, name: "w.csv", limits: .standard)
        #expect(records.count == 101 && records[0].fields.count == 10_001)
        #expect(records.dropFirst().allSatisfy { $0.fields.count == 1 && $0.fields.capacity < 100 })
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

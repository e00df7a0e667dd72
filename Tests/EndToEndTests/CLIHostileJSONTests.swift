import Foundation
import Testing

/// Hostile JSON through the built binary: deep nesting, a 256 MB file of `[`, bytes that are not
/// UTF-8, lone surrogates, as `--file` and as `--session`. Each is refused with exit status 64 and
/// one line naming the file, the line and the column; none crashes (before the one scanner, 10⁵
/// levels of `[` killed the process with SIGSEGV).
@Suite struct CLIHostileJSONTests {
    /// Runs logitscope with `arguments` and returns its one line on stderr, checking the rest.
    func refusal(_ arguments: [String]) throws -> String {
        let run = try Binary.run(arguments)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("logitscope: ") && run.stderr.hasSuffix("\n"))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr.prefix(300))")
        return String(run.stderr.dropFirst("logitscope: ".count).dropLast())
    }

    static let tooDeep = "line 1, column 129: nested more than 128 deep (the most logitscope reads)"

    @Test func aMillionLevelsOfNesting() throws {
        let dir = try TempFolder()
        let deep = Data(repeating: UInt8(ascii: "["), count: 1_000_000) + Data(repeating: UInt8(ascii: "]"), count: 1_000_000)
        let path = try dir.write("deep.json", deep)
        #expect(try refusal(["--file", path, "--json"]) == "\(path): \(Self.tooDeep)")
        // As a 2-D array, row 0 holds arrays where its logits should be.
        #expect(try refusal(["--file", path, "--row", "0", "--print"]) == "\(path): line 1, column 3: logit 1 is an array, not a number")
        // Under a key the reader skips, before the logits (the object is the first level).
        let keyed = try dir.write("keyed.json", Data("{\"x\": ".utf8) + deep + Data(", \"logits\": [1, 2]}".utf8))
        #expect(try refusal(["--file", keyed, "--json"]) == "\(keyed): line 1, column \(6 + 128): nested more than 128 deep (the most logitscope reads)")
        let session = try dir.write("s.json", Data("{\"logitscope_session\": 1, \"logits\": [1, 2], \"x\": ".utf8) + deep + Data("}".utf8))
        #expect(try refusal(["--session", session, "--json"])
            == "\(session): line 1, column \(49 + 128): not a valid session file: nested more than 128 deep (the most logitscope reads)")
    }

    /// 256 MiB of `[`: the largest JSON file logitscope reads (FileInput.textByteLimit), refused at
    /// the 129th byte. Written to /tmp and removed.
    @Test func aFileOf256MegabytesOfBrackets() throws {
        let dir = try TempFolder()
        let path = try dir.write("brackets.json", Data(repeating: UInt8(ascii: "["), count: 256 << 20))
        #expect(try refusal(["--file", path, "--json"]) == "\(path): \(Self.tooDeep)")
    }

    @Test func bytesThatAreNotUTF8() throws {
        let dir = try TempFolder()
        let logits = try dir.write("bad.json", Data("{\"labels\": [\"a\",\n \"b".utf8) + Data([0xFF]) + Data("\"], \"logits\": [1, 2]}".utf8))
        #expect(try refusal(["--file", logits, "--json"]) == "\(logits): line 2, column 4: not valid JSON: bytes that are not UTF-8 in a string")
        let session = try dir.write("s.json", Data("{\"logitscope_session\": 1, \"logits\": [1, 2],\n \"labels\": [\"a\", \"".utf8) + Data([0xC0, 0xAF]) + Data("\"]}".utf8))
        #expect(try refusal(["--session", session, "--json"])
            == "\(session): line 2, column 19: not a valid session file: bytes that are not UTF-8 in a string")
        // Outside a string, and through stdin.
        let run = try Binary.run(["--file", "-", "--json"], stdinBytes: Data("[1, ".utf8) + Data([0xFE]) + Data("]".utf8))
        #expect(run.status == 64)
        #expect(run.stderr == "logitscope: stdin: line 1, column 5: not valid JSON: expected a number, found bytes that are not UTF-8\n")
    }

    @Test func loneSurrogates() throws {
        let dir = try TempFolder()
        let logits = try dir.write("lone.json", text: #"{"labels": ["\ud800", "b"], "logits": [1, 2]}"#)
        #expect(try refusal(["--file", logits, "--json"]) == "\(logits): line 1, column 14: not valid JSON: a lone surrogate \\ud800 in a string")
        let session = try dir.write("s.json", text: #"{"logitscope_session": 1, "logits": [1, 2], "labels": ["a", "\udfff"]}"#)
        #expect(try refusal(["--session", session, "--print"])
            == "\(session): line 1, column 62: not a valid session file: a lone surrogate \\udfff in a string")
    }
}

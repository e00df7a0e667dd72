import Foundation
import Testing

/// Vocabularies and API logprobs through the built binary: a tokenizer.json naming a vector's
/// tokens, a vocabulary cut or padded, an API response opened as a partial row, every refusal
/// (exit 64, one line naming the file), the README's curl recipes against a canned server, and a
/// response in the explorer as a new user opens one.
@Suite struct TokensTests {
    static var reference: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference")
    }

    static func path(_ parts: String...) -> String {
        parts.reduce(reference) { $0.appendingPathComponent($1) }.path
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aTokenizerNamesTheTokensAndACutIsWarned() throws {
        let dir = try TempFolder()
        // 375 tokens in the tokenizer; a vector of 377 pads two <unused N>, one of 5 is cut.
        let long = try dir.write("long.txt", text: (0..<377).map { String(Double($0 % 7)) }.joined(separator: " "))
        let run = try Binary.run(["--file", long, "--vocab", Self.path("vocab", "bpe-bytelevel.tokenizer.json"), "--json"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let labels = try #require(try Self.json(run.stdout)["labels"] as? [String])
        #expect(labels.count == 377 && labels[375] == "<unused 375>" && labels[376] == "<unused 376>")
        #expect(labels[0] == "<|endoftext|>")
        let short = try dir.write("short.txt", text: "1 2 3 4 5")
        let cut = try Binary.run(["--file", short, "--vocab", Self.path("vocab", "bpe-bytelevel.tokenizer.json"), "--json"])
        #expect(cut.status == 0)
        #expect(cut.stderr.hasPrefix("logitscope: warning: ") && cut.stderr.contains("has 375 tokens but \(short) has 5 logits"))
        #expect(try Self.json(cut.stdout)["labels"] as? [String] == ["<|endoftext|>", "!", "\"", "#", "$"])
    }

    @Test func aResponseOpensAsAPartialRow() throws {
        let run = try Binary.run(["--file", Self.path("logprobs", "chat.json"), "--position", "3", "--json"])
        #expect(run.status == 0)
        let j = try Self.json(run.stdout)
        #expect(j["partial"] as? Bool == true)
        #expect(j["labels"] as? [String] == [" is", "<0xE2>", " was", "<0xAC>", "(rest)"])
        #expect(j["target"] as? Int == 3)
        // 0.21015112972329997 as written (Foundation's reader may round the last digit).
        #expect(abs((j["rest_mass"] as? Double ?? 0) - 0.21015112972329997) < 1e-16)
        #expect(j["listed_only"] as? Bool == false)
        let hot = try Binary.run(["--file", Self.path("logprobs", "chat.json"), "--position", "3", "-t", "2", "--json"])
        #expect(try Self.json(hot.stdout)["listed_only"] as? Bool == true)
        let second = try Binary.run(["--file", Self.path("logprobs", "chat.json"), "--choice", "1", "--json"])
        #expect(try Self.json(second.stdout)["labels"] as? [String] == ["Yes", "No", "(rest)"])
    }

    @Test func refusals() throws {
        let dir = try TempFolder()
        let broken = try dir.write("tokenizer.json", text: #"{"model": {"type": "BPE", "vocab": {"a": 0, "b": -1}}}"#)
        let unknown = try dir.write("unknown.json", text: #"{"model": {"type": "Magic", "vocab": {"a": 0}}}"#)
        let twice = try dir.write("twice.json", text: #"{"a": 0, "b": 0}"#)
        let logits = try dir.write("l.txt", text: "1 2")
        let chat = Self.path("logprobs", "chat.json")
        let none = Self.path("logprobs", "chat-no-logprobs.json")
        let cases: [([String], String)] = [
            (["--file", logits, "--vocab", broken], "\(broken): line 1, column 45: token id -1 is negative"),
            (["--file", logits, "--vocab", unknown], "\(unknown): line 1, column 20: model type \"Magic\" is not one logitscope reads (BPE, WordPiece, WordLevel, Unigram)"),
            (["--file", logits, "--vocab", twice], "\(twice): token id 0 is given to two tokens (\"a\" and \"b\")"),
            (["--file", none], "\(none): choices[0]: no logprobs: ask the server with \"logprobs\": true and \"top_logprobs\": N (or \"logprobs\": N for a completion)"),
            (["--file", chat, "--choice", "2"], "\(chat): --choice 2 is out of range: the response has 2 choices (0 to 1)"),
            (["--file", chat, "--position", "9"], "\(chat): position 9 is out of range: the response has 5 generated tokens (0 to 4)"),
            (["--file", logits, "--choice", "0"], "\(logits): --choice applies to an API response's logprobs (JSON), not to a text file"),
            (["--choice", "0"], "--choice only applies to --file (an API response)"),
        ]
        for (arguments, message) in cases {
            let run = try Binary.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "logitscope: \(message)\n", "\(arguments)")
        }
    }

    /// The README's curl recipes, against canned responses served on localhost.
    @Test func theCurlRecipesWork() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/recipes/logprobs-curl.sh").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, Binary.url.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(!text.contains("FAIL") && text.contains("ok   chat: the rest"))
    }

    /// A new user opens a chat completion at its fourth token: the listed alternatives with their
    /// p, the token that was produced (◎, not among the top), the rest, and what "partial" means.
    @Test func aResponseInTheExplorer() throws {
        let session = try ExplorerSession(["--file", Self.path("logprobs", "chat.json"), "--position", "3", "--seed", "1"], width: 100, height: 30)
        defer { session.close() }
        let screen = try session.tmux.wait(for: "␣is", "40.7%", "(rest)", "21.0%", "partial token 3 (0–4)")
        #expect(screen.contains("<0xAC>"))
        #expect(screen.contains("8.2%"))
        try session.tmux.press("T")
        try session.tmux.wait(for: "T, filters on the listed only")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.hasPrefix("logitscope --file \(Self.path("logprobs", "chat.json")) --row 3 -t 1.25 "))
    }
}

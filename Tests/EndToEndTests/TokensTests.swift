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
            (["--file", chat, "--position", "-1"], "\(chat): position -1 is negative: generated tokens count from 0"),
            (["--file", chat, "--targets", "1,2"], "--targets does not apply to an API response: the tokens it produced are the targets"),
            (["--file", chat, "--labels", "a,b"], "--labels does not apply to an API response: each generated token lists its own alternatives"),
            (["--file", chat, "--vocab", logits], "--vocab does not apply to an API response: its tokens come with their text"),
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

    /// A new user opens a chat completion and steps through its tokens with J and K: each token
    /// its own alternatives with their p, the rest, the produced token marked (◎, even when it was
    /// not among the top); the strip runs the produced tokens along, the open one highlighted. A
    /// click on the strip opens a token; clearing the target (c) is in the quit line.
    @Test func aResponseInTheExplorer() throws {
        let chat = Self.path("logprobs", "chat.json")
        let session = try ExplorerSession(["--file", chat, "--seed", "1"], width: 100, height: 30)
        defer { session.close() }
        try session.tmux.wait(for: "row 0 of 0–4", "The", "(rest)", "3 listed + rest")
        try session.tmux.press("J", "J", "J")
        var screen = try session.tmux.wait(for: "row 3 of 0–4", "target 3 \"<0xAC>\"", "rest 21.0%")
        #expect(screen.contains("␣is") && screen.contains("40.7%") && screen.contains("4 listed + rest"))
        // The produced token, sampled from outside the listed, marked ◎ on its row.
        let produced = try #require(screen.split(separator: "\n").first { $0.contains("<0xAC>") && $0.contains("8.2%") })
        #expect(produced.contains("◎"))
        // An alternative OpenAI gave as -9999: below the listed, not masked.
        let below = try #require(screen.split(separator: "\n").first { $0.contains("␣was") })
        #expect(below.contains("below") && !below.contains("masked"))
        try session.tmux.press("K")
        screen = try session.tmux.wait(for: "row 2 of 0–4", "<0xE2><0x82>")
        try session.tmux.press("T")
        try session.tmux.wait(for: "T = 1.25, listed only")
        // A click on the strip's first cell (row 2 of the screen, column 9) opens token 0.
        try session.tmux.mouse(button: 0, x: 9, y: 2)
        try session.tmux.wait(for: "row 0 of 0–4")
        try session.tmux.press("L")
        try session.tmux.wait(for: "row 4 of 0–4")
        try session.tmux.press("c")  // the selection is the produced token: c clears it
        try session.tmux.wait(for: "argmax (no target)")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.hasPrefix("logitscope --file \(chat) --position 4 -t 1.25 "), "\(stdout)")
        #expect(stdout.contains(" --target=-1 "), "\(stdout)")
        // The line reproduces the state: no target at token 4.
        let line = stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").dropFirst().map(String.init)
        let again = try Self.json(try Binary.run(line + ["--json"]).stdout)
        #expect(again["position"] as? Int == 4)
        #expect(again["target"] is NSNull)
    }

    /// A produced token OpenAI gave as -9999: "below listed" in --json, never p = 0 or an infinite loss.
    @Test func aTokenBelowTheListedInJSON() throws {
        let run = try Binary.run(["--file", Self.path("logprobs", "chat-below.json"), "--json"])
        #expect(run.status == 0)
        let j = try Self.json(run.stdout)
        #expect(j["labels"] as? [String] == [" yes", " no", " ok", "(rest)"])
        #expect(j["target"] as? Int == 2 && j["target_below_listed"] as? Bool == true)
        #expect(j["below_listed"] as? [Int] == [2])
        #expect(j["cross_entropy"] is NSNull && j["gradient"] is NSNull)
        let sequence = try #require(j["sequence"] as? [[String: Any]])
        #expect(sequence.count == 3)
        #expect(sequence[0]["below_listed"] as? Bool == true && sequence[0]["logprob"] is NSNull && sequence[0]["rank"] is NSNull)
        #expect(sequence[1]["below_listed"] as? Bool == true)
        #expect(sequence[2]["below_listed"] == nil && sequence[2]["partial"] as? Bool == true)
        #expect(abs((sequence[2]["logprob"] as? Double ?? 0) - -0.01) < 1e-15)
    }

    /// The long response of make_logprobs_fixtures.py (4,800 tokens × 20 alternatives with their
    /// bytes, over a million JSON values) opens, and --json's sequence agrees with Python on the
    /// steps it wrote out: the rest, the entropy over the listed and the rest, the surprisal.
    @Test func aLongResponseOpens() throws {
        let dir = try TempFolder()
        let gz = Self.path("logprobs", "chat-long.json.gz")
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        let path = dir.url.appendingPathComponent("long.json").path
        gunzip.arguments = ["-c", "gzip -dc '\(gz)' > '\(path)'"]
        try gunzip.run()
        gunzip.waitUntilExit()
        #expect(gunzip.terminationStatus == 0)
        let expectedURL = URL(fileURLWithPath: Self.path("logprobs", "expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
        let long = try #require(expected["long"] as? [String: Any])
        let steps = try #require(long["steps"] as? [String: [String: Any]])
        let run = try Binary.run(["--file", path, "--position", "4799", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let j = try Self.json(run.stdout)
        #expect(j["positions"] as? Int == long["tokens"] as? Int)
        let sequence = try #require(j["sequence"] as? [[String: Any]])
        func close(_ a: Double?, _ b: Double?) -> Bool {
            guard let a, let b else { return false }
            return abs(a - b) <= 1e-12 * max(1, abs(b))
        }
        for (key, want) in steps {
            let k = try #require(Int(key))
            let got = sequence[k]
            #expect(got["target"] as? Int == want["target"] as? Int, "step \(k)")
            #expect(close(got["rest_mass"] as? Double, want["rest_mass"] as? Double), "step \(k)")
            #expect(close(got["entropy_nats"] as? Double, want["entropy_nats"] as? Double), "step \(k)")
            if let surprisal = want["surprisal"] as? Double {
                #expect(close((got["logprob"] as? Double).map { -$0 }, surprisal), "step \(k)")
            } else {
                #expect(got["below_listed"] as? Bool == true && got["logprob"] is NSNull, "step \(k)")
            }
        }
    }
}

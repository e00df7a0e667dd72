import Foundation
import LogitCore
import Testing

/// The API responses `scripts/reference/make_logprobs_fixtures.py` wrote to the published schemas,
/// each step opened as a partial document, against the script's exp(logprob) (Python's math.exp,
/// the rest by math.fsum) in `expected.json`.
@Suite struct LogprobsFixtureTests {
    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/logprobs")
    }

    static func bytes(_ name: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            fatalError("missing fixture \(name): run scripts/reference/make_logprobs_fixtures.py")
        }
        return [UInt8](data)
    }

    struct Step: Decodable {
        let labels: [String]
        let p: [Double?]
        let rest_mass: Double
        let target: Int
    }

    struct Expected: Decodable {
        let files: [String: [Step]]
    }

    static let expected: Expected = try! JSONDecoder().decode(Expected.self, from: Data(bytes("expected.json")))

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-13 * max(1, abs(b))
    }

    @Test(arguments: ["chat.json", "chat-content.json", "chat.json#choice1", "legacy.json", "llama.json", "llama-post.json"])
    func everyStepAsTheScriptComputedIt(key: String) throws {
        let parts = key.split(separator: "#")
        let file = String(parts[0])
        let choice = parts.count > 1 ? 1 : nil
        let steps = try #require(Self.expected.files[key])
        for (k, want) in steps.enumerated() {
            let loaded = try LogitFileLoader.load(Self.bytes(file), name: file, row: k, choice: choice)
            let labels = try #require(loaded.labels)
            #expect(labels.array == want.labels, "\(key) step \(k)")
            #expect(loaded.target == want.target, "\(key) step \(k)")
            let partial = try #require(loaded.partial)
            #expect(partial.restIndex == want.labels.count - 1)
            #expect(Self.close(partial.restMass, want.rest_mass), "\(key) step \(k): rest \(partial.restMass) vs \(want.rest_mass)")
            #expect(partial.position == k && partial.positions == steps.count)
            // At T = 1 with no filter the softmax gives back the file's probabilities and the rest.
            let state = ExplorerState(document: LogitDocument(
                logits: loaded.logits, labels: labels, target: loaded.target, partial: loaded.partial))
            for (i, p) in want.p.enumerated() {
                #expect(Self.close(state.analysis.softmax(at: i), p ?? 0), "\(key) step \(k) class \(i): \(state.analysis.softmax(at: i)) vs \(String(describing: p))")
            }
        }
    }

    @Test func stagesAndSources() throws {
        #expect(try LogitFileLoader.load(Self.bytes("llama-post.json"), name: "x.json").partial?.stage == .afterSampling)
        #expect(try LogitFileLoader.load(Self.bytes("llama.json"), name: "x.json").partial?.stage == .beforeSampling)
        #expect(try LogitFileLoader.load(Self.bytes("chat.json"), name: "x.json").partial?.stage == .unknown)
        #expect(try LogitFileLoader.load(Self.bytes("chat.json"), name: "x.json").partial?.source == .chatCompletion)
        #expect(try LogitFileLoader.load(Self.bytes("legacy.json"), name: "x.json").partial?.source == .legacyCompletion)
    }

    /// Temperature (or a filter) applies to the listed alternatives only: the rest drops out and
    /// the listed ones are renormalized among themselves, e^(z/T) / Σ over the listed.
    @Test func temperatureRenormalizesTheListedOnly() throws {
        let loaded = try LogitFileLoader.load(Self.bytes("legacy.json"), name: "x.json")
        var d = LogitDocument(logits: loaded.logits, labels: loaded.labels, target: loaded.target, partial: loaded.partial)
        d.temperature = 2
        #expect(d.renormalizesListedOnly)
        let a = ExplorerState(document: d).analysis
        let listed = [-0.0301, -3.9, -5.2].map { exp($0 / 2) }
        let sum = listed.reduce(0, +)
        for i in 0..<3 { #expect(Self.close(a.softmax(at: i), listed[i] / sum)) }
        #expect(a.softmax(at: 3) == 0)
    }

    @Test func refusals() {
        func message(_ name: String, position: Int? = nil, choice: Int? = nil) -> String? {
            do {
                _ = try LogitFileLoader.load(Self.bytes(name), name: name, row: position, choice: choice)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message("chat-no-logprobs.json") == "chat-no-logprobs.json: choices[0]: no logprobs: ask the server with \"logprobs\": true and \"top_logprobs\": N (or \"logprobs\": N for a completion)")
        #expect(message("chat.json", choice: 2) == "chat.json: --choice 2 is out of range: the response has 2 choices (0 to 1)")
        #expect(message("chat.json", position: 5) == "chat.json: position 5 is out of range: the response has 5 generated tokens (0 to 4)")
        #expect(message("llama.json", choice: 1) == "llama.json: --choice applies to a response with \"choices\"; this one has none")
    }

    @Test func logitFilesAreNotResponses() {
        #expect(!LogprobsReader.recognizes(Array(#"{"labels": ["a"], "logits": [1]}"#.utf8)))
        #expect(!LogprobsReader.recognizes(Array("[1, 2, 3]".utf8)))
        #expect(!LogprobsReader.recognizes(Array("[[1, 2], [3, 4]]".utf8)))
        #expect(LogprobsReader.recognizes(Array(#"[{"token": "a", "logprob": -1}]"#.utf8)))
        #expect(LogprobsReader.recognizes(Array(#"{"tokens": ["a"], "token_logprobs": [-1]}"#.utf8)))
    }
}

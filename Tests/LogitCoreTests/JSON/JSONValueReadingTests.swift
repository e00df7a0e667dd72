import Testing
import LogitCore

/// A modest document read whole as a `JSONValue`: within its budgets, back through the writer to
/// the same tree, and its numbers rounded only when a reader asks.
@Suite struct JSONValueReadingTests {
    /// The shape of an OpenAI chat completion with logprobs (trimmed).
    static let completion = #"""
    {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000,
     "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"},
       "logprobs": {"content": [{"token": "Hi", "logprob": -0.0011, "bytes": [72, 105],
         "top_logprobs": [{"token": "Hi", "logprob": -0.0011, "bytes": [72, 105]}, {"token": "Hello", "logprob": -6.8, "bytes": null}]}]},
       "finish_reason": "stop"}],
     "usage": {"prompt_tokens": 9, "completion_tokens": 1, "seed": 18446744073709551615}}
    """#

    @Test func aCompletionReadsAsATreeAndAnswersItsReaders() throws {
        let tree = try JSONValue.read(Array(Self.completion.utf8))
        let first = tree["choices"]?[0]?["logprobs"]?["content"]?[0]
        #expect(first?["token"]?.string == "Hi")
        #expect(first?["logprob"]?.double == -0.0011)
        #expect(first?["bytes"]?.array?.compactMap { $0.integer(UInt8.self) } == [72, 105])
        #expect(first?["top_logprobs"]?[1]?["bytes"] == .null)
        #expect(tree["usage"]?["seed"]?.integer(UInt64.self) == .max)
        #expect(tree["usage"]?["seed"]?.integer(Int64.self) == nil)
        #expect(tree["created"]?.double == 1.7e9)
        #expect(tree["missing"] == nil && tree["choices"]?[1] == nil && tree["id"]?[0] == nil)
        // Numbers are kept as written until asked.
        #expect(first?["logprob"] == .numeral("-0.0011"))
    }

    /// Written by the report's writer and read back, a tree is the same tree, compact or pretty.
    @Test func theWriterAndTheReaderRoundTrip() throws {
        let tree = try JSONValue.read(Array(Self.completion.utf8))
        #expect(try JSONValue.read(Array(tree.compact.utf8)) == tree)
        #expect(try JSONValue.read(Array(tree.pretty.utf8)) == tree)
        // Strings the writer escapes (controls, bidi, separators) come back as they were.
        let awkward = JSONValue.object([JSONField("k\u{1B}[2J\u{202E}", .array([.string("tab\there\u{0}\u{85}\u{2028}é🙂"), .numeral("-0.0"), .bool(false), .null, .object([])]))])
        #expect(try JSONValue.read(Array(awkward.compact.utf8)) == awkward)
    }

    @Test func theNodeBudgetIsChecked() {
        // The array is the first node: its 1000th element (column 2000) is node 1001.
        let many = "[" + Array(repeating: "0", count: 1000).joined(separator: ",") + "]"
        #expect(throws: JSONError("more than 1000 values to hold whole (the most logitscope reads)", line: 1, column: 2000, isSyntax: false)) {
            try JSONValue.read(Array(many.utf8), maximumNodes: 1000)
        }
        // Exactly enough is fine.
        #expect((try? JSONValue.read(Array(many.utf8), maximumNodes: 1001))?.array?.count == 1000)
    }

    @Test func aKeyTwiceIsRefusedInATree() {
        #expect(throws: JSONError("\"a\" appears twice", line: 1, column: 17, isSyntax: false)) {
            try JSONValue.read(Array(#"{"a": {"a": 1}, "a": 2}"#.utf8))
        }
    }

    @Test func treesAreAsDeepAsTheScannerAllows() throws {
        let ok = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        var value = try JSONValue.read(Array(ok.utf8))
        var depth = 0
        while case .array(let items) = value, let inner = items.first { value = inner; depth += 1 }
        #expect(depth == 127)
        #expect(throws: JSONError("nested more than 128 deep (the most logitscope reads)", line: 1, column: 129, isSyntax: false)) {
            try JSONValue.read(Array(("[" + ok + "]").utf8))
        }
    }
}

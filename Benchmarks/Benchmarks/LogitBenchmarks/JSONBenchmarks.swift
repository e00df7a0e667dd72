import Benchmark
import LogitCore

#if canImport(Glibc)
import Glibc
#endif

/// The JSON scanner on a HuggingFace-sized `tokenizer.json` (issue 10's goal: a 10 MB one read
/// quickly): every key and value walked as a tokenizer reader will, the 128k-entry `model.vocab`
/// object of token → id and the `model.merges` array of strings, nothing built as a tree but the
/// small sections around them. `scripts/bench-compare` writes the file with Python (named by
/// LOGITSCOPE_BENCH_TOKENIZER) and times `json.load` on it in the same run.
func jsonBenchmarks(duration: Duration, iterations: Int) {
    Benchmark("tokenizer.json 10 MB scan", configuration: .init(maxDuration: duration, maxIterations: iterations)) { benchmark in
        let bytes = TokenizerData.bytes()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try TokenizerData.walk(bytes))
        }
    }
}

enum TokenizerData {
    /// What a tokenizer reader needs from the file: the vocabulary's size and largest id, the merges.
    struct Walked {
        var tokens = 0
        var largestID = 0
        var merges = 0
        var otherValues = 0
    }

    static func walk(_ bytes: [UInt8]) throws(JSONError) -> Walked {
        var walked = Walked()
        var s = JSONScanner(bytes)
        try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
            guard key == "model" else {
                if case .array(let items) = try s.readValue() { walked.otherValues += items.count }
                return
            }
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                switch key {
                case "vocab":
                    try s.readObject { (s: inout JSONScanner, token: String) throws(JSONError) in
                        walked.tokens += token.isEmpty ? 0 : 1
                        walked.largestID = max(walked.largestID, try s.readInteger(Int.self, noun: "token id"))
                    }
                case "merges":
                    try s.readArray { (s: inout JSONScanner, _: Int) throws(JSONError) in
                        walked.merges += try s.readString().isEmpty ? 0 : 1
                    }
                default:
                    _ = try s.readValue()
                    walked.otherValues += 1
                }
            }
        }
        try s.finish()
        return walked
    }

    /// The file bench-compare wrote, or one made here to the same recipe.
    static func bytes() -> [UInt8] {
        if let path = getenv("LOGITSCOPE_BENCH_TOKENIZER").map({ String(cString: $0) }), let f = fopen(path, "rb") {
            defer { fclose(f) }
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while case let n = fread(&chunk, 1, chunk.count, f), n > 0 { out += chunk[..<n] }
            return out
        }
        return Array(generated().utf8)
    }

    /// 128,256 tokens (byte-level BPE style: a `Ġ` for a leading space, some accented or CJK
    /// letters, some escapes) and 450,000 merges, 10.3 MB: about the size of Llama 3's file (9 MB).
    static func generated() -> String {
        var g = SplitMix64(seed: 11)
        func pick(_ n: Int) -> Int { Int(g.next() % UInt64(n)) }
        let letters: [String] = "abcdefghijklmnopqrstuvwxyzéü中文".map(String.init) + ["\\n", "\\\"", "\\u00e9"]
        func piece() -> String { (0..<(1 + pick(7))).map { _ in letters[pick(letters.count)] }.joined() }
        var out = #"{"version": "1.0", "truncation": null, "padding": null, "added_tokens": [{"id": 128000, "content": "<|begin_of_text|>", "special": true}], "#
        out += #""normalizer": null, "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false}, "model": {"type": "BPE", "dropout": null, "#
        out += #""vocab": {"#
        for id in 0..<128_256 {
            if id > 0 { out += ", " }
            let space = pick(2) == 0 ? "Ġ" : ""
            out += "\"\(space)\(piece())\(id)\": \(id)"
        }
        out += #"}, "merges": ["#
        for k in 0..<450_000 {
            if k > 0 { out += ", " }
            out += "\"\(piece()) \(piece())\""
        }
        out += "]}}"
        return out
    }
}

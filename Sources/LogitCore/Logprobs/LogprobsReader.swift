import RealModule

/// Reads the `logprobs` of an API response, recognized by content (`--file`):
///
/// - an OpenAI chat completion: `choices[i].logprobs.content[]`, each `{token, logprob, bytes,
///   top_logprobs: [{token, logprob, bytes}]}`;
/// - a legacy completion: `choices[i].logprobs` with `tokens`, `token_logprobs` and
///   `top_logprobs` (one map of token → logprob per step);
/// - a llama.cpp `/completion` response: `completion_probabilities[]`, each `{id, token, logprob,
///   bytes, top_logprobs: [{id, token, logprob, bytes}]}`, or with `post_sampling_probs` set
///   `prob` and `top_probs` (probabilities after its sampler);
/// - the bare `logprobs` object, or the `content` (or `completion_probabilities`) array, of any
///   of them.
///
/// The response is held as a tree (`JSONScanner.readValue`, within its node budget): one is a few
/// thousand tokens with up to 20 alternatives each. A token's text comes from `bytes` when given
/// (`TokenBytes`: UTF-8, and `<0xE2>` for part of a character), else from `token`.
///
/// Refused with the file's name and the place (`choices[0].logprobs.content[3].logprob`): a
/// response without logprobs (asked for without `logprobs: true`), `--choice` out of range, an
/// empty generation, a logprob that is not a number or is positive, bytes that are not 0…255.
public enum LogprobsReader {
    /// True when `bytes` hold a JSON object or array shaped like an API response's logprobs,
    /// judged from its top-level keys (or its first element) without building anything: a logit
    /// file (`{"logits": …}`, `[1, 2]`, `[[…]]`) is not one.
    public static func recognizes(_ bytes: [UInt8]) -> Bool {
        var s = JSONScanner(bytes)
        switch s.next {
        case .object:
            var keys: Set<String> = []
            do throws(JSONError) {
                try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                    keys.insert(key)
                    try s.skipValue()
                }
            } catch {
                // Broken JSON: the key seen so far decide; the reader that takes it names the fault.
            }
            if keys.contains("logits") { return false }
            return keys.contains("choices") || keys.contains("completion_probabilities")
                || keys.contains("content") || (keys.contains("tokens") && keys.contains("token_logprobs"))
        case .array:
            do throws(JSONError) {
                var first = JSONScanner.Kind.end
                try s.readArray { (s: inout JSONScanner, i: Int) throws(JSONError) in
                    if i == 0 { first = s.next }
                    try s.skipValue()
                }
                return first == .object
            } catch {
                return false
            }
        default:
            return false
        }
    }

    public static func read(_ bytes: [UInt8], name: String, choice: Int? = nil) throws(InputError) -> LogprobSequence {
        let root: JSONValue
        do throws(JSONError) {
            root = try JSONValue.read(bytes)
        } catch {
            throw error.inputError(file: name)
        }
        var reader = Reader(name: name)
        return try reader.sequence(root, choice: choice)
    }

    /// The walk over the tree, with the path of each value for messages.
    struct Reader {
        let name: String

        func fail(_ path: String, _ what: String) -> InputError {
            InputError("\(name): \(path.isEmpty ? "" : path + ": ")\(what)")
        }

        mutating func sequence(_ root: JSONValue, choice: Int?) throws(InputError) -> LogprobSequence {
            if let choices = root["choices"] {
                guard let list = choices.array else { throw fail("choices", "not an array") }
                let i = choice ?? 0
                guard !list.isEmpty else { throw fail("choices", "the response has no choices") }
                guard i >= 0 && i < list.count else {
                    throw fail("", "--choice \(i) is out of range: the response has \(list.count) choice\(list.count == 1 ? "" : "s") (0 to \(list.count - 1))")
                }
                let path = "choices[\(i)].logprobs"
                guard let logprobs = list[i]["logprobs"], logprobs != .null else {
                    throw fail("choices[\(i)]", "no logprobs: ask the server with \"logprobs\": true and \"top_logprobs\": N (or \"logprobs\": N for a completion)")
                }
                return try bareLogprobs(logprobs, path: path)
            }
            if choice != nil && choice != 0 {
                throw fail("", "--choice applies to a response with \"choices\"; this one has none")
            }
            if let probs = root["completion_probabilities"] {
                return try llamaCpp(probs, path: "completion_probabilities")
            }
            if case .array = root {
                // A bare content array: chat items have "logprob"/"top_logprobs", llama.cpp's "prob"/"top_probs" or "id".
                if root[0]?["top_probs"] != nil || root[0]?["prob"] != nil || root[0]?["id"] != nil {
                    return try llamaCpp(root, path: "")
                }
                return try chat(root, path: "")
            }
            if root["content"] != nil || root["tokens"] != nil {
                return try bareLogprobs(root, path: "")
            }
            if root["logprobs"] != nil || root["content"] == nil && root["choices"] == nil {
                throw fail("", "no logprobs found: expected \"choices\" (OpenAI), \"completion_probabilities\" (llama.cpp), or a logprobs object")
            }
            throw fail("", "no logprobs found")
        }

        /// `choices[i].logprobs`: chat (`content`) or legacy (`tokens`…).
        mutating func bareLogprobs(_ v: JSONValue, path: String) throws(InputError) -> LogprobSequence {
            if let content = v["content"] {
                if content.string != nil {
                    throw fail(join(path, "content"), "the generated text, with no probabilities: ask llama.cpp with \"n_probs\": N, or an OpenAI server with \"logprobs\": true")
                }
                if content == .null { throw fail(join(path, "content"), "null: the response has no logprobs (was \"logprobs\": true sent?)") }
                return try chat(content, path: join(path, "content"))
            }
            if v["tokens"] != nil { return try legacy(v, path: path) }
            throw fail(path, "neither \"content\" (a chat completion) nor \"tokens\" (a completion): no logprobs to read")
        }

        func chat(_ content: JSONValue, path: String) throws(InputError) -> LogprobSequence {
            guard let items = content.array else { throw fail(path, "not an array") }
            guard !items.isEmpty else { throw fail(path, "empty: the response generated no tokens") }
            var tokens: [LogprobToken] = []
            tokens.reserveCapacity(items.count)
            for (k, item) in items.enumerated() {
                let p = "\(path)[\(k)]"
                let (text, id) = try token(item, path: p)
                let lp = try logprob(item["logprob"], path: p + ".logprob")
                var alternatives: [LogprobToken.Alternative] = []
                if let top = item["top_logprobs"], top != .null {
                    guard let list = top.array else { throw fail(p + ".top_logprobs", "not an array") }
                    for (j, a) in list.enumerated() {
                        let q = "\(p).top_logprobs[\(j)]"
                        let (t, aid) = try token(a, path: q)
                        alternatives.append(.init(text: t, id: aid, logprob: try logprob(a["logprob"], path: q + ".logprob")))
                    }
                }
                tokens.append(LogprobToken(text: text, id: id, logprob: lp, alternatives: alternatives))
            }
            return LogprobSequence(source: .chatCompletion, stage: .unknown, tokens: tokens)
        }

        func legacy(_ v: JSONValue, path: String) throws(InputError) -> LogprobSequence {
            guard let texts = v["tokens"]?.array else { throw fail(join(path, "tokens"), "not an array") }
            guard let lps = v["token_logprobs"]?.array else { throw fail(join(path, "token_logprobs"), "missing or not an array") }
            guard texts.count == lps.count else {
                throw fail(path, "\(texts.count) tokens but \(lps.count) token_logprobs: the counts must match")
            }
            guard !texts.isEmpty else { throw fail(join(path, "tokens"), "empty: the response generated no tokens") }
            let tops = v["top_logprobs"]?.array
            var tokens: [LogprobToken] = []
            for k in texts.indices {
                guard let text = texts[k].string else { throw fail("\(join(path, "tokens"))[\(k)]", "not a string") }
                // The first token of an echoed prompt has no logprob (null).
                let lp = lps[k] == .null ? nil : try logprob(lps[k], path: "\(join(path, "token_logprobs"))[\(k)]")
                var alternatives: [LogprobToken.Alternative] = []
                if let tops, k < tops.count, case .object(let fields) = tops[k] {
                    for f in fields {
                        alternatives.append(.init(text: f.key, logprob: try logprob(f.value, path: "\(join(path, "top_logprobs"))[\(k)].\(JSONScanner.quoted(f.key))")))
                    }
                }
                tokens.append(LogprobToken(text: text, logprob: lp, alternatives: alternatives))
            }
            return LogprobSequence(source: .legacyCompletion, stage: .unknown, tokens: tokens)
        }

        func llamaCpp(_ v: JSONValue, path: String) throws(InputError) -> LogprobSequence {
            guard let items = v.array else { throw fail(path, "not an array") }
            guard !items.isEmpty else { throw fail(path, "empty: the response generated no tokens") }
            var post: Bool?
            var tokens: [LogprobToken] = []
            for (k, item) in items.enumerated() {
                let p = path.isEmpty ? "[\(k)]" : "\(path)[\(k)]"
                let isPost = item["prob"] != nil || item["top_probs"] != nil
                if let post, post != isPost { throw fail(p, "mixes \"prob\" (after sampling) and \"logprob\" (before)") }
                post = isPost
                let (text, id) = try token(item, path: p)
                let own = isPost ? try probability(item["prob"], path: p + ".prob") : try logprob(item["logprob"], path: p + ".logprob")
                var alternatives: [LogprobToken.Alternative] = []
                let key = isPost ? "top_probs" : "top_logprobs"
                if let top = item[key], top != .null {
                    guard let list = top.array else { throw fail("\(p).\(key)", "not an array") }
                    for (j, a) in list.enumerated() {
                        let q = "\(p).\(key)[\(j)]"
                        let (t, aid) = try token(a, path: q)
                        let lp = isPost ? try probability(a["prob"], path: q + ".prob") : try logprob(a["logprob"], path: q + ".logprob")
                        alternatives.append(.init(text: t, id: aid, logprob: lp))
                    }
                }
                tokens.append(LogprobToken(text: text, id: id, logprob: own, alternatives: alternatives))
            }
            return LogprobSequence(source: .llamaCpp, stage: post == true ? .afterSampling : .beforeSampling, tokens: tokens)
        }

        /// The text (from `bytes` when given) and id of a token entry.
        func token(_ v: JSONValue, path: String) throws(InputError) -> (String, Int?) {
            guard case .object = v else { throw fail(path, "not an object") }
            var id: Int?
            if let i = v["id"], i != .null {
                guard let n = i.integer(Int.self), n >= 0 else { throw fail(path + ".id", "not a token id (a whole number from 0)") }
                id = n
            }
            if let b = v["bytes"], b != .null {
                guard let list = b.array else { throw fail(path + ".bytes", "not an array of bytes") }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(list.count)
                for (j, x) in list.enumerated() {
                    guard let n = x.integer(UInt8.self) else { throw fail("\(path).bytes[\(j)]", "not a byte (a whole number from 0 to 255)") }
                    bytes.append(n)
                }
                return (TokenBytes.text(bytes), id)
            }
            guard let t = v["token"]?.string else { throw fail(path + ".token", "missing or not a string") }
            return (t, id)
        }

        /// A log-probability: a number ≤ 0 (a hair above 0 is rounding); −9999 and below are nil.
        func logprob(_ v: JSONValue?, path: String) throws(InputError) -> Double? {
            guard let v, let x = v.double, x.isFinite else { throw fail(path, "missing or not a number") }
            guard x <= 1e-6 else { throw fail(path, "\(formatPlain(x)) is positive: a log-probability is at most 0") }
            return LogprobToken.known(Swift.min(x, 0))
        }

        /// A probability in [0, 1] (llama.cpp's post-sampling `prob`), as its log.
        func probability(_ v: JSONValue?, path: String) throws(InputError) -> Double? {
            guard let v, let x = v.double, x.isFinite else { throw fail(path, "missing or not a number") }
            guard x >= 0 && x <= 1 + 1e-6 else { throw fail(path, "\(formatPlain(x)) is not a probability (0 to 1)") }
            return x == 0 ? nil : Double.log(Swift.min(x, 1))
        }

        func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
    }
}

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
/// The response is walked, not held as one tree: its lists of generated tokens (a chat
/// completion's `content`, llama.cpp's `completion_probabilities`, a bare array) are read one
/// item at a time, each as a small tree (`JSONScanner.readValue` within `itemNodes`) turned into a
/// `LogprobToken` at once; everything else of the response is skipped or, for a legacy
/// completion's parallel lists, held as a tree within the scanner's budget. So a response of
/// 4,096 tokens × 20 alternatives with their bytes (8 MB, over a million JSON values) opens, and
/// costs its tokens; a hostile file is refused at `maximumListed` tokens and alternatives, or at
/// an item of more than `itemNodes` values, with the place named. A token's text comes from
/// `bytes` when given (`TokenBytes`: UTF-8, and `<0xE2>` for part of a character), else from
/// `token`.
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

    /// The most values one generated token's item may hold: 20 alternatives of long tokens with
    /// their bytes are under a thousand.
    public static let itemNodes = 1 << 16
    /// The most generated tokens and listed alternatives together: 2,097,152, a response of
    /// 100,000 tokens with 20 alternatives each (about 100 MB held).
    public static let maximumListed = 1 << 21

    public static func read(_ bytes: [UInt8], name: String, choice: Int? = nil) throws(InputError) -> LogprobSequence {
        var reader = Reader(name: name)
        var outline = Outline()
        do throws(JSONError) {
            var s = JSONScanner(bytes)
            try reader.walk(&s, choice: choice ?? 0, into: &outline)
            try s.finish()
        } catch {
            // An item the walk could not take stopped it: its message, not the stop's.
            if let failure = reader.failure { throw failure }
            throw error.inputError(file: name)
        }
        return try reader.sequence(outline, choice: choice)
    }

    /// What the walk keeps of a response: the parts that decide its kind, and the tokens read.
    struct Outline {
        /// Top-level keys seen, and the root's kind.
        var keys: Set<String> = []
        var rootIsArray = false
        /// `choices`: how many, whether it was an array, and the chosen one's `logprobs` (nil when
        /// absent; `.null` when null), read as `logprobs`.
        var choiceCount = 0
        var choicesIsArray = true
        var chosenLogprobs: JSONValue?
        /// The chosen one's tokens (`content` or `completion_probabilities`, or a bare array).
        var tokens: [LogprobToken] = []
        var source: LogprobSequence.Source = .chatCompletion
        var stage: PartialDistribution.Stage = .unknown
        /// `content` when it was not an array (a string, null, or another kind), to refuse by.
        var contentValue: JSONValue?
        /// A legacy completion's `tokens`, `token_logprobs`, `top_logprobs`.
        var legacy: [String: JSONValue] = [:]
    }

    /// The walk over the document, with the path of each value for messages.
    struct Reader {
        let name: String
        /// Why an item was refused (the walk stops with a JSON error that this replaces).
        var failure: InputError?
        var listed = 0

        func fail(_ path: String, _ what: String) -> InputError {
            InputError("\(name): \(path.isEmpty ? "" : path + ": ")\(what)")
        }

        mutating func walk(_ s: inout JSONScanner, choice: Int, into o: inout Outline) throws(JSONError) {
            switch s.next {
            case .array:
                o.rootIsArray = true
                try items(&s, path: "", kind: nil, into: &o)
            case .object:
                try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                    o.keys.insert(key)
                    switch key {
                    case "choices":
                        guard s.next == .array else {
                            o.choicesIsArray = false
                            _ = try s.skipValue()
                            return
                        }
                        try s.readArray { (s: inout JSONScanner, i: Int) throws(JSONError) in
                            o.choiceCount = i + 1
                            guard i == choice, s.next == .object else { _ = try s.skipValue(); return }
                            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                                guard key == "logprobs" else { _ = try s.skipValue(); return }
                                try logprobs(&s, path: "choices[\(i)].logprobs", into: &o)
                            }
                        }
                    case "completion_probabilities":
                        try items(&s, path: key, kind: .llamaCpp, into: &o)
                    case "content", "tokens", "token_logprobs", "top_logprobs":
                        try logprobsField(&s, key: key, path: "", into: &o)
                    default:
                        _ = try s.skipValue()
                    }
                }
            default:
                _ = try s.readValue(maximumNodes: 1)
            }
        }

        /// `choices[i].logprobs`: an object of `content` (chat) or the legacy lists; anything else
        /// kept as it is, to refuse.
        mutating func logprobs(_ s: inout JSONScanner, path: String, into o: inout Outline) throws(JSONError) {
            guard s.next == .object else {
                o.chosenLogprobs = try s.readValue(maximumNodes: JSONScanner.defaultMaximumNodes)
                return
            }
            o.chosenLogprobs = .object([])
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                try logprobsField(&s, key: key, path: path, into: &o)
            }
        }

        /// One field of a logprobs object (or of the root, for a bare one).
        mutating func logprobsField(_ s: inout JSONScanner, key: String, path: String, into o: inout Outline) throws(JSONError) {
            switch key {
            case "content":
                if s.next == .array {
                    try items(&s, path: join(path, "content"), kind: .chatCompletion, into: &o)
                } else {
                    o.contentValue = try s.readValue(maximumNodes: JSONScanner.defaultMaximumNodes)
                }
            case "tokens", "token_logprobs", "top_logprobs":
                o.legacy[key] = try s.readValue(maximumNodes: JSONScanner.defaultMaximumNodes)
            default:
                _ = try s.skipValue()
            }
        }

        /// A list of generated tokens, each item read and turned into a token at once; `kind` nil
        /// for a bare array, decided by its first item.
        mutating func items(_ s: inout JSONScanner, path: String, kind: LogprobSequence.Source?, into o: inout Outline) throws(JSONError) {
            guard s.next == .array else {
                failure = fail(path, "not an array")
                throw s.error("stop")
            }
            // One list per response (llama.cpp's has a `content` string beside its own list).
            guard o.tokens.isEmpty else {
                _ = try s.skipValue()
                return
            }
            var kind = kind
            var post: Bool?
            try s.readArray { (s: inout JSONScanner, k: Int) throws(JSONError) in
                let item = try s.readValue(maximumNodes: LogprobsReader.itemNodes)
                if kind == nil {
                    kind = item["top_probs"] != nil || item["prob"] != nil || item["id"] != nil ? .llamaCpp : .chatCompletion
                }
                do throws(InputError) {
                    let p = path.isEmpty ? "[\(k)]" : "\(path)[\(k)]"
                    let token = kind == .llamaCpp ? try llamaCpp(item, path: p, post: &post) : try chat(item, path: p)
                    listed += 1 + token.alternatives.count
                    guard listed <= LogprobsReader.maximumListed else {
                        throw fail(p, "more than \(LogprobsReader.maximumListed) generated tokens and listed alternatives (the most logitscope reads)")
                    }
                    o.tokens.append(token)
                } catch {
                    failure = error
                    throw s.error("stop")
                }
            }
            if o.tokens.isEmpty {
                failure = fail(path, "empty: the response generated no tokens")
                throw s.error("stop")
            }
            o.source = kind ?? .chatCompletion
            o.stage = kind == .llamaCpp ? (post == true ? .afterSampling : .beforeSampling) : .unknown
        }

        func sequence(_ o: Outline, choice: Int?) throws(InputError) -> LogprobSequence {
            let read = LogprobSequence(source: o.source, stage: o.stage, tokens: o.tokens)
            if o.keys.contains("choices") {
                guard o.choicesIsArray else { throw fail("choices", "not an array") }
                let i = choice ?? 0
                guard o.choiceCount > 0 else { throw fail("choices", "the response has no choices") }
                guard i >= 0 && i < o.choiceCount else {
                    throw fail("", "--choice \(i) is out of range: the response has \(o.choiceCount) choice\(o.choiceCount == 1 ? "" : "s") (0 to \(o.choiceCount - 1))")
                }
                guard let logprobs = o.chosenLogprobs, logprobs != .null else {
                    throw fail("choices[\(i)]", "no logprobs: ask the server with \"logprobs\": true and \"top_logprobs\": N (or \"logprobs\": N for a completion)")
                }
                return try bare(o, read, logprobs: logprobs, path: "choices[\(i)].logprobs")
            }
            if choice != nil && choice != 0 {
                throw fail("", "--choice applies to a response with \"choices\"; this one has none")
            }
            if o.keys.contains("completion_probabilities") || o.rootIsArray { return read }
            if o.keys.contains("content") || o.keys.contains("tokens") {
                return try bare(o, read, logprobs: .object([]), path: "")
            }
            throw fail("", "no logprobs found: expected \"choices\" (OpenAI), \"completion_probabilities\" (llama.cpp), or a logprobs object")
        }

        /// A logprobs object: chat (`content`, read by the walk) or legacy (`tokens`…).
        func bare(_ o: Outline, _ read: LogprobSequence, logprobs: JSONValue, path: String) throws(InputError) -> LogprobSequence {
            guard case .object = logprobs else { throw fail(path, "neither \"content\" (a chat completion) nor \"tokens\" (a completion): no logprobs to read") }
            if !read.tokens.isEmpty { return read }
            if let content = o.contentValue {
                if content.string != nil {
                    throw fail(join(path, "content"), "the generated text, with no probabilities: ask llama.cpp with \"n_probs\": N, or an OpenAI server with \"logprobs\": true")
                }
                if content == .null { throw fail(join(path, "content"), "null: the response has no logprobs (was \"logprobs\": true sent?)") }
                throw fail(join(path, "content"), "not an array")
            }
            if let tokens = o.legacy["tokens"] { return try legacy(tokens, o.legacy, path: path) }
            throw fail(path, "neither \"content\" (a chat completion) nor \"tokens\" (a completion): no logprobs to read")
        }

        /// One item of a chat completion's `content`.
        func chat(_ item: JSONValue, path p: String) throws(InputError) -> LogprobToken {
            let (text, id) = try token(item, path: p)
            let lp = try logprob(item["logprob"], path: p + ".logprob")
            var alternatives: [LogprobToken.Alternative] = []
            if let top = item["top_logprobs"], top != .null {
                guard let list = top.array else { throw fail(p + ".top_logprobs", "not an array") }
                alternatives.reserveCapacity(list.count)
                for (j, a) in list.enumerated() {
                    let q = "\(p).top_logprobs[\(j)]"
                    let (t, aid) = try token(a, path: q)
                    alternatives.append(.init(text: t, id: aid, logprob: try logprob(a["logprob"], path: q + ".logprob")))
                }
            }
            return LogprobToken(text: text, id: id, logprob: lp, alternatives: alternatives)
        }

        func legacy(_ tokenList: JSONValue, _ v: [String: JSONValue], path: String) throws(InputError) -> LogprobSequence {
            guard let texts = tokenList.array else { throw fail(join(path, "tokens"), "not an array") }
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

        /// One item of llama.cpp's `completion_probabilities`; `post` is what the items before
        /// it were (after sampling: `prob`), which every item must agree with.
        func llamaCpp(_ item: JSONValue, path p: String, post: inout Bool?) throws(InputError) -> LogprobToken {
            let isPost = item["prob"] != nil || item["top_probs"] != nil
            if let post, post != isPost { throw fail(p, "mixes \"prob\" (after sampling) and \"logprob\" (before)") }
            post = isPost
            let (text, id) = try token(item, path: p)
            let own = isPost ? try probability(item["prob"], path: p + ".prob") : try logprob(item["logprob"], path: p + ".logprob")
            var alternatives: [LogprobToken.Alternative] = []
            let key = isPost ? "top_probs" : "top_logprobs"
            if let top = item[key], top != .null {
                guard let list = top.array else { throw fail("\(p).\(key)", "not an array") }
                alternatives.reserveCapacity(list.count)
                for (j, a) in list.enumerated() {
                    let q = "\(p).\(key)[\(j)]"
                    let (t, aid) = try token(a, path: q)
                    let lp = isPost ? try probability(a["prob"], path: q + ".prob") : try logprob(a["logprob"], path: q + ".logprob")
                    alternatives.append(.init(text: t, id: aid, logprob: lp))
                }
            }
            return LogprobToken(text: text, id: id, logprob: own, alternatives: alternatives)
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

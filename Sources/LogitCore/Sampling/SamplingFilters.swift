/// The truncation filters of sampling, with HuggingFace's semantics and in its order after
/// temperature: top-k, then top-p, then min-p (transformers `GenerationMixin._get_logits_processor`
/// appends `TopKLogitsWarper`, `TopPLogitsWarper`, `MinPLogitsWarper` in that order). nil leaves a
/// filter off. Built only through the validating initializer, so a value is always usable.
public struct SamplingFilters: Sendable, Equatable, Hashable {
    public let topK: Int?
    public let topP: Double?
    public let minP: Double?

    /// Every filter off: all tokens kept.
    public static let none = SamplingFilters(unchecked: nil, nil, nil)

    public init(topK: Int? = nil, topP: Double? = nil, minP: Double? = nil) throws(InputError) {
        self.topK = try topK.map { (k: Int) throws(InputError) -> Int in try Self.validTopK(k) }
        self.topP = try topP.map { (p: Double) throws(InputError) -> Double in try Self.validTopP(p) }
        self.minP = try minP.map { (p: Double) throws(InputError) -> Double in try Self.validMinP(p) }
    }

    private init(unchecked topK: Int?, _ topP: Double?, _ minP: Double?) {
        self.topK = topK
        self.topP = topP
        self.minP = minP
    }

    /// True when at least one filter is on.
    public var isActive: Bool { topK != nil || topP != nil || minP != nil }

    // MARK: - Validation (the command line's and the explorer's fields share these messages)

    /// k ≥ 1 (HF: "`top_k` has to be a strictly positive integer"). k = 1 is greedy, up to ties.
    public static func validTopK(_ k: Int) throws(InputError) -> Int {
        guard k >= 1 else { throw InputError("top-k is \(k): it must be a whole number of at least 1 (1 keeps only the most likely token)") }
        return k
    }

    /// 0 < p ≤ 1. HF accepts 0 too, where the rule keeps one token; logitscope asks for top-k 1 instead.
    public static func validTopP(_ p: Double) throws(InputError) -> Double {
        guard p > 0 && p <= 1 else {
            throw InputError("top-p is \(p.isNaN ? "NaN" : formatPlain(p)): it must be a probability mass greater than 0 and at most 1")
        }
        return p
    }

    /// 0 ≤ min_p ≤ 1 (HF: "`min_p` has to be a float in the [0, 1] interval").
    public static func validMinP(_ p: Double) throws(InputError) -> Double {
        guard p >= 0 && p <= 1 else {
            throw InputError("min-p is \(p.isNaN ? "NaN" : formatPlain(p)): it must be between 0 and 1")
        }
        return p
    }

    /// Parses `--top-k` as typed.
    public static func topK(_ text: String) throws(InputError) -> Int {
        let t = Substring(text).trimmingBlanks()
        guard let k = Int(t) else {
            throw InputError("top-k \"\(t.escapedForMessage)\" is not a whole number")
        }
        return try validTopK(k)
    }

    /// Parses `--top-p` as typed.
    public static func topP(_ text: String) throws(InputError) -> Double {
        let t = Substring(text).trimmingBlanks()
        guard let p = NumberParser.parse(t) else { throw InputError("top-p \"\(t.escapedForMessage)\" is not a number") }
        return try validTopP(p)
    }

    /// Parses `--min-p` as typed.
    public static func minP(_ text: String) throws(InputError) -> Double {
        let t = Substring(text).trimmingBlanks()
        guard let p = NumberParser.parse(t) else { throw InputError("min-p \"\(t.escapedForMessage)\" is not a number") }
        return try validMinP(p)
    }

    /// The filters in force, as `--json` reports them (`{"top_k": 50, "top_p": 0.9, "min_p": null}`).
    public var jsonFields: [(key: String, value: Double?)] {
        [("top_k", topK.map(Double.init)), ("top_p", topP), ("min_p", minP)]
    }
}

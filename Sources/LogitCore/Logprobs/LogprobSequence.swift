import RealModule

/// The tokens an API generated, each with the alternatives the server listed: what an
/// OpenAI-compatible server's `logprobs` (OpenAI, vLLM, llama.cpp, Ollama) say about a generation.
/// Only the top few alternatives of each step are known, so each step is a partial distribution
/// (`PartialDistribution`): the listed ones, and the rest of the mass.
public struct LogprobSequence: Sendable, Equatable {
    /// Which schema the file followed.
    public enum Source: String, Sendable, Equatable {
        case chatCompletion = "OpenAI chat completion"
        case legacyCompletion = "OpenAI completion"
        case llamaCpp = "llama.cpp completion"
    }

    public var source: Source
    /// Whether the probabilities were taken before or after the server's sampler (its
    /// temperature, top-k, top-p…), when the file tells (llama.cpp's `post_sampling_probs`).
    public var stage: PartialDistribution.Stage
    public var tokens: [LogprobToken]

    public init(source: Source, stage: PartialDistribution.Stage, tokens: [LogprobToken]) {
        self.source = source
        self.stage = stage
        self.tokens = tokens
    }
}

/// One generated token and the alternatives listed for its step.
public struct LogprobToken: Sendable, Equatable {
    /// The produced token's text (from `bytes` when given).
    public var text: String
    public var id: Int?
    /// Its log-probability; nil when the server said only "below the listed ones" (−9999).
    public var logprob: Double?
    public var alternatives: [Alternative]

    public struct Alternative: Sendable, Equatable {
        public var text: String
        public var id: Int?
        /// nil for −9999 ("below the listed ones").
        public var logprob: Double?

        public init(text: String, id: Int? = nil, logprob: Double?) {
            self.text = text
            self.id = id
            self.logprob = logprob
        }

        /// The same token: by id when both have one, else by text.
        func isSame(as text: String, id: Int?) -> Bool {
            if let id, let own = self.id { return id == own }
            return text == self.text
        }
    }

    public init(text: String, id: Int? = nil, logprob: Double?, alternatives: [Alternative]) {
        self.text = text
        self.id = id
        self.logprob = logprob
        self.alternatives = alternatives
    }

    /// OpenAI writes −9999 for a log-probability below what it lists.
    public static func known(_ logprob: Double) -> Double? {
        logprob <= -9999 ? nil : logprob
    }
}

/// What makes a document's distribution partial: one class (`restIndex`) stands for every token
/// the server did not list, holding 1 − Σp of the listed ones. At T = 1 with no filter the
/// softmax gives back the file's probabilities; temperature and filters apply to the listed
/// alternatives only, renormalized among them (the rest is not a token: it cannot be tempered),
/// and the screen and `--json` say so.
public struct PartialDistribution: Sendable, Equatable {
    public enum Stage: String, Sendable, Equatable {
        case unknown
        /// Probabilities of the model, before the server's sampler.
        case beforeSampling = "before sampling"
        /// After the sampler's temperature and filters (llama.cpp's `post_sampling_probs`).
        case afterSampling = "after sampling"
    }

    public var restIndex: Int
    /// 1 − Σp of the listed alternatives (0 when they sum to 1 or more).
    public var restMass: Double
    /// The classes the server gave −9999 for ("below the listed ones", ascending): their logit is
    /// −inf so that they take no mass of their own (what they have is inside the rest), but they
    /// are not masked classes, and the screen and `--json` say "below listed", never p = 0.
    public var belowListed: [Int] = []
    public var stage: Stage
    public var source: LogprobSequence.Source
    /// The 0-based position of this token in the generation, and how many there are.
    public var position: Int
    public var positions: Int

    public init(restIndex: Int, restMass: Double, stage: Stage, source: LogprobSequence.Source, position: Int, positions: Int) {
        self.restIndex = restIndex
        self.restMass = restMass
        self.stage = stage
        self.source = source
        self.position = position
        self.positions = positions
    }

    /// The label of the rest entry.
    public static let restLabel = "(rest)"
}

extension LogprobSequence {
    /// `position` (`--position`), refused with the file's `name` when the response has no such token.
    public func check(position p: Int, name: String) throws(InputError) -> Int {
        guard p >= 0 else { throw InputError("\(name): position \(p) is negative: generated tokens count from 0") }
        guard p < tokens.count else {
            throw InputError("\(name): position \(p) is out of range: the response has \(tokens.count) generated token\(tokens.count == 1 ? "" : "s") (0 to \(tokens.count - 1))")
        }
        return p
    }

    /// The document of step `position`: the listed alternatives (log p as logits, so the
    /// softmax at T = 1 is their p), the produced token when not among them, and the rest
    /// (log(1 − Σp), −inf when nothing is left). The produced token is the target. A token
    /// known only to be "below the listed ones" gets −inf and is named in `belowListed`: shown,
    /// marked "below listed", with no p of its own.
    public func document(position: Int) -> LogitDocument {
        let t = tokens[position]
        var texts: [String] = []
        var logits: [Double] = []
        var target: Int?
        for a in t.alternatives {
            if target == nil && a.isSame(as: t.text, id: t.id) { target = texts.count }
            texts.append(a.text)
            logits.append(a.logprob ?? -.infinity)
        }
        if target == nil {
            target = texts.count
            texts.append(t.text)
            logits.append(t.logprob ?? -.infinity)
        } else if let i = target, logits[i] == -.infinity, let lp = t.logprob {
            logits[i] = lp
        }
        var listed = CompensatedSum<Double>()
        for z in logits where z > -.infinity { listed.add(Double.exp(z)) }
        // Nothing listed with a probability (every one "below"): all the mass is the rest's.
        let rest = logits.allSatisfy({ $0 == -.infinity }) ? 1 : Swift.max(0, 1 - listed.value)
        let restIndex = texts.count
        texts.append(PartialDistribution.restLabel)
        logits.append(rest > 0 ? Double.log(rest) : -.infinity)
        var d = LogitDocument(logits: logits, labels: LabelList(vocabulary: texts, count: texts.count), target: target)
        d.partial = PartialDistribution(restIndex: restIndex, restMass: rest, stage: stage, source: source,
                                        position: position, positions: tokens.count)
        d.partial?.belowListed = logits.indices.filter { logits[$0] == -.infinity && $0 != restIndex }
        return d
    }
}

extension PartialDistribution {
    /// The `--json` fields of a partial row: `partial` (true), `rest_mass` (1 − Σp of the listed,
    /// as the file gave them), `listed_only` (true when temperature or a filter made the
    /// report's figures over the listed alternatives alone, renormalized: the rest is then 0 in
    /// `softmax`), `below_listed` (the classes the server gave −9999, "below the listed ones":
    /// their −inf and 0 are "unknown, inside the rest", not a masked class), `target_below_listed`
    /// (the produced token is one of them: its `cross_entropy` is unknown, null), `source` (the
    /// response's schema) and, when the file tells, `probabilities` ("before sampling" or "after
    /// sampling"). `position` and `positions` are the rows' (`RowSession.reportFields`).
    public func reportFields(_ document: LogitDocument) -> [JSONField] {
        var fields = [
            JSONField("partial", .bool(true)),
            JSONField("rest_mass", .number(restMass)),
            JSONField("listed_only", .bool(document.renormalizesListedOnly)),
            JSONField("below_listed", .array(document.belowListedClasses.map(JSONValue.integer))),
            JSONField("target_below_listed", .bool(document.target.map(document.isBelowListed) ?? false)),
            JSONField("source", .string(source.rawValue)),
        ]
        if stage != .unknown { fields.append(JSONField("probabilities", .string(stage.rawValue))) }
        return fields
    }

    /// Keeps `belowListed` on its classes when one is inserted at i.
    mutating func classInserted(at i: Int) {
        belowListed = belowListed.map { $0 >= i ? $0 + 1 : $0 }
    }

    /// Keeps `belowListed` on its classes when class i is removed.
    mutating func classRemoved(at i: Int) {
        belowListed = belowListed.compactMap { $0 == i ? nil : ($0 > i ? $0 - 1 : $0) }
    }

    /// What the screen says of a partial row, e.g. `token 3 of 5 · 3 listed + rest 21.0% ·
    /// after sampling`, with `· T and filters: listed only` while they renormalize the listed.
    public func summary(_ document: LogitDocument, percent: (Double) -> String) -> String {
        var parts = ["token \(position) (0–\(positions - 1))", "\(restIndex) listed + rest \(percent(restMass))"]
        if stage != .unknown { parts.append(stage.rawValue) }
        if document.renormalizesListedOnly { parts.append("T, filters on the listed only") }
        return parts.joined(separator: " · ")
    }
}

extension LogitDocument {
    /// True for a class of a partial row that the server gave only as "below the listed ones"
    /// (and that no edit has given a logit since).
    public func isBelowListed(_ i: Int) -> Bool {
        guard let partial, logits.indices.contains(i), logits[i] == -.infinity else { return false }
        return partial.belowListed.contains(i)
    }

    /// The classes `isBelowListed`, ascending.
    public var belowListedClasses: [Int] { partial?.belowListed.filter(isBelowListed) ?? [] }
}

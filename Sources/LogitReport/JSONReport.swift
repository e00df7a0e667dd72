import LogitCore

/// The `--json` report: every quantity of `Analysis`, under the names and in the order PRODUCT.md
/// lists them (`labels` … `perplexity`, then `target`, `cross_entropy`, `gradient` when a target is
/// set), then `warnings` (always, possibly empty) and `class_thresholds` (only when some class has
/// a threshold of its own), then the sampling fields: `filters` (`{"top_k": 50, "top_p": null,
/// "min_p": null}`, the values used, null for a filter that is off), `kept` (the kept indices,
/// ascending) and `filtered_softmax` (renormalized over the kept, exactly 0 for the others) —
/// always, so a script reads them the same way with or without a filter (with none, every class
/// but a masked one is kept); then, when a block size was chosen (`--block`), the online
/// softmax: `online_block`, `online_steps` (one object per block: `start`, `end` (exclusive),
/// `block_max`, `max`, `rescale` (null before there is a sum to rescale), `block_sum`, `sum`),
/// `online_softmax` and `online_ulps` (each class's distance from `softmax`, in ulps of the
/// precision); and `seed` and `samples` (the drawn indices, in order) when draws were asked for
/// (`seed` alone when only `--seed` was given). Scripts read these names; later capabilities
/// append, never rename.
///
/// The online softmax is there only when asked for: its steps are a trace of one way to compute
/// the softmax, shaped by a knob, not a property of the distribution, and two more arrays per
/// class in every report would weigh on a 1M-token vocabulary for nothing.
///
/// Numbers are what the chosen precision produced, held exactly as Doubles: `logits` and
/// `temperature` are the values rounded to the precision (Float16 reports 0.1 as 0.0999755859375),
/// because those are what every other figure was computed from; the command line that reproduces
/// a run holds the values as typed.
///
/// The fields are listed once, in `fields`, with each per-class array as a function of the index:
/// `make` turns them into a `JSONValue` (for tests and small reports), `write` streams them into a
/// `JSONStreamWriter` with no per-class array or tree in between (the CLI's path: a tree of 10M
/// classes took 6.5 GB).
public enum JSONReport {
    public static func make(_ document: LogitDocument, analysis: Analysis) -> JSONValue {
        object(fields(document, analysis: analysis, filtered: document.filters.apply(to: analysis)))
    }

    public static func make(_ state: ExplorerState) -> JSONValue {
        object(fields(state, seed: nil, samples: nil))
    }

    /// The report with the sampling run: `seed`, and `samples` when draws were made.
    public static func make(_ state: ExplorerState, seed: UInt64, samples: [Int]?) -> JSONValue {
        object(fields(state, seed: seed, samples: samples))
    }

    /// The report of `state` (with `seed`, and `samples`, when given) as `make(…).pretty` writes
    /// it, byte for byte, but streamed.
    public static func write(_ state: ExplorerState, seed: UInt64?, samples: [Int]?, to out: inout JSONStreamWriter) {
        let list = fields(state, seed: seed, samples: samples)
        out.append("{\n")
        for (n, field) in list.enumerated() {
            out.append("  ")
            out.string(field.key)
            out.append(": ")
            field.value.write(to: &out)
            out.append(n + 1 < list.count ? ",\n" : "\n")
        }
        out.append("}\n")
    }

    private static func fields(_ state: ExplorerState, seed: UInt64?, samples: [Int]?) -> [Field] {
        var list = fields(state.document, analysis: state.analysis, filtered: state.filtered)
        // A file of rows: position, positions, target, tensor, sequence (RowSession.reportFields).
        list += (state.rows?.reportFields(state) ?? []).map { Field($0.key, .value($0.value)) }
        // A file of rows with targets: the dataset's calibration at the report's temperature.
        if let session = state.rows,
           let report = session.tensor?.calibrationReport(temperature: state.document.temperature, bins: session.calibrationBins) {
            list.append(Field("calibration", .value(report.json)))
        }
        // One step of an API's logprobs: partial, rest_mass, listed_only, below_listed,
        // target_below_listed, source, probabilities (PartialDistribution.reportFields).
        list += (state.document.partial?.reportFields(state.document) ?? []).map { Field($0.key, .value($0.value)) }
        if let seed { list.append(Field("seed", .value(.unsigned(seed)))) }
        if let samples {
            list.append(Field("samples", .integers(samples.count) { samples[$0] }))
        }
        return list
    }

    private static func fields(_ document: LogitDocument, analysis a: Analysis, filtered: FilteredDistribution) -> [Field] {
        let n = a.count
        let labels = document.labels
        let naive = a.naive
        var list: [Field] = [
            Field("labels", .strings(labels.count) { labels[$0] }),
            Field("logits", .numbers(a.logits.count) { a.logits[$0] }),
            Field("temperature", .value(.number(a.temperature))),
            Field("precision", .value(.string(document.precision.rawValue))),
            Field("argmax", .value(.integer(a.argmax))),
            Field("softmax", .numbers(n, a.softmax(at:))),
            Field("log_softmax", .numbers(n, a.logSoftmax(at:))),
            Field("logsumexp", .value(.number(a.logsumexp))),
            Field("naive_softmax", .numbers(n, naive.softmax(at:))),
            Field("sigmoid", .numbers(n, a.sigmoid(at:))),
            Field("threshold", .value(.number(document.threshold))),
            // The same formula Analysis uses per class, T · logit(τ), for the global threshold.
            Field("logit_threshold", .value(.number(a.temperature * logit(probability: document.threshold)))),
            Field("above_threshold", .bools(n, a.isAboveThreshold(at:))),
            Field("entropy_nats", .value(.number(a.entropyNats))),
            Field("entropy_bits", .value(.number(a.entropyBits))),
            Field("perplexity", .value(.number(a.perplexity))),
        ]
        if let t = document.target, document.isBelowListed(t) {
            // The produced token of a partial row that the server gave only as "below the listed
            // ones": its probability, and so its loss, is unknown (not p = 0, not an infinite loss).
            list.append(Field("target", .value(.integer(t))))
            list.append(Field("cross_entropy", .value(.null)))
            list.append(Field("gradient", .value(.null)))
        } else if let t = document.target, let ce = a.crossEntropy, a.gradient(at: 0) != nil {
            list.append(Field("target", .value(.integer(t))))
            list.append(Field("cross_entropy", .value(.number(ce))))
            list.append(Field("gradient", .numbers(n) { a.gradient(at: $0)! }))
        }
        list.append(Field("warnings", .value(.array(a.warnings.map { .string($0.text(labels: document.labels)) }))))
        if document.classThresholds.hasOwn {
            // The threshold in force for each class (its own, or the global one): the τ that
            // `above_threshold` was decided against.
            list.append(Field("class_thresholds", .numbers(n, a.threshold(at:))))
        }
        let f = document.filters
        list.append(Field("filters", .value(.object([
            JSONField("top_k", f.topK.map(JSONValue.integer) ?? .null),
            JSONField("top_p", f.topP.map(JSONValue.number) ?? .null),
            JSONField("min_p", f.minP.map(JSONValue.number) ?? .null),
        ]))))
        let kept = filtered.kept, filteredSoftmax = filtered.filteredSoftmax
        list.append(Field("kept", .integers(kept.count) { kept[$0] }))
        list.append(Field("filtered_softmax", .numbers(filteredSoftmax.count) { filteredSoftmax[$0] }))
        if let block = document.onlineBlock {
            let online = OnlineSoftmax(a, block: block)
            let steps = online.steps
            list.append(Field("online_block", .value(.integer(online.block))))
            list.append(Field("online_steps", .values(steps.count) { k in
                let s = steps[k]
                return .object([
                    JSONField("start", .integer(s.range.lowerBound)), JSONField("end", .integer(s.range.upperBound)),
                    JSONField("block_max", .number(s.blockMax)), JSONField("max", .number(s.max)),
                    JSONField("rescale", s.rescale.map(JSONValue.number) ?? .null),
                    JSONField("block_sum", .number(s.blockSum)), JSONField("sum", .number(s.sum)),
                ])
            }))
            list.append(Field("online_softmax", .numbers(n, online.softmax(at:))))
            list.append(Field("online_ulps", .integers(n, online.ulps(at:))))
        }
        return list
    }

    private static func object(_ list: [Field]) -> JSONValue {
        .object(list.map { JSONField($0.key, $0.value.json) })
    }

    /// One field of the report, its value not yet made: an array is a count and the function of
    /// the index that gives each item.
    private struct Field {
        let key: String
        let value: Value

        init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    private enum Value {
        case value(JSONValue)
        case numbers(Int, (Int) -> Double)
        case integers(Int, (Int) -> Int)
        case bools(Int, (Int) -> Bool)
        case strings(Int, (Int) -> String)
        /// An array of small values (objects), each made when written.
        case values(Int, (Int) -> JSONValue)

        var json: JSONValue {
            switch self {
            case .value(let v): v
            case .numbers(let n, let item): .array((0..<n).map { .number(item($0)) })
            case .integers(let n, let item): .array((0..<n).map { .integer(item($0)) })
            case .bools(let n, let item): .array((0..<n).map { .bool(item($0)) })
            case .strings(let n, let item): .array((0..<n).map { .string(item($0)) })
            case .values(let n, let item): .array((0..<n).map(item))
            }
        }

        /// What `json.write` would write, without making `json`.
        func write(to out: inout JSONStreamWriter) {
            switch self {
            case .value(let v): out.value(v)
            case .numbers(let n, let item): out.array(n) { $0.number(item($1)) }
            case .integers(let n, let item): out.array(n) { $0.integer(item($1)) }
            case .bools(let n, let item): out.array(n) { $0.append(item($1) ? "true" : "false") }
            case .strings(let n, let item): out.array(n) { $0.string(item($1)) }
            case .values(let n, let item): out.array(n) { $0.value(item($1)) }
            }
        }
    }
}

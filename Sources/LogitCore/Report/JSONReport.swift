/// The `--json` report: every quantity of `Analysis`, under the names and in the order PRODUCT.md
/// lists them (`labels` … `perplexity`, then `target`, `cross_entropy`, `gradient` when a target is
/// set), then `warnings` (always, possibly empty) and `class_thresholds` (only when some class has
/// a threshold of its own), then the sampling fields: `filters` (`{"top_k": 50, "top_p": null,
/// "min_p": null}`, the values used, null for a filter that is off), `kept` (the kept indices,
/// ascending) and `filtered_softmax` (renormalized over the kept, exactly 0 for the others) —
/// always, so a script reads them the same way with or without a filter (with none, every class
/// but a masked one is kept); and `seed` and `samples` (the drawn indices, in order) when draws
/// were asked for (`seed` alone when only `--seed` was given). Scripts read these names; later
/// capabilities append, never rename.
///
/// Numbers are what the chosen precision produced, held exactly as Doubles: `logits` and
/// `temperature` are the values rounded to the precision (Float16 reports 0.1 as 0.0999755859375),
/// because those are what every other figure was computed from; the command line that reproduces
/// a run holds the values as typed.
public enum JSONReport {
    public static func make(_ document: LogitDocument, analysis: Analysis) -> JSONValue {
        let a = analysis
        var fields: [JSONField] = [
            JSONField("labels", .array(document.labels.map(JSONValue.string))),
            JSONField("logits", numbers(a.logits)),
            JSONField("temperature", .number(a.temperature)),
            JSONField("precision", .string(document.precision.rawValue)),
            JSONField("argmax", .integer(a.argmax)),
            JSONField("softmax", numbers(a.softmax)),
            JSONField("log_softmax", numbers(a.logSoftmax)),
            JSONField("logsumexp", .number(a.logsumexp)),
            JSONField("naive_softmax", numbers(a.naiveSoftmax)),
            JSONField("sigmoid", numbers(a.sigmoid)),
            JSONField("threshold", .number(document.threshold)),
            // The same formula Analysis uses per class, T · logit(τ), for the global threshold.
            JSONField("logit_threshold", .number(a.temperature * logit(probability: document.threshold))),
            JSONField("above_threshold", .array(a.aboveThreshold.map(JSONValue.bool))),
            JSONField("entropy_nats", .number(a.entropyNats)),
            JSONField("entropy_bits", .number(a.entropyBits)),
            JSONField("perplexity", .number(a.perplexity)),
        ]
        if let t = document.target, let ce = a.crossEntropy, let g = a.gradient {
            fields.append(JSONField("target", .integer(t)))
            fields.append(JSONField("cross_entropy", .number(ce)))
            fields.append(JSONField("gradient", numbers(g)))
        }
        fields.append(JSONField("warnings", .array(a.warnings.map { .string($0.description) })))
        if document.classThresholds.contains(where: { $0 != nil }) {
            // The threshold in force for each class (its own, or the global one): the τ that
            // `above_threshold` was decided against.
            fields.append(JSONField("class_thresholds", numbers(a.thresholds)))
        }
        let filtered = document.filters.apply(to: a)
        let f = document.filters
        fields.append(JSONField("filters", .object([
            JSONField("top_k", f.topK.map(JSONValue.integer) ?? .null),
            JSONField("top_p", f.topP.map(JSONValue.number) ?? .null),
            JSONField("min_p", f.minP.map(JSONValue.number) ?? .null),
        ])))
        fields.append(JSONField("kept", .array(filtered.kept.map(JSONValue.integer))))
        fields.append(JSONField("filtered_softmax", numbers(filtered.filteredSoftmax)))
        return .object(fields)
    }

    public static func make(_ state: ExplorerState) -> JSONValue {
        make(state.document, analysis: state.analysis)
    }

    /// The report with the sampling run: `seed`, and `samples` when draws were made.
    public static func make(_ state: ExplorerState, seed: UInt64, samples: [Int]?) -> JSONValue {
        guard case .object(var fields) = make(state) else { return make(state) }
        fields.append(JSONField("seed", .unsigned(seed)))
        if let samples { fields.append(JSONField("samples", .array(samples.map(JSONValue.integer)))) }
        return .object(fields)
    }

    private static func numbers(_ xs: [Double]) -> JSONValue {
        .array(xs.map(JSONValue.number))
    }
}

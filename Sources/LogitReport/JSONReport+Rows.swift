import LogitCore

extension RowSession {
    /// The `--json` fields of a file of rows, after the report's own: `position`, `positions`,
    /// `target` (null when the open row has none; when it has one the report already holds it),
    /// `tensor` (the tensor or member, null for a `.npy`) and `sequence`, one object per row:
    /// `{"target": id or null, "chosen": the target or else the argmax, "text": the chosen token's
    /// label, "logprob": its log-probability, "rank": its 1-based rank, "entropy_nats": H}`.
    public func reportFields(_ state: ExplorerState) -> [JSONField] {
        let labels = state.document.labels
        var fields = [
            JSONField("position", .integer(position)),
            JSONField("positions", .integer(rows.rowCount)),
        ]
        if state.document.target == nil { fields.append(JSONField("target", .null)) }
        fields.append(JSONField("tensor", rows.tensorName.map(JSONValue.string) ?? .null))
        fields.append(JSONField("sequence", .array(sequence(state).map { f in
            .object([
                JSONField("target", f.target.map(JSONValue.integer) ?? .null),
                JSONField("chosen", .integer(f.chosen)),
                JSONField("text", labels.indices.contains(f.chosen) ? .string(labels[f.chosen]) : .null),
                JSONField("logprob", .number(f.logprob)),
                JSONField("rank", .integer(f.rank)),
                JSONField("entropy_nats", .number(f.entropyNats)),
            ])
        })))
        return fields
    }
}

import LogitCore

extension RowSession {
    /// The `--json` fields of a file of rows, after the report's own: `position`, `positions`,
    /// `target` (null when the open row has none; when it has one the report already holds it),
    /// `tensor` (the tensor or member, null for a `.npy`; absent for an API response) and
    /// `sequence`, one object per row: `{"target": id or null, "chosen": the target or else the
    /// argmax, "text": the chosen token's label, "logprob": its log-probability, "rank": its
    /// 1-based rank, "entropy_nats": H}`; a response's token adds `"partial": true` and
    /// `"rest_mass"`, and when the produced token is one the server gave only as "below the
    /// listed ones", `"below_listed": true` with `logprob` and `rank` null (unknown).
    public func reportFields(_ state: ExplorerState) -> [JSONField] {
        let labels = state.document.labels
        var fields = [
            JSONField("position", .integer(position)),
            JSONField("positions", .integer(rowCount)),
        ]
        if state.document.target == nil { fields.append(JSONField("target", .null)) }
        if let tensor { fields.append(JSONField("tensor", tensor.tensorName.map(JSONValue.string) ?? .null)) }
        fields.append(JSONField("sequence", .array(sequence(state).enumerated().map { r, f in
            let text = self.text(ofRow: r, chosen: f.chosen, labels: labels)
            var entry = [
                JSONField("target", f.target.map(JSONValue.integer) ?? .null),
                JSONField("chosen", .integer(f.chosen)),
                JSONField("text", text.map(JSONValue.string) ?? .null),
                JSONField("logprob", f.belowListed ? .null : .number(f.logprob)),
                JSONField("rank", f.belowListed ? .null : .integer(f.rank)),
                JSONField("entropy_nats", .number(f.entropyNats)),
            ]
            if let rest = f.restMass {
                entry.append(JSONField("partial", .bool(true)))
                entry.append(JSONField("rest_mass", .number(rest)))
                if f.belowListed { entry.append(JSONField("below_listed", .bool(true))) }
            }
            return .object(entry)
        })))
        return fields
    }
}

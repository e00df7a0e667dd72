extension RowSession {
    /// Every row's figures at the temperature and precision of `state` (the report's), with no
    /// filter: the file's rows, except the open one, which is the document as it stands (its
    /// `--edits` included), so `sequence[position]` agrees with the report's own fields.
    public func sequence(_ state: ExplorerState) -> [RowFigures] {
        let d = state.document
        var buffer: [Double] = []
        return (0..<rows.rowCount).map { r in
            if r == position {
                let a = state.analysis
                let chosen = d.target ?? a.argmax
                return RowFigures(entropyNats: a.entropyNats, target: d.target, chosen: chosen,
                                  logprob: a.logSoftmax(at: chosen), rank: LogitRows.rank(of: chosen, in: a.logits),
                                  argmax: a.argmax)
            }
            var f = rows.figures(row: r, temperature: d.temperature, precision: d.precision, buffer: &buffer)
            if let kept = kept[r] {
                // A row left with edits reports them too.
                let a = Analysis(AnalysisInput(logits: kept.logits, temperature: d.temperature, precision: d.precision, target: kept.target))
                let chosen = kept.target ?? a.argmax
                f = RowFigures(entropyNats: a.entropyNats, target: kept.target, chosen: chosen, logprob: a.logSoftmax(at: chosen),
                               rank: LogitRows.rank(of: chosen, in: a.logits), argmax: a.argmax)
            }
            return f
        }
    }
}

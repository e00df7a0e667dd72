extension RowSession {
    /// Every row's figures at the temperature and precision of `state` (the report's), with no
    /// filter: the file's rows, except the open one, which is the document as it stands (its
    /// `--edits` included), so `sequence[position]` agrees with the report's own fields.
    public func sequence(_ state: ExplorerState) -> [RowFigures] {
        let d = state.document
        var buffer: [Double] = []
        return (0..<rowCount).map { r in
            if r == position {
                // The report's own analysis (filters act after it), but for a partial row under a
                // filter, whose analysis leaves out the rest: the sequence has no filter.
                var open = d
                open.filters = .none
                let filtered = d.partial != nil && d.filters.isActive
                return RowFigures(open, analysis: filtered ? Analysis(open.analysisInput) : state.analysis)
            }
            guard let kept = kept[r] else {
                return source.figures(row: r, temperature: d.temperature, precision: d.precision, buffer: &buffer)
            }
            // A row left with edits reports them too.
            var row = d
            row.filters = .none
            row.take(kept.content)
            return RowFigures(row, analysis: Analysis(row.analysisInput))
        }
    }
}

extension RowSession {
    /// The text of class `chosen` of row r: for the open row from `labels` (the document's), for
    /// a row left with edits from its kept classes, else as the file gives the row.
    public func text(ofRow r: Int, chosen: Int, labels: LabelList) -> String? {
        if r == position { return labels.name(at: chosen) }
        if let own = kept[r]?.classes?.labels { return own.name(at: chosen) }
        return source.text(ofRow: r, chosen: chosen, labels: labels)
    }
}

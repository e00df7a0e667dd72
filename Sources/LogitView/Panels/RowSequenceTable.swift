import LogitCore

/// `--print` of a file of rows: below the open row's panels, every row in one line — its target
/// (or `-`, the argmax then standing for the chosen token), the chosen token's label, its
/// log-probability and 1-based rank, and the row's entropy, at the report's temperature and
/// precision with no filter (`RowSession.sequence`, the figures `--json` reports), the open row
/// marked.
enum RowSequenceTable {
    static func height(_ state: ExplorerState) -> Int {
        state.rows.map { $0.rowCount + 2 } ?? 0
    }

    static func draw(_ state: ExplorerState, y: Int, width: Int, options: RenderOptions, on screen: inout Screen) {
        guard let session = state.rows else { return }
        let u = options.unicode
        let g = Glyphs(options)
        let what: String
        switch session.source {
        case .tensor(let rows):
            what = [rows.tensorName.map { "tensor \($0)" }, "shape \(rows.shapeDescription)", rows.elementType.precision.rawValue]
                .compactMap { $0 }.joined(separator: ", ")
        case .logprobs(let sequence):
            what = "\(sequence.source.rawValue), the listed alternatives + rest"
        }
        screen.write("Rows: \(session.rowCount) (\(what)), T = \(NumberFormat.number(state.analysis.temperature).text), \(state.document.precision.displayName), no filter",
                     x: 1, y: y, style: Theme.heading, maxWidth: width - 2, unicode: u)
        let columns = (row: 2, target: 8, token: 17, logprob: width - 30, rank: width - 20, entropy: width - 12)
        screen.writeRight("ROW", x: columns.row, y: y + 1, width: 5, style: Theme.heading)
        screen.writeRight("TARGET", x: columns.target, y: y + 1, width: 8, style: Theme.heading)
        screen.write("TOKEN", x: columns.token + 1, y: y + 1, style: Theme.heading)
        screen.writeRight("LOGPROB", x: columns.logprob, y: y + 1, width: 10, style: Theme.heading)
        screen.writeRight("RANK", x: columns.rank, y: y + 1, width: 7, style: Theme.heading)
        screen.writeRight("H NATS", x: columns.entropy, y: y + 1, width: 10, style: Theme.heading)
        let labels = state.document.labels
        for (r, f) in session.sequence(state).enumerated() {
            let line = y + 2 + r
            if r == session.position { screen.write(g.selection, x: 1, y: line, style: Style(bold: true), maxWidth: 1) }
            screen.writeRight(String(r), x: columns.row, y: line, width: 5)
            screen.writeRight(f.target.map(String.init) ?? "-", x: columns.target, y: line, width: 8, style: f.target == nil ? Theme.hint : .plain)
            let label = session.text(ofRow: r, chosen: f.chosen, labels: labels) ?? "?"
            screen.write(label, x: columns.token + 1, y: line, style: f.target == nil ? Theme.hint : Theme.target,
                         maxWidth: max(columns.logprob - columns.token - 2, 1), unicode: u)
            // A produced token the server gave only as "below the listed ones": no logprob, no rank.
            screen.writeRight(f.belowListed ? "below" : NumberFormat.number(f.logprob).text, x: columns.logprob, y: line, width: 10,
                              style: f.belowListed ? Theme.hint : .plain)
            screen.writeRight(f.belowListed ? "-" : String(f.rank), x: columns.rank, y: line, width: 7, style: f.belowListed ? Theme.hint : .plain)
            screen.writeRight(NumberFormat.number(f.entropyNats).text, x: columns.entropy, y: line, width: 10)
        }
    }
}

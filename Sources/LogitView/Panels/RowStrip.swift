import LogitCore

/// The strip over a file of rows: one cell per row (a window of them around the open row when
/// there are more rows than cells), the chosen token's surprisal (−log p) and the row's entropy
/// as sparklines, the open row marked, and below them the chosen tokens' labels running along
/// the rows, the open one highlighted — a generation read as text, with its doubts visible.
///
/// Its figures are the file's rows at T = 1 in Float64 (`RowSession.figures`, made once when the
/// file opened), so they say what the model produced; the first line shows the open row as edited
/// and at the explorer's temperature.
enum RowStrip {
    static let height = 4
    static let labelWidth = 8

    static func draw(_ state: ExplorerState, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        guard let session = state.rows, session.figures.count == session.rows.rowCount,
              rect.height >= height, rect.width > labelWidth + 4 else { return }
        let u = options.unicode
        let rows = session.rows
        let p = session.position
        let a = state.analysis
        let chosen = state.document.target ?? a.argmax
        let label = state.document.labels.indices.contains(chosen) ? state.document.labels[chosen] : "?"
        let surprisal = -a.logSoftmax(at: chosen)
        let what = state.document.target == nil ? "argmax (no target)" : "target"
        var title = "row \(p) of 0–\(rows.rowCount - 1)  \(what) \(chosen) "
        if !u { title = "row \(p) of 0-\(rows.rowCount - 1)  \(what) \(chosen) " }
        var x = rect.x
        x += screen.write(title, x: x, y: rect.y, style: Theme.heading, maxWidth: rect.width, unicode: u)
        x += screen.write("\"\(label)\"", x: x, y: rect.y, style: Theme.target, maxWidth: max(min(24, rect.maxX - x), 0), unicode: u)
        let figures = "  -log p \(NumberFormat.number(surprisal).text)  H \(NumberFormat.number(a.entropyNats).text) nats"
        x += screen.write(figures, x: x, y: rect.y, maxWidth: max(rect.maxX - x, 0), unicode: u)
        if !session.editedRows.isEmpty {
            screen.write("  edited: \(session.editedRows.prefix(6).map(String.init).joined(separator: ","))\(session.editedRows.count > 6 ? "…" : "")",
                         x: x, y: rect.y, style: Theme.warning, maxWidth: max(rect.maxX - x, 0), unicode: u)
        }

        let cells = rect.width - labelWidth
        let first = rows.rowCount <= cells ? 0 : min(max(p - cells / 2, 0), rows.rowCount - cells)
        let shown = min(cells, rows.rowCount)
        let x0 = rect.x + labelWidth
        screen.write("-log p", x: rect.x, y: rect.y + 1, style: Theme.hint, maxWidth: labelWidth, unicode: u)
        screen.write("H nats", x: rect.x, y: rect.y + 2, style: Theme.hint, maxWidth: labelWidth, unicode: u)
        for c in 0..<shown {
            let r = first + c
            let f = session.figures[r]
            let current = r == p
            let s = spark(f.surprisal, scale: session.surprisalScale, unicode: u)
            let h = spark(f.entropyNats, scale: session.entropyScale, unicode: u)
            let style = current ? Theme.selection : (f.target == nil ? Theme.hint : Theme.bar)
            screen.write(s, x: x0 + c, y: rect.y + 1, style: style, maxWidth: 1, unicode: u)
            screen.write(h, x: x0 + c, y: rect.y + 2, style: current ? Theme.selection : Theme.sigmoidBar, maxWidth: 1, unicode: u)
        }
        drawTexts(state, session: session, in: Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: 1), options: options, on: &screen)
    }

    /// One cell of a sparkline: eight heights, a blank for zero, ∞ for an infinite surprisal (a
    /// masked target).
    static func spark(_ value: Double, scale: Double, unicode: Bool) -> String {
        if value == .infinity { return unicode ? "∞" : "!" }
        guard value.isFinite, scale > 0, value > 0 else { return unicode ? " " : " " }
        let levels: [String] = unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [".", ".", "-", "-", "=", "=", "#", "#"]
        let k = min(Int((value / scale * Double(levels.count)).rounded(.up)) - 1, levels.count - 1)
        return levels[max(k, 0)]
    }

    /// The chosen tokens' labels, the open row's in the middle, highlighted, its neighbours
    /// outward as far as they fit.
    static func drawTexts(_ state: ExplorerState, session: RowSession, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        let u = options.unicode
        let labels = state.document.labels
        func text(_ r: Int) -> String {
            let c = r == session.position ? (state.document.target ?? state.analysis.argmax) : session.figures[r].chosen
            return labels.indices.contains(c) ? labels[c] : "?"
        }
        let limit = 16
        let center = text(session.position)
        let cw = min(DisplayText.width(center, unicode: u), limit)
        let cx = rect.x + max((rect.width - cw) / 2, 0)
        screen.write(center, x: cx, y: rect.y, style: Theme.selection, maxWidth: min(limit, rect.maxX - cx), unicode: u)
        var right = cx + cw + 1
        var r = session.position + 1
        while r < session.rows.rowCount, right < rect.maxX {
            right += screen.write(text(r), x: right, y: rect.y, style: session.figures[r].target == nil ? Theme.hint : .plain,
                                  maxWidth: min(limit, rect.maxX - right), unicode: u) + 1
            r += 1
        }
        var left = cx - 1
        r = session.position - 1
        while r >= 0, left > rect.x {
            let t = text(r)
            let w = min(DisplayText.width(t, unicode: u), limit, left - rect.x)
            guard w > 0 else { break }
            screen.write(t, x: left - w, y: rect.y, style: session.figures[r].target == nil ? Theme.hint : .plain, maxWidth: w, unicode: u)
            left -= w + 1
            r -= 1
        }
    }
}

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
        guard let session = state.rows, let cells = Cells(session, in: rect) else { return }
        let u = options.unicode
        let p = session.position
        let last = session.rowCount - 1
        let a = state.analysis
        let d = state.document
        let chosen = d.target ?? a.argmax
        let label = d.labels.name(at: chosen) ?? "?"
        let what = d.target == nil ? "argmax (no target)" : "target"
        let title = "row \(p) of 0\(u ? "–" : "-")\(last)  \(what) \(chosen) "
        var x = rect.x
        x += screen.write(title, x: x, y: rect.y, style: Theme.heading, maxWidth: rect.width, unicode: u)
        x += screen.write("\"\(label)\"", x: x, y: rect.y, style: Theme.target, maxWidth: max(min(24, rect.maxX - x), 0), unicode: u)
        // A produced token the server gave only as "below the listed ones" has no -log p to show.
        let surprisal = d.isBelowListed(chosen) ? "below listed" : NumberFormat.number(-a.logSoftmax(at: chosen)).text
        var figures = "  -log p \(surprisal)  H \(NumberFormat.number(a.entropyNats).text) nats"
        if let partial = d.partial { figures += "  rest \(NumberFormat.probability(partial.restMass).text)" }
        x += screen.write(figures, x: x, y: rect.y, maxWidth: max(rect.maxX - x, 0), unicode: u)
        if !session.editedRows.isEmpty {
            screen.write("  edited: \(session.editedRows.prefix(6).map(String.init).joined(separator: ","))\(session.editedRows.count > 6 ? "…" : "")",
                         x: x, y: rect.y, style: Theme.warning, maxWidth: max(rect.maxX - x, 0), unicode: u)
        }

        screen.write("-log p", x: rect.x, y: rect.y + 1, style: Theme.hint, maxWidth: labelWidth, unicode: u)
        screen.write("H nats", x: rect.x, y: rect.y + 2, style: Theme.hint, maxWidth: labelWidth, unicode: u)
        for c in 0..<cells.shown {
            let r = cells.first + c
            let f = session.figures[r]
            let current = r == p
            let s = f.belowListed ? (u ? "▿" : "v") : spark(f.surprisal, scale: session.surprisalScale, unicode: u)
            let h = spark(f.entropyNats, scale: session.entropyScale, unicode: u)
            let style = current ? Theme.selection : (f.target == nil ? Theme.hint : (f.belowListed ? Theme.warning : Theme.bar))
            screen.write(s, x: cells.x + c, y: rect.y + 1, style: style, maxWidth: 1, unicode: u)
            screen.write(h, x: cells.x + c, y: rect.y + 2, style: current ? Theme.selection : Theme.sigmoidBar, maxWidth: 1, unicode: u)
        }
        let line = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: 1)
        for span in texts(state, session: session, in: line, unicode: u) {
            let style = span.row == p ? Theme.selection : (session.figures[span.row].target == nil ? Theme.hint : .plain)
            screen.write(span.text, x: span.x, y: line.y, style: style, maxWidth: span.width, unicode: u)
        }
    }

    /// The row a click at (x, y) in the strip's `rect` lands on: a cell of the sparklines, or a
    /// token of the text line below them. Nil elsewhere (the title, the line's gaps).
    static func row(atX x: Int, y: Int, in rect: Rect, state: ExplorerState, unicode: Bool) -> Int? {
        guard let session = state.rows, let cells = Cells(session, in: rect), rect.contains(x: x, y: y) else { return nil }
        switch y - rect.y {
        case 1, 2:
            let c = x - cells.x
            return (0..<cells.shown).contains(c) ? cells.first + c : nil
        case 3:
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            return texts(state, session: session, in: line, unicode: unicode).first { x >= $0.x && x < $0.x + $0.width }?.row
        default:
            return nil
        }
    }

    /// Which rows the sparklines show: one cell per row, a window around the open row when there
    /// are more rows than cells. Nil when the strip has no room (or no figures: a report's rows).
    struct Cells {
        let first: Int
        let shown: Int
        /// The column of the first cell.
        let x: Int

        init?(_ session: RowSession, in rect: Rect) {
            guard session.figures.count == session.rowCount, rect.height >= RowStrip.height, rect.width > labelWidth + 4 else { return nil }
            let cells = rect.width - labelWidth
            let rows = session.rowCount
            first = rows <= cells ? 0 : min(max(session.position - cells / 2, 0), rows - cells)
            shown = min(cells, rows)
            x = rect.x + labelWidth
        }
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

    /// One token of the text line: row `row`'s chosen token, `width` cells from column `x`.
    struct TextSpan {
        let row: Int
        let text: String
        let x: Int
        let width: Int
    }

    /// The chosen tokens' labels, the open row's in the middle (highlighted when drawn), its
    /// neighbours outward as far as they fit: where each one goes, for drawing and for a click.
    static func texts(_ state: ExplorerState, session: RowSession, in rect: Rect, unicode u: Bool) -> [TextSpan] {
        let labels = state.document.labels
        func text(_ r: Int) -> String {
            let c = r == session.position ? (state.document.target ?? state.analysis.argmax) : session.figures[r].chosen
            // A newline token as ↵, as the list shows it; spaces stay spaces, so the text reads.
            return String((session.text(ofRow: r, chosen: c, labels: labels) ?? "?").map { $0 == "\n" ? "↵" : $0 })
        }
        let limit = 16
        var spans: [TextSpan] = []
        let center = text(session.position)
        let cw = min(DisplayText.width(center, unicode: u), limit)
        let cx = rect.x + max((rect.width - cw) / 2, 0)
        spans.append(TextSpan(row: session.position, text: center, x: cx, width: min(cw, rect.maxX - cx)))
        // Token texts (a vocabulary's, a response's) run on as the text they make, word pieces
        // joined; names (`class 5`) get a gap, and so does any token after a name.
        let isText = session.source.rowsHaveOwnClasses || labels.origin == .vocabulary
        func gap(before t: String) -> Int { isText || t.first?.isWhitespace == true ? 0 : 1 }
        var right = cx + cw
        var r = session.position + 1
        while r < session.rowCount, right < rect.maxX {
            let t = text(r)
            right += gap(before: t)
            let w = min(DisplayText.width(t, unicode: u), limit, max(rect.maxX - right, 0))
            spans.append(TextSpan(row: r, text: t, x: right, width: w))
            right += w
            r += 1
        }
        var left = cx - gap(before: center)
        r = session.position - 1
        while r >= 0, left > rect.x {
            let t = text(r)
            let w = min(DisplayText.width(t, unicode: u), limit, left - rect.x)
            guard w > 0 else { break }
            spans.append(TextSpan(row: r, text: t, x: left - w, width: w))
            left -= w + gap(before: t)
            r -= 1
        }
        return spans
    }
}

import LogitCore

/// The calibration view's rows, in the session's order: each row's number, ✓ or ✗, its target
/// (and its argmax when wrong), its confidence and loss at the explorer's T, and on a wide list
/// p(target) and the labels. Only the rows on screen are formatted.
enum CalibrationRowList {
    static func draw(_ state: ExplorerState, layout l: CalibrationLayout, on screen: inout Screen) {
        let c = state.rows!.calibration!
        let u = l.options.unicode
        let g = Glyphs(l.options)
        let col = l.columns
        let list = l.list
        guard list.width > 0 else { return }

        let title: String
        switch c.order {
        case .worstFirst: title = "worst first: wrong, most confident at the top"
        case .confidence: title = "by confidence, highest first"
        case .loss: title = "by loss (-log p of the target), highest first"
        }
        var x = list.x
        x += screen.write("ROWS ", x: x, y: list.y, style: Theme.heading, maxWidth: list.width, unicode: u)
        screen.write(title, x: x, y: list.y, style: Theme.hint, maxWidth: list.maxX - x, unicode: u)

        let y0 = list.y + 1
        var underlined = Theme.heading
        underlined.underline = true
        screen.writeRight("ROW", x: col.row, y: y0, width: col.rowWidth, style: Theme.heading)
        screen.write("CLASS", x: col.classes, y: y0, style: Theme.heading, maxWidth: col.classesWidth)
        let n = CalibrationListColumns.numberWidth
        if let x = col.confidence {
            screen.writeRight("CONF", x: x, y: y0, width: n, style: c.order == .loss ? Theme.heading : underlined)
        }
        if let x = col.loss { screen.writeRight("LOSS", x: x, y: y0, width: n, style: c.order == .loss ? underlined : Theme.heading) }
        if let x = col.targetP { screen.writeRight("P(TARGET)", x: x, y: y0, width: n + 3, style: Theme.heading) }
        if let x = col.labels { screen.write("TARGET \(u ? "→" : "->") ARGMAX", x: x, y: y0, style: Theme.heading, maxWidth: col.labelWidth, unicode: u) }

        let labels = state.document.labels
        let w = l.window
        for s in 0..<w.slots {
            let y = l.rows.y + s
            guard let i = w.index(atSlot: s) else {
                if s == 0 && w.topIndicator {
                    screen.write("\(g.up) \(w.moreAbove) more", x: col.classes, y: y, style: Theme.hint, maxWidth: list.maxX - col.classes, unicode: u)
                } else if s == w.bottomIndicatorSlot && w.bottomIndicator {
                    screen.write("\(g.down) \(w.moreBelow) more", x: col.classes, y: y, style: Theme.hint, maxWidth: list.maxX - col.classes, unicode: u)
                }
                continue
            }
            let p = c.listed[i]
            let right = c.set.correct[p]
            let target = Int(c.set.targets[p]), argmax = Int(c.set.argmax[p])
            let selected = i == c.cursor
            if selected { screen.write(g.selection, x: list.x, y: y, style: Style(bold: true), maxWidth: 1) }
            screen.write(right ? g.above : g.error, x: list.x + 1, y: y, style: right ? Theme.above : Theme.error, maxWidth: 1, unicode: u)
            screen.writeRight(String(c.set.rows[p]), x: col.row, y: y, width: col.rowWidth)
            let classes = right ? String(target) : "\(target)\(u ? "→" : ">")\(argmax)"
            screen.write(classes, x: col.classes, y: y, style: right ? .plain : Theme.error, maxWidth: col.classesWidth, unicode: u)
            if let x = col.confidence { screen.writeRight(NumberFormat.probability(c.pass.confidence[p]).text, x: x, y: y, width: n) }
            if let x = col.loss { screen.writeRight(NumberFormat.number(c.pass.loss[p], digits: 3).text, x: x, y: y, width: n) }
            if let x = col.targetP {
                screen.writeRight(NumberFormat.probability(c.targetProbability(p)).text, x: x, y: y, width: n + 3, style: Theme.target)
            }
            if let x = col.labels {
                let text = right ? labels.displayName(at: target) : "\(labels.displayName(at: target)) \(u ? "→" : "->") \(labels.displayName(at: argmax))"
                screen.write(text, x: x, y: y, style: right ? Theme.hint : .plain, maxWidth: col.labelWidth, unicode: u)
            }
            if selected {
                screen.restyle(Rect(x: col.row, y: y, width: list.maxX - col.row, height: 1)) { $0.reverse = true }
            }
        }
    }
}

import LogitCore

/// The logits: one row per class with its markers, label and value, and a signed bar around a
/// zero axis over a symmetric range, which a mouse drag can set. An open logit or label field
/// is drawn in place, as a spreadsheet cell is edited where it sits.
enum LogitsPanel {
    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let c = layout.columns
        let u = layout.options.unicode
        let g = Glyphs(layout.options)
        let range = NumberFormat.number(layout.logitRange).text

        // Heading: the column names and the bar's scale.
        screen.write("CLASS", x: c.label, y: rect.y, style: Theme.heading, maxWidth: c.labelWidth)
        screen.writeRight("LOGIT", x: c.value, y: rect.y, width: c.valueWidth, style: Theme.heading)
        for x in c.logitBar..<(c.logitBar + c.logitBarWidth) {
            screen.put(g.horizontal, width: 1, x: x, y: rect.y, style: Theme.axis)
        }
        screen.write("-" + range + " ", x: c.logitBar, y: rect.y, style: Theme.axis, unicode: u)
        screen.write(" 0 ", x: c.axis - 1, y: rect.y, style: Theme.axis)
        screen.writeRight(" +" + range, x: c.logitBar, y: rect.y, width: c.logitBarWidth, style: Theme.axis)

        ClassRow.drawRows(state, window: layout.window, y: { layout.rowY(rect, slot: $0) }, layout: layout, on: &screen) { i, s, y, screen in
            let z = state.analysis.logits[i]
            let masked = state.document.logits[i] == -.infinity
            // −inf from a value beyond Float16's range is an overflow, not a mask.
            let value = z == -.infinity && !masked ? FormattedNumber(text: "-inf", kind: .nonFinite) : NumberFormat.logit(z)
            let valueStyle = ClassRow.style(of: value, otherwise: i == state.analysis.argmax ? Theme.argmax : .plain)
            screen.writeRight(value.text, x: c.value, y: y, width: c.valueWidth, style: valueStyle)
            for row in layout.rows(rect, slot: s) {
                drawBar(z, masked: masked, y: row, labelled: row == y, layout: layout, on: &screen)
            }
            ClassRow.highlight(state, i, y: y, layout: layout, on: &screen)

            if let field = state.field, field.index == i {
                switch field.purpose {
                case .logit:
                    FieldView.draw(field, in: Rect(x: c.value, y: y, width: c.logitBar + c.logitBarWidth - c.value, height: 1),
                                   options: layout.options, on: &screen)
                case .label:
                    FieldView.draw(field, in: Rect(x: c.label, y: y, width: c.labelWidth + 1 + c.valueWidth, height: 1),
                                   options: layout.options, on: &screen)
                case .temperature, .threshold, .search, .seed, .sessionPath:
                    break  // drawn on the status line
                }
            }
        }
    }

    /// One row of a class's bar; `labelled` is the row that carries "masked" or "NaN".
    private static func drawBar(_ z: Double, masked: Bool, y: Int, labelled: Bool, layout: Layout, on screen: inout Screen) {
        let c = layout.columns
        let u = layout.options.unicode
        screen.put(Glyphs(layout.options).vertical, width: 1, x: c.axis, y: y, style: Theme.axis)
        if masked {
            guard labelled else { return }
            screen.writeRight("masked ", x: c.logitBar, y: y, width: c.logitHalf, style: Theme.masked)
        } else if z.isNaN {
            guard labelled else { return }
            screen.writeRight("NaN ", x: c.logitBar, y: y, width: c.logitHalf, style: Theme.nonFinite)
        } else if z > 0 {
            let style = z == .infinity ? Theme.nonFinite : Theme.positiveBar
            screen.draw(Bar.rightward(z / layout.logitRange, width: c.logitHalf, unicode: u), x: c.axis + 1, y: y, style: style)
        } else if z < 0 {
            let style = z == -.infinity ? Theme.nonFinite : Theme.negativeBar
            screen.draw(Bar.leftward(-z / layout.logitRange, width: c.logitHalf, unicode: u), x: c.logitBar, y: y, style: style)
        }
    }
}

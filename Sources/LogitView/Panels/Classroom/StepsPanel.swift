import LogitCore

/// The seed article's computation, live, for the current vector: each class's z, z/T, e^(z/T)
/// (the article's 7.389, 2.718, 1.105), the max-subtracted exponent and its exp, then the sums
/// and p = e / Σe, and the division written out for the selected class. Both routes give the
/// same p: that is the max trick's promise, which the lab then tests.
enum StepsPanel {
    /// Heading, column names, the sums, the selected class's division.
    static let fixedRows = 4

    private enum Column: Int {
        case z, scaled, exp, shifted, shiftedExp, p
    }

    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let u = layout.options.unicode
        let c = layout.columns
        let a = state.analysis
        let f = layout.figures
        let naive = a.naive
        let precision = state.document.precision
        let T = NumberFormat.number(a.temperature, digits: 6).text

        let heading = [
            Span(ClassroomPanel.steps.title, Theme.heading),
            Span("  softmax by hand at T = \(T) in \(precision.displayName)", Theme.hint),
        ]
        screen.write(heading, x: c.label, y: rect.y, maxWidth: rect.width - c.label - 1, unicode: u)

        // The z column sits under the logits panel's values, so ClassRow's highlight covers it.
        let columns = NumberColumns(
            start: c.value - 1, widths: [c.valueWidth, 9, 10, 9, 12, 8], width: rect.maxX - 1,
            dropOrder: a.temperature == 1 ? [Column.z.rawValue, Column.shifted.rawValue] : [Column.shifted.rawValue, Column.z.rawValue])
        let y0 = rect.y + 1
        let names = u
            ? ["z", "z/T", "e^(z/T)", "z/T−max", "e^(z/T−max)", "p = e/Σe"]
            : ["z", "z/T", "exp(z/T)", "z/T-max", "exp(z/T-max)", "p=e/sum"]
        ClassroomPanels.drawColumnNames(names, columns: columns, y: y0, layout: layout, on: &screen)

        let window = ClassroomPanels.drawRows(state, rect: rect, fixedRows: fixedRows, top: y0 + 1, layout: layout, on: &screen) { i, y, screen in
            let style: Style = i == a.argmax ? Theme.argmax : .plain
            columns.write(Column.z.rawValue, NumberFormat.logit(a.logits[i]), y: y, style: style, on: &screen, unicode: u)
            columns.write(Column.scaled.rawValue, NumberFormat.logit(a.scaled(at: i)), y: y, on: &screen, unicode: u)
            columns.write(Column.exp.rawValue, NumberFormat.number(naive.exponential(at: i)), y: y, on: &screen, unicode: u)
            columns.write(Column.shifted.rawValue, NumberFormat.logit(f.shifted[i]), y: y, on: &screen, unicode: u)
            columns.write(Column.shiftedExp.rawValue, NumberFormat.number(a.shiftedExponential(at: i)), y: y, on: &screen, unicode: u)
            columns.write(Column.p.rawValue, NumberFormat.fraction(a.softmax(at: i)), y: y, style: style, on: &screen, unicode: u)
            ClassRow.highlight(state, i, y: y, layout: layout, on: &screen)
        }

        // The sums, under their columns.
        let ySum = y0 + 1 + window.slots
        let g = Glyphs(layout.options)
        if let x = columns.x[Column.exp.rawValue] ?? columns.x[Column.shiftedExp.rawValue] {
            screen.writeRight(g.sum, x: c.label, y: ySum, width: x - 1 - c.label, style: Theme.heading, unicode: u)
        }
        columns.write(Column.exp.rawValue, NumberFormat.number(naive.sum), y: ySum, on: &screen, unicode: u)
        columns.write(Column.shiftedExp.rawValue, NumberFormat.number(a.shiftedSum), y: ySum, on: &screen, unicode: u)
        columns.write(Column.p.rawValue, NumberFormat.number(a.softmax.compensatedSum()), y: ySum, on: &screen, unicode: u)

        // The division for the selected class, both ways.
        let i = layout.mode == .printout ? a.argmax : state.selection
        guard (0..<a.count).contains(i) else { return }
        func n(_ x: Double) -> Span {
            let v = NumberFormat.number(x)
            return Span(v.text, ClassRow.style(of: v, otherwise: .plain))
        }
        let p = NumberFormat.fraction(a.softmax(at: i))
        var line: [Span] = [Span(ClassRow.mention(state, i, options: layout.options), i == a.argmax ? Theme.argmax : Theme.heading),
                            Span(": p = ")]
        let naiveBreaks = !naive.softmax(at: i).isFinite
        if !naiveBreaks { line += [n(naive.exponential(at: i)), Span(" / "), n(naive.sum), Span(" = ")] }
        line += [n(a.shiftedExponential(at: i)), Span(" / "), n(a.shiftedSum), Span(" = "),
                 Span(p.text, ClassRow.style(of: p, otherwise: Theme.argmax))]
        if naiveBreaks {
            line += [Span("   naive "), n(naive.exponential(at: i)), Span(" / "), n(naive.sum), Span(" = "),
                     n(naive.softmax(at: i)), Span(" (see the lab)", Theme.hint)]
        }
        screen.write(line, x: c.label, y: ySum + 1, maxWidth: rect.maxX - 1 - c.label, unicode: u)
    }
}

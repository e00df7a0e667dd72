import LogitCore

/// What training sees: cross-entropy for the target (from the logits, as PyTorch takes them, and
/// −log p of the rounded p beside it when that differs: the log-softmax panel says why), its
/// gradient (p − onehot)/T as signed bars, and each class's binary cross-entropy against its own
/// multi-label target y, naive beside stable (naive gives inf or NaN where σ rounds to 0 or 1).
enum LossPanel {
    /// Heading, column names, the note under the rows.
    static let fixedRows = 3

    private enum Column: Int {
        case p, gradient, y, naive, stable
    }

    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let u = layout.options.unicode
        let g = Glyphs(layout.options)
        let c = layout.columns
        let a = state.analysis
        let d = state.document
        let f = layout.figures
        func n(_ x: Double, digits: Int = 4) -> Span {
            let v = NumberFormat.number(x, digits: digits)
            return Span(v.text, ClassRow.style(of: v, otherwise: .plain))
        }

        var heading = [Span(ClassroomPanel.loss.title, Theme.heading), Span("  ")]
        if let t = d.target, let ce = a.crossEntropy {
            heading += [
                Span("\(g.target) \(ClassRow.mention(state, t, options: layout.options))", Theme.target), Span(": CE = logsumexp - z/T = "),
            ] + .difference(n(a.logsumexp), n(a.scaled(at: t))) + [Span(" = "), n(ce), Span(" nats")]
            // −log p of the rounded p says the same only while it formats the same: once p is
            // subnormal it drifts (99.98 for 100), once p rounds to 0 it is inf (the log-softmax panel).
            if let fromP = f.crossEntropyOfSoftmax {
                heading += NumberFormat.number(fromP) == NumberFormat.number(ce)
                    ? [Span(" = -log p")]
                    : [Span("; -log p = "), n(fromP)]
            }
        } else {
            heading.append(Span(layout.mode == .interactive
                ? "no target: press c on the true class for CE and its gradient"
                : "no target (--target I gives CE and its gradient)", Theme.hint))
        }
        screen.write(heading, x: c.label, y: rect.y, maxWidth: rect.width - c.label - 1, unicode: u)

        // The gradient's bars cover [−1/T, 1/T], the most any entry can be.
        let half = rect.width >= 100 ? 8 : 6
        let columns = NumberColumns(start: c.value - 1, widths: [c.valueWidth, 9 + 2 * half + 2, 2, 10, 11], width: rect.maxX - 1,
                                    dropOrder: [Column.gradient.rawValue])
        let y0 = rect.y + 1
        // The gradient's name sits left, over its bars, rather than right-aligned over a number.
        ClassroomPanels.drawColumnNames(["p", "", "y", "BCE naive", "BCE stable"], columns: columns, y: y0, layout: layout, on: &screen) {
            $0 == Column.naive.rawValue ? Theme.error : Theme.heading
        }
        if let x = columns.x[Column.gradient.rawValue] {
            let gradient = u ? "∂CE/∂z = (p−onehot)/T" : "grad = (p - onehot)/T"
            screen.write(gradient, x: x + 1, y: y0, style: Theme.heading, maxWidth: columns.widths[1] - 1, unicode: u)
        }

        let window = ClassroomPanels.drawRows(state, rect: rect, fixedRows: fixedRows, top: y0 + 1, layout: layout, on: &screen) { i, y, screen in
            columns.write(Column.p.rawValue, NumberFormat.probability(a.softmax(at: i)), y: y,
                          style: i == a.argmax ? Theme.argmax : .plain, on: &screen, unicode: u)
            if let v = a.gradient(at: i), let x = columns.x[Column.gradient.rawValue] {
                let text = NumberFormat.number(v, digits: 3)
                screen.writeRight(text.text, x: x, y: y, width: 9, style: ClassRow.style(of: text, otherwise: .plain))
                let axis = x + 10 + half
                screen.put(g.vertical, width: 1, x: axis, y: y, style: Theme.axis)
                let fraction = Swift.abs(v) * a.temperature
                if v < 0 {
                    screen.draw(Bar.leftward(fraction, width: half, unicode: u), x: axis - half, y: y, style: Theme.negativeBar)
                } else if v > 0 {
                    screen.draw(Bar.rightward(fraction, width: half, unicode: u), x: axis + 1, y: y, style: Theme.positiveBar)
                }
            }
            let label = d.binaryLabels.indices.contains(i) && d.binaryLabels[i]
            columns.write(Column.y.rawValue, label ? "1" : "0", y: y, style: label ? Theme.target : Theme.hint, on: &screen, unicode: u)
            columns.write(Column.naive.rawValue, NumberFormat.number(f.naiveBinaryCrossEntropy[i]), y: y, on: &screen, unicode: u)
            columns.write(Column.stable.rawValue, NumberFormat.number(f.stableBinaryCrossEntropy[i]), y: y, on: &screen, unicode: u)
            ClassRow.highlight(state, i, y: y, layout: layout, on: &screen)
        }

        let note = "y toggles the class's 0/1 target; naive BCE breaks where σ rounds to 0 or 1"
        screen.write(u ? note : note.asciiSigma, x: c.label, y: y0 + 1 + window.slots, style: Theme.hint,
                     maxWidth: rect.maxX - 1 - c.label, unicode: u)
    }
}

private extension String {
    var asciiSigma: String { String(map { $0 == "σ" ? "s" : $0 }) }
}

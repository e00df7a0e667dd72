import LogitCore

/// Naive softmax beside the stable one, in the chosen precision: each class's z/T, naive e^(z/T)
/// and p, stable e^(z/T − max) and p, with inf and NaN marked; the precision's limits in the
/// heading; and, below, which exponents cross them and what that does to the division. Shifting
/// every logit (+ −) leaves both p columns still until the naive path leaves the range.
enum LabPanel {
    /// Heading, column names, the sums, two lines of reasons.
    static let fixedRows = 5

    private enum Column: Int {
        case scaled, naiveExp, naiveP, stableExp, stableP
    }

    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let u = layout.options.unicode
        let c = layout.columns
        let a = state.analysis
        let naive = a.naive
        let precision = state.document.precision

        let heading = [
            Span(ClassroomPanel.lab.title, Theme.heading),
            Span("  \(precision.displayName)  ", Theme.heading),
            Span("exp(x) = inf above \(limit(precision.expOverflowLimit)), = 0 below \(limit(precision.expUnderflowLimit))", Theme.hint),
        ]
        screen.write(heading, x: c.label, y: rect.y, maxWidth: rect.width - c.label - 1, unicode: u)

        let columns = NumberColumns(start: c.value - 1, widths: [c.valueWidth, 13, 8, 15, 9], width: rect.maxX - 1)
        let y0 = rect.y + 1
        let names = u
            ? ["z/T", "naive e^(z/T)", "naive p", "e^(z/T−max)", "stable p"]
            : ["z/T", "naive exp(u)", "naive p", "exp(u-max)", "stable p"]
        ClassroomPanels.drawColumnNames(names, columns: columns, y: y0, layout: layout, on: &screen) {
            [Column.naiveExp.rawValue, Column.naiveP.rawValue].contains($0) ? Theme.error : Theme.heading
        }

        let window = ClassroomPanels.drawRows(state, rect: rect, fixedRows: fixedRows, top: y0 + 1, layout: layout, on: &screen) { i, y, screen in
            let style: Style = i == a.argmax ? Theme.argmax : .plain
            columns.write(Column.scaled.rawValue, NumberFormat.logit(a.scaled(at: i)), y: y, style: style, on: &screen, unicode: u)
            columns.write(Column.naiveExp.rawValue, NumberFormat.number(naive.exponential(at: i)), y: y, on: &screen, unicode: u)
            columns.write(Column.naiveP.rawValue, NumberFormat.probability(naive.softmax(at: i)), y: y, on: &screen, unicode: u)
            columns.write(Column.stableExp.rawValue, NumberFormat.number(a.shiftedExponential(at: i)), y: y, on: &screen, unicode: u)
            columns.write(Column.stableP.rawValue, NumberFormat.probability(a.softmax(at: i)), y: y, style: style, on: &screen, unicode: u)
            ClassRow.highlight(state, i, y: y, layout: layout, on: &screen)
        }

        let ySum = y0 + 1 + window.slots
        let g = Glyphs(layout.options)
        if let x = columns.x[Column.naiveExp.rawValue] {
            screen.writeRight(g.sum, x: c.label, y: ySum, width: x - 1 - c.label, style: Theme.heading, unicode: u)
        }
        columns.write(Column.naiveExp.rawValue, NumberFormat.number(naive.sum), y: ySum, on: &screen, unicode: u)
        columns.write(Column.stableExp.rawValue, NumberFormat.number(a.shiftedSum), y: ySum, on: &screen, unicode: u)

        for (n, line) in reasons(state, naive: naive, glyphs: g).prefix(2).enumerated() {
            screen.write(line, x: c.label, y: ySum + 1 + n, maxWidth: rect.maxX - 1 - c.label, unicode: u)
        }
    }

    /// The limits as the heading shows them (11.09, 88.72, 709.8; -17.33, -103.97, -745.1).
    /// Two decimals whatever the size, so −103.97 does not round to a −104 that itself underflows.
    static func limit(_ x: Double) -> String {
        NumberFormat.number(x, digits: NumberFormat.decimalExponent(Swift.abs(x)) + 3).text
    }

    /// Which exponents cross the precision's limits, and what the division then gives; or, when
    /// nothing breaks, that the two paths agree.
    static func reasons(_ state: ExplorerState, naive: NaiveSoftmax, glyphs g: Glyphs) -> [[Span]] {
        let a = state.analysis
        let p = state.document.precision
        let name = p.displayName
        let over = a.scaled.filter { $0.isFinite && $0 > p.expOverflowLimit }
        let under = a.scaled.filter { $0.isFinite && $0 < p.expUnderflowLimit }
        func exps(_ values: [Double]) -> String {
            let shown = values.prefix(3).map { "exp(\(NumberFormat.logit($0).text))" }.joined(separator: ", ")
            return shown + (values.count > 3 ? " and \(values.count - 3) more" : "")
        }
        var lines: [[Span]] = []
        if !over.isEmpty {
            let verb = over.count == 1 ? "overflows" : "overflow"
            lines.append([Span("\(g.error) ", Theme.error),
                          Span("\(exps(over)) \(verb) \(name), whose limit is \(limit(p.expOverflowLimit))", Theme.error)])
        }
        if !under.isEmpty && over.isEmpty {
            let verb = under.count == 1 ? "underflows" : "underflow"
            lines.append([Span("\(g.error) ", Theme.error),
                          Span("\(exps(under)) \(verb) to 0 in \(name), below \(limit(p.expUnderflowLimit))", Theme.error)])
        }
        let broken = !a.naiveSoftmaxIsFinite
        if naive.sum == .infinity {
            if over.isEmpty {
                lines.append([Span("\(g.error) ", Theme.error), Span("no single exp overflows, but their sum does: \(name) stops at \(NumberFormat.number(p.greatestFiniteMagnitude).text)", Theme.error)])
            }
            lines.append([Span("\(g.sum) = inf: inf/inf = NaN, x/inf = 0", Theme.hint), Span("   ", Theme.hint),
                          Span("stable: every exponent \(g.atMost) 0, no overflow", Theme.above)])
        } else if naive.sum == 0 {
            lines.append([Span("\(g.sum) = 0: 0/0 = NaN", Theme.hint), Span("   ", Theme.hint),
                          Span("stable: the largest term is e^0 = 1, so the sum is at least 1", Theme.above)])
        } else if broken {
            lines.append([Span("naive: an exp left \(name)'s range, so the division is not a probability", Theme.hint)])
        } else if naive.lostTerms > 0 {
            // Every exp fits, but the sum stopped growing (BFloat16: 256 + 1 = 256).
            let lost = naive.lostTerms
            lines.append([Span("\(g.error) ", Theme.error),
                          Span("naive \(g.sum) stalls at \(NumberFormat.number(naive.sum).text): \(lost) term\(lost == 1 ? "" : "s") under half its ulp \(lost == 1 ? "is" : "are") lost", Theme.error)])
            let total = (0..<a.count).reduce(0.0) { $0 + naive.softmax(at: $1) }
            lines.append([Span("naive p adds up to \(NumberFormat.probability(total).text)", Theme.hint), Span("   ", Theme.hint),
                          Span("stable: summed in a wider type, no stall", Theme.above)])
        } else {
            lines.append([Span("\(g.above) ", Theme.above),
                          Span("every z/T is within \(name)'s limits: naive and stable agree", Theme.above)])
            if lines.count < 2 {
                lines.append([Span("+ and - shift every logit: p stays put until the naive path breaks", Theme.hint)])
            }
        }
        return lines
    }
}

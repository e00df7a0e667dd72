import LogitCore

/// log p two ways, in the chosen precision: the log of the rounded softmax, as
/// `torch.log(torch.softmax(x))` computes it, and log_softmax = z/T − logsumexp, as
/// `torch.log_softmax` and the losses do. They agree while p is a normal number; a subnormal p has
/// lost bits already (Float32 holds e^−100 as 27 · 2⁻¹⁴⁹, whose log is −99.98), and a p that
/// underflows to 0 gives log p = −inf and an infinite loss where log_softmax is finite. That is
/// why PyTorch's CrossEntropyLoss takes logits: "raw, unnormalized scores", as the seed answer
/// quotes its documentation. Beside the loss panel, whose CE is the log_softmax one.
enum LogSoftmaxPanel {
    /// Heading, column names, the target's loss both ways, what the rounding did, and why.
    static let fixedRows = 5

    private enum Column: Int {
        case scaled, p, logOfP, logSoftmax
    }

    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let u = layout.options.unicode
        let c = layout.columns
        let a = state.analysis
        let f = layout.figures
        let minus = u ? "−" : "-"

        let heading = [
            Span(ClassroomPanel.logSoftmax.title, Theme.heading),
            Span("  log of the rounded p against z/T \(minus) logsumexp, in \(state.document.precision.displayName)", Theme.hint),
        ]
        screen.write(heading, x: c.label, y: rect.y, maxWidth: rect.width - c.label - 1, unicode: u)

        let columns = NumberColumns(start: c.value - 1, widths: [c.valueWidth, 9, 13, 13], width: rect.maxX - 1)
        let y0 = rect.y + 1
        // log(softmax) is the path that breaks, named in the colour of the lab's naive columns.
        ClassroomPanels.drawColumnNames(["z/T", "p", "log(softmax)", "log_softmax"], columns: columns, y: y0, layout: layout, on: &screen) {
            $0 == Column.logOfP.rawValue ? Theme.error : Theme.heading
        }

        let window = ClassroomPanels.drawRows(state, rect: rect, fixedRows: fixedRows, top: y0 + 1, layout: layout, on: &screen) { i, y, screen in
            let style: Style = i == a.argmax ? Theme.argmax : .plain
            columns.write(Column.scaled.rawValue, NumberFormat.logit(a.scaled(at: i)), y: y, on: &screen, unicode: u)
            columns.write(Column.p.rawValue, NumberFormat.probability(a.softmax(at: i)), y: y, style: style, on: &screen, unicode: u)
            columns.write(Column.logOfP.rawValue, NumberFormat.number(f.logOfSoftmax[i]), y: y, on: &screen, unicode: u)
            columns.write(Column.logSoftmax.rawValue, NumberFormat.number(a.logSoftmax(at: i)), y: y, on: &screen, unicode: u)
            ClassRow.highlight(state, i, y: y, layout: layout, on: &screen)
        }

        let lines = [loss(state, figures: f, layout: layout), verdict(state, figures: f, glyphs: Glyphs(layout.options)),
                     [Span("CrossEntropyLoss takes \"raw, unnormalized scores\" and uses log_softmax", Theme.hint)]]
        for (n, line) in lines.enumerated() {
            screen.write(line, x: c.label, y: y0 + 1 + window.slots + n, maxWidth: rect.maxX - 1 - c.label, unicode: u)
        }
    }

    /// The target's loss both ways: −log p of the rounded p, and −log_softmax = logsumexp − z/T
    /// (the heading's formula) with its two terms.
    static func loss(_ state: ExplorerState, figures f: ClassroomFigures, layout: Layout) -> [Span] {
        let a = state.analysis
        guard let t = state.document.target, let ce = a.crossEntropy, let fromP = f.crossEntropyOfSoftmax else {
            return [Span(layout.mode == .interactive
                ? "no target: press c on the true class for its loss both ways"
                : "no target (--target I gives its loss both ways)", Theme.hint)]
        }
        func n(_ x: Double) -> Span {
            let v = NumberFormat.number(x)
            return Span(v.text, ClassRow.style(of: v, otherwise: .plain))
        }
        let g = Glyphs(layout.options)
        return [Span("\(g.target) \(ClassRow.mention(state, t, options: layout.options))", Theme.target),
                Span(": -log p = "), n(fromP), Span("   -log_softmax = "),
                ] + .difference(n(a.logsumexp), n(a.scaled(at: t))) + [Span(" = "), n(ce), Span(" nats")]
    }

    /// What rounding p did to its log: p rounded to 0 for some class, else p subnormal, else
    /// nothing. A masked class's p is 0 by definition and its log_softmax −inf too: it is left out.
    static func verdict(_ state: ExplorerState, figures f: ClassroomFigures, glyphs g: Glyphs) -> [Span] {
        let a = state.analysis
        let d = state.document
        let name = d.precision.displayName
        let unmasked = d.logits.indices.filter { d.logits[$0] > -.infinity }
        func whose(_ found: [Int], _ one: String, _ many: String) -> String {
            found.count == 1 ? "\(d.labels.displayName(at: found[0]))'s p \(one)" : "\(found.count) classes' p \(many)"
        }
        let zero = unmasked.filter { a.softmax(at: $0) == 0 }
        if !zero.isEmpty {
            return [Span("\(g.error) \(whose(zero, "rounds", "round")) to 0 in \(name): log p = -inf, log_softmax is finite",
                         Theme.error)]
        }
        let subnormal = unmasked.filter { f.softmaxIsSubnormal[$0] }
        if !subnormal.isEmpty {
            return [Span("\(g.warning) \(whose(subnormal, "is", "are")) subnormal in \(name): its log has lost digits already",
                         Theme.warning)]
        }
        return [Span("\(g.above) every p is a normal \(name) number: both logs agree to rounding", Theme.above)]
    }
}

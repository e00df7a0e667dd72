import LogitCore

/// The selected class as a binary decision: its log-odds, softmax equal to the sigmoid of those
/// log-odds, and "log-odds > 0 ⇔ p > 0.5". With one logit that is softmax([z, 0]) = σ(z); with two
/// classes σ(z₁ − z₂); with more, the class against the rest. Then the class's own sigmoid, as a
/// multi-label classifier reads it: σ(z/T) > 0.5 ⇔ z > 0 (the seed answer's point).
enum BinaryPanel {
    static func lines(_ state: ExplorerState, options: RenderOptions) -> [[Span]] {
        let g = Glyphs(options)
        let a = state.analysis
        let d = state.document
        let i = min(state.selection, d.count - 1)
        let b = BinaryFigures(a, index: i)
        let label = ClassRow.mention(state, i, options: options)
        func n(_ x: Double, digits: Int = 4) -> Span {
            let f = NumberFormat.number(x, digits: digits)
            return Span(f.text, ClassRow.style(of: f, otherwise: .plain))
        }
        func pct(_ p: Double) -> Span {
            let f = NumberFormat.probability(p)
            return Span(f.text, ClassRow.style(of: f, otherwise: .plain))
        }
        func name(_ text: String) -> Span { Span(text.padding(10), Theme.heading) }
        let u = "z/T"

        var out: [[Span]] = []
        let odds: [Span]
        let identity: [Span]
        switch b.kind {
        case .single:
            odds = [name("log-odds"), Span("one logit against an implicit 0: \(u) = "), n(b.logOdds)]
            identity = [name("softmax"), Span("softmax([\(u), 0]) = "), pct(b.softmax),
                        Span(" = \(g.sigma)("), n(b.logOdds), Span(") = "), pct(b.sigmoid)]
        case .pair(let other):
            odds = [name("log-odds"), Span("\(label) against \(ClassRow.mention(state, other, options: options)): "), n(b.scaled), Span(" - "),
                    n(b.restLogSumExp), Span(" = "), n(b.logOdds)]
            identity = [name("softmax"), Span("p(\(label)) = "), pct(b.softmax),
                        Span(" = \(g.sigma)(z\(sub(1, g))/T - z\(sub(2, g))/T) = \(g.sigma)("), n(b.logOdds), Span(") = "), pct(b.sigmoid)]
        case .againstRest:
            odds = [name("log-odds"), Span("\(u) - log \(g.sum) e^(\(u)) of the rest = "), n(b.scaled), Span(" - "),
                    n(b.restLogSumExp), Span(" = "), n(b.logOdds)]
            identity = [name("softmax"), Span("p(\(label)) = "), pct(b.softmax), Span(" = \(g.sigma)(log-odds) = "), pct(b.sigmoid)]
        }
        out.append(odds)
        out.append(identity)
        let above = b.logOdds > 0
        out.append([name("decision"), Span("log-odds "), n(b.logOdds), Span(above ? " > 0 " : " \(g.atMost) 0 "),
                    Span("\(g.iff) ", Theme.hint), Span("p "), pct(b.softmax), Span(above ? " > 50%" : " \(g.atMost) 50%"),
                    Span("   the same decision", Theme.hint)])
        let s = a.sigmoid(at: i)
        let own = s > 0.5
        out.append([name("sigmoid"), Span("\(label) alone: \(g.sigma)("), n(a.scaled(at: i)), Span(") = "), pct(s),
                    Span(own ? " > 50% " : " \(g.atMost) 50% "), Span("\(g.iff) ", Theme.hint), Span("\(u) = "), n(a.scaled(at: i)),
                    Span(own ? " > 0" : " \(g.atMost) 0")])
        return out
    }

    private static func sub(_ k: Int, _ g: Glyphs) -> String {
        g.unicode ? (k == 1 ? "₁" : "₂") : String(k)
    }

    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let u = layout.options.unicode
        let c = layout.columns
        let g = Glyphs(layout.options)
        let i = min(state.selection, state.document.count - 1)
        let what: String
        switch state.document.count {
        case 1: what = "softmax([z, 0]) is the sigmoid"
        case 2: what = "two classes: softmax is a sigmoid of the difference"
        default:
            let hint = layout.mode == .interactive ? " (select another with \(g.up) \(g.down))" : ""
            what = "\(ClassRow.mention(state, i, options: layout.options)) against the rest" + hint
        }
        screen.write([Span(ClassroomPanel.binary.title, Theme.heading), Span("  " + what, Theme.hint)],
                     x: c.label, y: rect.y, maxWidth: rect.width - c.label - 1, unicode: u)
        for (n, line) in layout.binaryLines.enumerated() where n + 1 < rect.height {
            screen.write(line, x: c.label, y: rect.y + 1 + n, maxWidth: rect.maxX - 1 - c.label, unicode: u)
        }
    }
}

private extension String {
    /// Pads on the right to `width` characters (ASCII headings only).
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

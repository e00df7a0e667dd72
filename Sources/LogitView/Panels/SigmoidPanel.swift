import LogitCore

/// Each class on its own, as a multi-label classifier sees it: σ(z/T) as a bar with the
/// threshold τ drawn as a vertical line through it, the classes above it marked ✓, and the
/// threshold given both as a probability and as the logit it stands for, T·logit(τ) (the seed's
/// point: at τ = 50% "above" is just z > 0, no sigmoid needed).
enum SigmoidPanel {
    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let c = layout.columns
        let u = layout.options.unicode
        let g = Glyphs(layout.options)
        let a = state.analysis
        let tau = state.document.threshold
        let zTau = a.temperature * logit(probability: tau)

        screen.write("SIGMOID", x: c.label, y: rect.y, style: Theme.heading, maxWidth: c.labelWidth)
        screen.writeRight(u ? "σ(z/T)" : "sig(z/T)", x: c.value, y: rect.y, width: c.valueWidth, style: Theme.heading, unicode: u)
        // "threshold τ = 50.0% ⇔ z > 0   ✓ above", or "τ 50.0% ⇔ z > 0  ✓ above" where that is too wide.
        let long = Self.threshold(tau, zTau, name: "threshold \(g.tau) = ", g) + [Span("   \(g.above) above", Theme.above)]
        let short = Self.threshold(tau, zTau, name: "\(g.tau) ", g) + [Span("  \(g.above) above", Theme.above)]
        let heading = long.width(unicode: u) <= c.sigmoidWidth ? long : short
        screen.write(heading, x: c.sigmoidBar, y: rect.y, maxWidth: c.sigmoidWidth, unicode: u)
        if c.ownThresholdWidth > 0 {
            screen.write("OWN THRESHOLD", x: c.ownThreshold, y: rect.y, style: Theme.heading, maxWidth: c.ownThresholdWidth)
        }

        ClassRow.drawRows(state, window: layout.window, y: { layout.rowY(rect, slot: $0) }, layout: layout, on: &screen) { i, s, y, screen in
            let sigma = a.sigmoid(at: i)
            let above = a.isAboveThreshold(at: i)
            let text = NumberFormat.probability(sigma)
            screen.writeRight(text.text, x: c.value, y: y, width: c.valueWidth,
                              style: ClassRow.style(of: text, otherwise: above ? Theme.above : .plain))
            if above { screen.write(g.above, x: c.above, y: y, style: Theme.above, maxWidth: 1) }
            let t = a.threshold(at: i)
            let lineX = c.sigmoidBar + min(Int(t * Double(c.sigmoidWidth)), c.sigmoidWidth - 1)
            for row in layout.rows(rect, slot: s) {
                screen.draw(Bar.rightward(sigma, width: c.sigmoidWidth, unicode: u), x: c.sigmoidBar, y: row,
                            style: above ? Theme.above : Theme.sigmoidBar)
                screen.put(g.thresholdLine, width: 1, x: lineX, y: row, style: Theme.threshold)
            }
            if let own = state.document.classThresholds[i], c.ownThresholdWidth > 0 {
                let spans = Self.threshold(own, a.logitThreshold(at: i), name: "\(g.tau) ", g)
                screen.write(spans, x: c.ownThreshold, y: y, maxWidth: c.ownThresholdWidth, unicode: u)
            }
            ClassRow.highlight(state, i, y: y, layout: layout, on: &screen)
        }
    }

    /// `τ 50.0% ⇔ z > 0`: a threshold as a probability and as the logit it stands for.
    private static func threshold(_ p: Double, _ z: Double, name: String, _ g: Glyphs) -> [Span] {
        [Span(name, Theme.hint), Span(NumberFormat.probability(p).text, Theme.threshold),
         Span(" \(g.iff) z > ", Theme.hint), Span(NumberFormat.number(z).text, Theme.threshold)]
    }
}

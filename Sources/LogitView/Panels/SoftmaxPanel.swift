import LogitCore

/// The softmax probabilities (the stable, max-subtracted ones) as percentages and bars, on the
/// same rows as the logits. The argmax's bar and number stand out. With the lab's max trick off
/// they are the naive exp(u)/Σexp(u) instead, inf and NaN marked, so a class watches them break.
enum SoftmaxPanel {
    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let c = layout.columns
        let u = layout.options.unicode
        let naive = !state.classroom.maxTrick
        screen.writeRight(naive ? "NAIVE" : "SOFTMAX", x: c.percent, y: rect.y, width: c.percentWidth,
                          style: naive ? Theme.error : Theme.heading)
        let formula = naive
            ? (u ? "e^(z/T) / Σ e^(z/T), no max subtracted (n)" : "exp(z/T) / sum exp(z/T), no max trick (n)")
            : (u ? "p = e^(z/T) / Σ e^(z/T)" : "p = exp(z/T) / sum exp(z/T)")
        screen.write(formula, x: c.softmaxBar + 1, y: rect.y, style: naive ? Theme.error : Theme.hint,
                     maxWidth: c.softmaxWidth - 1, unicode: u)

        let naiveFigures = naive ? state.analysis.naive : nil
        for s in 0..<layout.window.slots {
            guard let i = layout.window.index(atSlot: s) else { continue }
            let y = layout.rowY(rect, slot: s)
            let p = naiveFigures?.softmax(at: i) ?? state.analysis.softmax(at: i)
            let isArgmax = i == state.analysis.argmax
            let text = NumberFormat.probability(p)
            screen.writeRight(text.text, x: c.percent, y: y, width: c.percentWidth,
                              style: ClassRow.style(of: text, otherwise: isArgmax ? Theme.argmax : .plain))
            for row in layout.rows(rect, slot: s) where p.isFinite {
                screen.draw(Bar.rightward(p, width: c.softmaxWidth, unicode: u), x: c.softmaxBar, y: row,
                            style: isArgmax ? Theme.argmax : Theme.bar)
            }
        }
    }
}

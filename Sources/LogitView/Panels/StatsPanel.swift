import LogitCore

/// The distribution's summary (entropy, perplexity, logsumexp, argmax, and cross-entropy when a
/// target is set), flowed onto as many lines as the width needs; and, when naive softmax breaks
/// down in this precision, what it gives and why, next to the stable bars above.
enum StatsPanel {
    static func lines(_ state: ExplorerState, width: Int, mode: Layout.Mode, options: RenderOptions, hints: Bool) -> [[Span]] {
        let u = options.unicode
        let g = Glyphs(options)
        let a = state.analysis
        let d = state.document
        func value(_ x: Double, digits: Int = 4) -> Span {
            let f = NumberFormat.number(x, digits: digits)
            return Span(f.text, ClassRow.style(of: f, otherwise: .plain))
        }
        func name(_ text: String) -> Span { Span(text + " ", Theme.heading) }

        var items: [[Span]] = [
            [name("entropy"), value(a.entropyNats), Span(" nats = "), value(a.entropyBits), Span(" bits")],
            [name("perplexity"), value(a.perplexity)],
            [name("logsumexp"), value(a.logsumexp)],
            [name("argmax"), Span("\(g.argmax) \(d.labels[a.argmax])", Theme.argmax)],
        ]
        if let t = d.target, let ce = a.crossEntropy {
            items.append([name("cross-entropy"), Span("\(g.target) \(d.labels[t]) ", Theme.target), value(ce), Span(" nats")])
        } else if hints {
            items.append([name("cross-entropy"), Span("(press c on the true class)", Theme.hint)])
        }
        var out = flow(items, width: width, unicode: u)
        out += naiveLines(state, width: width, options: options)
        return out
    }

    /// Naive exp(u)/Σexp(u) when it gives an inf or a NaN, with the reason.
    private static func naiveLines(_ state: ExplorerState, width: Int, options: RenderOptions) -> [[Span]] {
        let a = state.analysis
        guard !a.naiveSoftmaxIsFinite else { return [] }
        let g = Glyphs(options)
        let p = state.document.precision
        var values: [Span] = [Span("naive softmax ", Theme.error), Span("(no max subtracted): ", Theme.hint)]
        let shown = min(a.count, 6)
        for i in 0..<shown {
            if i > 0 { values.append(Span(" \(g.dot) ", Theme.hint)) }
            let f = NumberFormat.probability(a.naiveSoftmax(at: i))
            values.append(Span(f.text, ClassRow.style(of: f, otherwise: .plain)))
        }
        if a.count > shown { values.append(Span(" \(g.dot) …", Theme.hint)) }

        let top = a.scaled.filter(\.isFinite).max() ?? 0
        let reason: String
        if top > p.expOverflowLimit {
            reason = "exp(z/T) overflows \(p.displayName) above z/T = \(NumberFormat.number(p.expOverflowLimit).text)"
        } else if top < p.expUnderflowLimit {
            reason = "every exp(z/T) underflows to 0 in \(p.displayName) below \(NumberFormat.number(p.expUnderflowLimit).text): 0/0"
        } else {
            reason = "exp(z/T) leaves \(p.displayName)'s range"
        }
        let fix = [Span("the bars above subtract the max first", Theme.hint)]
        return flow([values, [Span(reason, Theme.hint)], fix], width: width, unicode: options.unicode)
    }
}

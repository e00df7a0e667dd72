import LogitCore

/// The distribution's summary (entropy, perplexity, logsumexp, argmax, and cross-entropy when a
/// target is set), flowed onto as many lines as the width needs; and, when naive softmax breaks
/// down in this precision, what it gives and why, next to the stable bars above.
enum StatsPanel {
    static func lines(
        _ state: ExplorerState, figures f: ClassroomFigures, width: Int, mode: Layout.Mode, options: RenderOptions, hints: Bool, brief: Bool = false
    ) -> [[Span]] {
        let u = options.unicode
        let g = Glyphs(options)
        let a = state.analysis
        let d = state.document
        func value(_ x: Double, digits: Int = 4) -> Span {
            let f = NumberFormat.number(x, digits: digits)
            return Span(f.text, ClassRow.style(of: f, otherwise: .plain))
        }
        func name(_ text: String) -> Span { Span(text + " ", Theme.heading) }

        let entropy = [name("entropy"), value(a.entropyNats), Span(" nats = "), value(a.entropyBits), Span(" bits")]
        let argmax = [name("argmax"), Span("\(g.argmax) \(d.labels.displayName(at: a.argmax))", Theme.argmax)]
        let top = [name("top p"), Span(NumberFormat.probability(f.topProbability).text, Theme.argmax)]
        // H / log N: 0 one-hot, 1 uniform (over the unmasked classes); the margin is between the
        // two largest logits, the gap temperature divides.
        var items: [[Span]] = [entropy]
        // An API's logprobs: only the listed alternatives are known; the rest is always shown.
        if let partial = d.partial {
            items.insert([name("partial"), Span(partial.summary(d) { NumberFormat.probability($0).text }, Theme.hint)], at: 0)
        }
        if !brief {
            if let h = f.normalizedEntropy { items.append([name("normalized H"), value(h)]) }
            items += [[name("perplexity"), value(a.perplexity)], [name("logsumexp"), value(a.logsumexp)]]
        }
        items += [argmax, top]
        if !brief, let m = f.margin { items.append([name("margin"), value(m)]) }
        if let t = d.target, let ce = a.crossEntropy {
            items.append([name("cross-entropy"), Span("\(g.target) \(d.labels.displayName(at: t)) ", Theme.target), value(ce), Span(" nats")])
        } else if hints {
            items.append([name("cross-entropy"), Span("(press c on the true class)", Theme.hint)])
        }
        var out = flow(items, width: width, unicode: u)
        if !brief { out += naiveLines(state, width: width, options: options) }
        return out
    }

    /// Naive exp(u)/Σexp(u) when it gives an inf or a NaN, with the reason.
    private static func naiveLines(_ state: ExplorerState, width: Int, options: RenderOptions) -> [[Span]] {
        let a = state.analysis
        // The lab in focus says all of this, and more; no need to say it twice.
        guard state.classroom.focus != .lab, !a.naiveSoftmaxIsFinite else { return [] }
        let g = Glyphs(options)
        let p = state.document.precision
        var values: [Span] = [Span("naive softmax ", Theme.error), Span("(no max subtracted): ", Theme.hint)]
        let shown = min(a.count, 6)
        let naive = a.naive
        for i in 0..<shown {
            if i > 0 { values.append(Span(" \(g.dot) ", Theme.hint)) }
            let f = NumberFormat.probability(naive.softmax(at: i))
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
        let fix = state.classroom.maxTrick
            ? [Span("the bars above subtract the max first", Theme.hint)]
            : [Span("the bars above are naive too: n turns the max trick back on", Theme.hint)]
        return flow([values, [Span(reason, Theme.hint)], fix], width: width, unicode: options.unicode)
    }
}

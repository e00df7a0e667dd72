import LogitCore

/// Two lines under the ranked list: the filters in force with what they keep, and the seed, the
/// last draw and the distribution's summary (entropy, perplexity), each figure from the core.
enum SamplingPanel {
    static func lines(_ state: ExplorerState, options: RenderOptions) -> [[Span]] {
        let g = Glyphs(options)
        let d = state.document
        let f = state.filtered
        let filters = d.filters
        func name(_ text: String) -> Span { Span(text + " ", Theme.heading) }
        func value(_ text: String?, on: Bool = true) -> Span { Span(text ?? "off", on && text != nil ? Theme.key : Theme.hint) }
        let sep = Span(" \(g.dot) ", Theme.hint)

        var first: [Span] = [
            name("top-k"), value(filters.topK.map(String.init)), sep,
            name("top-p"), value(filters.topP.map { NumberFormat.number($0, digits: 6).text }), sep,
            name("min-p"), value(filters.minP.map { NumberFormat.number($0, digits: 6).text }), sep,
        ]
        let mass = NumberFormat.probability(f.keptMass).text
        first.append(Span("kept \(f.keptCount) of \(d.count) token\(d.count == 1 ? "" : "s"), mass \(mass)",
                          filters.isActive ? Theme.threshold : Theme.hint))

        var second: [Span] = [name("seed"), Span(String(d.seed), Theme.key), sep]
        let s = state.sampling
        if let last = s.lastDraw {
            second += [Span("drew ", Theme.hint), Span("\(g.sampled) \(d.labels.displayName(at: last))", Theme.sampled),
                       Span(" (rank \(state.rankOrder.rank(of: last) + 1), id \(last))", Theme.hint)]
            if let batch = s.batch {
                second += [sep, Span("\(batch.draws) draws: FREQ beside P", Theme.hint)]
            }
        } else {
            second.append(Span("z draws a token, Z draws \(ExplorerState.batchDrawCount)", Theme.hint))
        }
        let a = state.analysis
        second += [sep, name("entropy"), Span(NumberFormat.number(a.entropyNats).text + " nats"),
                   sep, name("perplexity"), Span(NumberFormat.number(a.perplexity).text)]
        return [first, second]
    }

    static func draw(_ state: ExplorerState, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        for (n, line) in lines(state, options: options).prefix(rect.height).enumerated() {
            screen.write(line, x: rect.x, y: rect.y + n, maxWidth: rect.width, unicode: options.unicode)
        }
    }
}

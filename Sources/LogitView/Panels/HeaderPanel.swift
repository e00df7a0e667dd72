import LogitCore

/// The title bar: what is being looked at (classes, T, precision, step) and the answer (argmax).
enum HeaderPanel {
    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        draw(state, in: rect, mode: layout.mode, options: layout.options, on: &screen)
    }

    /// The same without a `Layout` (the ranked list has its own).
    static func draw(_ state: ExplorerState, in rect: Rect, mode: Layout.Mode, options: RenderOptions, on screen: inout Screen) {
        let g = Glyphs(options)
        let d = state.document

        let temperature = "T = \(NumberFormat.number(d.temperature, digits: 6).text)"
        var parts: [String]
        if let partial = d.partial, d.logits.indices.contains(partial.restIndex) {
            // An API response's token: what it lists, when its probabilities were taken, and
            // whether T and the filters work on the listed alone.
            parts = ["\(partial.restIndex) listed + rest"]
            if partial.stage != .unknown { parts.append(partial.stage.rawValue) }
            parts.append(d.renormalizesListedOnly ? temperature + ", listed only" : temperature)
        } else {
            parts = ["\(d.count) \(d.count == 1 ? "class" : "classes")", temperature]
        }
        parts.append(d.precision.displayName)
        if mode == .interactive { parts.append("step \(NumberFormat.number(state.step).text)") }
        let argmax = state.analysis.argmax
        parts.append("argmax \(g.argmax) \(d.labels.displayName(at: argmax))")
        drawBar(parts, in: rect, helpButton: mode == .interactive, options: options, on: &screen)
    }

    /// The bar itself: "logitscope · part · part…", and the help button at the right end.
    static func drawBar(_ parts: [String], in rect: Rect, helpButton: Bool, options: RenderOptions, on screen: inout Screen) {
        let g = Glyphs(options)
        let u = options.unicode
        let style = Theme.header
        screen.fill(rect, style: style)
        var spans = [Span(" logitscope", style)]
        for part in parts { spans += [Span(" \(g.dot) ", style), Span(part, style)] }
        let right = helpButton ? Layout.helpButton : ""
        let rightWidth = DisplayText.width(right, unicode: u)
        screen.write(spans, x: rect.x, y: rect.y, maxWidth: rect.width - rightWidth, unicode: u)
        if !right.isEmpty {
            screen.write(right, x: rect.maxX - rightWidth, y: rect.y, style: style, unicode: u)
        }
    }
}

import LogitCore

/// What the chosen precision could not hold (a logit beyond Float16's ±65504), right under the
/// header where it cannot be missed. Two lines at most; the rest are counted.
enum WarningsPanel {
    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        draw(state, in: rect, options: layout.options, on: &screen)
    }

    static func draw(_ state: ExplorerState, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        let warnings = state.analysis.warnings
        let g = Glyphs(options)
        for row in 0..<rect.height {
            let y = rect.y + row
            var text = warnings[row].text(labels: state.document.labels)
            if row == rect.height - 1 && warnings.count > rect.height {
                text += " (and \(warnings.count - rect.height) more)"
            }
            screen.write([Span("\(g.warning) ", Theme.warning), Span(text, Theme.warning)],
                         x: rect.x, y: y, maxWidth: rect.width, unicode: options.unicode)
        }
    }
}

import LogitCore

/// What every row panel draws the same way: the markers (▸ selected, ★ argmax, ◎ target), the
/// label, and the "↑ N more" / "↓ N more" lines, so a class looks the same in every panel.
enum ClassRow {
    static func drawMarkers(_ state: ExplorerState, _ i: Int, y: Int, layout: Layout, on screen: inout Screen) {
        let g = Glyphs(layout.options)
        let x = layout.columns.markers
        if layout.mode == .interactive && i == state.selection {
            screen.write(g.selection, x: x, y: y, style: Style(bold: true), maxWidth: 1)
        }
        if i == state.analysis.argmax {
            screen.write(g.argmax, x: x + 1, y: y, style: Theme.argmax, maxWidth: 1)
        }
        if state.document.target == i {
            screen.write(g.target, x: x + 2, y: y, style: Theme.target, maxWidth: 1)
        }
    }

    /// The label, cut to the label column; reversed when selected (interactive only).
    static func drawLabel(_ state: ExplorerState, _ i: Int, y: Int, layout: Layout, on screen: inout Screen) {
        let c = layout.columns
        let style: Style =
            state.document.logits[i] == -.infinity ? Theme.masked
            : i == state.analysis.argmax ? Theme.argmax : .plain
        screen.write(state.document.labels.displayName(at: i), x: c.label, y: y, style: style, maxWidth: c.labelWidth,
                     unicode: layout.options.unicode)
    }

    /// Reverses the label and value cells of the selected row, so the selection reads without
    /// colour; the ▸ marker says the same in plain text.
    static func highlight(_ state: ExplorerState, _ i: Int, y: Int, layout: Layout, on screen: inout Screen) {
        guard layout.mode == .interactive, i == state.selection else { return }
        let c = layout.columns
        screen.restyle(Rect(x: c.label - 1, y: y, width: c.value + c.valueWidth + 1 - (c.label - 1), height: 1)) {
            $0.reverse = true
        }
    }

    /// Walks the slots of `window`, the one loop every panel with a row per class draws with: the
    /// "↑/↓ N more" indicator where the window is cut, else the class's markers and label, then
    /// `row(i, slot, y, &screen)` for the panel's own columns.
    static func drawRows(
        _ state: ExplorerState, window: RowWindow, y rowY: (_ slot: Int) -> Int, layout: Layout, on screen: inout Screen,
        _ row: (_ index: Int, _ slot: Int, _ y: Int, _ screen: inout Screen) -> Void
    ) {
        for s in 0..<window.slots {
            let y = rowY(s)
            guard let i = window.index(atSlot: s) else {
                drawIndicator(slot: s, y: y, window: window, layout: layout, on: &screen)
                continue
            }
            drawMarkers(state, i, y: y, layout: layout, on: &screen)
            drawLabel(state, i, y: y, layout: layout, on: &screen)
            row(i, s, y, &screen)
        }
    }

    /// The indicator line of slot s, if it is one.
    static func drawIndicator(slot s: Int, y: Int, window: RowWindow? = nil, layout: Layout, on screen: inout Screen) {
        let w = window ?? layout.window
        let g = Glyphs(layout.options)
        let text: String
        if s == 0 && w.topIndicator {
            text = "\(g.up) \(w.moreAbove) more"
        } else if s == w.bottomIndicatorSlot && w.bottomIndicator {
            text = "\(g.down) \(w.moreBelow) more"
        } else {
            return
        }
        screen.write(text, x: layout.columns.label, y: y, style: Theme.hint, maxWidth: layout.columns.labelWidth + 1 + layout.columns.valueWidth)
    }

    /// A class's label in running text, with ★ before it when it is the argmax (the argmax is
    /// marked wherever it appears).
    static func mention(_ state: ExplorerState, _ i: Int, options: RenderOptions) -> String {
        let label = state.document.labels.displayName(at: i)
        return i == state.analysis.argmax ? "\(Glyphs(options).argmax) \(label)" : label
    }

    /// The style a formatted number is drawn in: exact zeros and inf/NaN are marked.
    static func style(of number: FormattedNumber, otherwise style: Style) -> Style {
        switch number.kind {
        case .normal: style
        case .zero: Theme.exactZero
        case .nonFinite: Theme.nonFinite
        case .masked: Theme.masked
        }
    }
}

import LogitCore

/// The explorer for a vocabulary (or any vector in rank order): the header, the ranked list, the
/// sampling panel and the status line, in place of the side-by-side row panels, whose every-class
/// layout does not scale to 128k rows. `Arrangement` and `MouseMap` come here when
/// `ExplorerState.showsList` says so.
enum ListView {
    /// Everything but the status line and the overlays, which the frame adds.
    static func draw(_ state: ExplorerState, layout: ListLayout, on screen: inout Screen) {
        HeaderPanel.draw(state, in: layout.header, mode: layout.mode, options: layout.options, on: &screen)
        WarningsPanel.draw(state, in: layout.warnings, options: layout.options, on: &screen)
        RowStrip.draw(state, in: layout.strip, options: layout.options, on: &screen)
        ListPanel.draw(state, layout: layout, on: &screen)
        SamplingPanel.draw(state, in: layout.sampling, options: layout.options, on: &screen)
    }

    /// A press on a row selects its token; on the strip of rows, opens the row under it; the
    /// wheel scrolls (in `MouseMap`); the header's help.
    static func action(for event: MouseEvent, in state: ExplorerState, layout: ListLayout) -> Action? {
        guard event.kind == .press else { return nil }
        if event.y == layout.header.y && event.x >= layout.size.width - Layout.helpButton.count { return .toggleHelp }
        if layout.strip.contains(x: event.x, y: event.y) {
            return RowStrip.row(atX: event.x, y: event.y, in: layout.strip, state: state, unicode: layout.options.unicode).map(Action.openRow)
        }
        return layout.classIndex(atY: event.y, in: state).map(Action.select)
    }
}

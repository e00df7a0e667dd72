import LogitCore

/// The calibration view of a dataset (issue 12), in place of the explorer's panels while it is
/// open: the title bar, the figures, the reliability diagram with the confidence histogram, and
/// the rows. `Arrangement` and `MouseMap` come here when `ExplorerState.showsCalibration` says so.
enum CalibrationView {
    /// Everything but the status line and the overlays, which the frame adds.
    static func draw(_ state: ExplorerState, layout: CalibrationLayout, on screen: inout Screen) {
        drawHeader(state, in: layout.header, options: layout.options, on: &screen)
        CalibrationFiguresPanel.draw(state, in: layout.figures, options: layout.options, on: &screen)
        ReliabilityDiagram.draw(state, layout: layout, on: &screen)
        CalibrationRowList.draw(state, layout: layout, on: &screen)
    }

    /// What is measured: T, the type computed in, the rows with a target and the file.
    static func drawHeader(_ state: ExplorerState, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        let session = state.rows!
        let c = session.calibration!
        let computed = c.logits.rows.elementType.precision == .float64 ? Precision.float64 : .float32
        let parts = [
            "calibration",
            "T = \(CalibrationFiguresPanel.temperature(state.document.temperature))",
            computed.displayName,
            c.set.count == c.set.totalRows ? "\(c.set.count) rows" : "\(c.set.count) of \(c.set.totalRows) rows with a target",
            c.logits.rows.name,
        ]
        HeaderPanel.drawBar(parts, in: rect, helpButton: true, options: options, on: &screen)
    }

    /// A press on a list row selects it, or opens it when it is already selected; the wheel moves
    /// the cursor; the header's help.
    static func action(for event: MouseEvent, layout: CalibrationLayout) -> Action? {
        switch event.kind {
        case .scrollUp: return .calibration(.moveCursor(by: -1))
        case .scrollDown: return .calibration(.moveCursor(by: 1))
        case .press: break
        case .drag, .release: return nil
        }
        if event.y == layout.header.y && event.x >= layout.size.width - Layout.helpButton.count { return .toggleHelp }
        guard layout.list.contains(x: event.x, y: event.y) else { return nil }
        return layout.listIndex(atY: event.y).map { .calibration(.click($0)) }
    }
}

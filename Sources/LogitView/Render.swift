import LogitCore

/// The explorer's panels for `--print`: `width` columns, as many rows as the panels need, no
/// status line or key hints, no selection; the classroom panels follow when the width allows. The
/// ranked list prints the top of the ranking (25 rows, then how many more) and the sampling panel.
public func renderPrintout(_ state: ExplorerState, width: Int, options: RenderOptions = .init()) -> Screen {
    var printed = state
    printed.field = nil
    let arrangement = Arrangement(printed, size: Size(width: width, height: 0), mode: .printout, options: options)
    // A file of rows: the sequence table below the open row's panels.
    let table = RowSequenceTable.height(printed)
    var screen = Screen(size: Size(width: width, height: arrangement.height + (table > 0 ? table + 1 : 0)))
    arrangement.draw(printed, on: &screen)
    if table > 0 {
        RowSequenceTable.draw(printed, y: arrangement.height + 1, width: width, options: options, on: &screen)
    }
    return screen.finished(options)
}

/// The ranks `renderPrintout` lists at most: the top of the ranking, nothing below it.
public let printedRanks = ListLayout.printedRows

/// The narrowest width the panels are laid out in (`Layout.minimumSize`): the explorer shows a
/// message below it, and `--print` refuses a narrower `--width` (`PrintWidth.minimum`).
public let minimumPanelWidth = Layout.minimumSize.width

/// The row panels, shared by the explorer's frame and `--print`.
func drawPanels(_ state: ExplorerState, layout: Layout, on screen: inout Screen) {
    HeaderPanel.draw(state, in: layout.header, layout: layout, on: &screen)
    WarningsPanel.draw(state, in: layout.warnings, layout: layout, on: &screen)
    LogitsPanel.draw(state, in: layout.logits, layout: layout, on: &screen)
    SoftmaxPanel.draw(state, in: layout.softmax, layout: layout, on: &screen)
    if layout.sigmoid.height > 0 {
        SigmoidPanel.draw(state, in: layout.sigmoid, layout: layout, on: &screen)
    }
    if let (panel, rect) = layout.middle {
        ClassroomPanels.draw(panel, state, in: rect, layout: layout, on: &screen)
    }
    for (n, line) in layout.statsLines.enumerated() {
        screen.write(line, x: layout.stats.x, y: layout.stats.y + n, maxWidth: layout.stats.width, unicode: layout.options.unicode)
    }
    for (panel, rect) in layout.asidePanels {
        ClassroomPanels.draw(panel, state, in: rect, layout: layout, on: &screen)
    }
    if let target = layout.highlight, let row = layout.headingRect(of: target), let text = screen.writtenSpan(in: row) {
        screen.restyle(text) { $0 = Theme.pointer }
    }
}

import LogitCore

/// The explorer's frame for a terminal of `size`: a pure function of the state.
public func render(_ state: ExplorerState, size: Size, options: RenderOptions = .init()) -> Screen {
    if state.showsList {
        return ListView.render(state, size: size, options: options)
            .finished(options, presenting: state.classroom.presenting)
    }
    var screen = Screen(size: size)
    let layout = Layout(state, size: size, mode: .interactive, options: options)
    if layout.isTooSmall {
        TooSmallMessage.draw(in: size, options: options, on: &screen)
        return screen.finished(options)
    }
    drawPanels(state, layout: layout, on: &screen)
    LessonBox.draw(state, in: layout.lesson, layout: layout, on: &screen)
    StatusLine.draw(state, in: layout.status, layout: layout, on: &screen)
    switch state.overlay {
    case .help: HelpOverlay.draw(in: size, options: options, on: &screen)
    case .presets(let cursor): PresetPicker.draw(cursor: cursor, in: size, options: options, on: &screen)
    case .export: ExportMenu.draw(in: size, options: options, on: &screen)
    case .confirmOverwrite(let path): OverwritePrompt.draw(path: path, in: size, options: options, on: &screen)
    case .none: break
    }
    return screen.finished(options, presenting: state.classroom.presenting)
}

/// The same panels for `--print`: `width` columns, as many rows as the panels need, no status
/// line or key hints, no selection; the classroom panels follow when the width allows.
public func renderPrintout(_ state: ExplorerState, width: Int, options: RenderOptions = .init()) -> Screen {
    if state.showsList { return ListView.printout(state, width: width, options: options).finished(options) }
    var printed = state
    printed.field = nil
    let probe = Layout(printed, size: Size(width: width, height: 0), mode: .printout, options: options)
    var screen = Screen(size: Size(width: width, height: probe.height))
    drawPanels(printed, layout: probe, on: &screen)
    return screen.finished(options)
}

private func drawPanels(_ state: ExplorerState, layout: Layout, on screen: inout Screen) {
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

/// The rows a page moves (PgUp, PgDn): the rows of classes on screen less one, so a page keeps
/// one row of context. The backend sends it to the core as `setPageRows` when it changes.
public func pageRows(_ state: ExplorerState, size: Size, options: RenderOptions = .init()) -> Int {
    if state.showsList {
        return max(ListLayout(state, size: size, mode: .interactive, options: options).rows.height - 1, 1)
    }
    return max(Layout(state, size: size, mode: .interactive, options: options).window.slots - 1, 1)
}

import LogitCore

/// The explorer for a vocabulary (or any vector in rank order): the header, the ranked list, the
/// sampling panel and the status line, in place of the side-by-side row panels, whose every-class
/// layout does not scale to 128k rows. `render`, `renderPrintout` and `MouseMap` come here when
/// `ExplorerState.showsList` says so.
enum ListView {
    static func render(_ state: ExplorerState, size: Size, options: RenderOptions) -> Screen {
        var screen = Screen(size: size)
        let layout = ListLayout(state, size: size, mode: .interactive, options: options)
        if layout.isTooSmall {
            TooSmallMessage.draw(in: size, options: options, on: &screen)
            return screen
        }
        drawPanels(state, layout: layout, on: &screen)
        StatusLine.draw(state, in: layout.status, options: options, on: &screen)
        switch state.overlay {
        case .help: HelpOverlay.draw(in: size, options: options, sections: HelpOverlay.listSections, on: &screen)
        case .presets(let cursor): PresetPicker.draw(cursor: cursor, in: size, options: options, on: &screen)
        case .export: ExportMenu.draw(in: size, options: options, on: &screen)
        case .confirmOverwrite(let path): OverwritePrompt.draw(path: path, in: size, options: options, on: &screen)
        case .none: break
        }
        return screen
    }

    /// `--print`: the top of the ranking (25 rows, then how many more), and the sampling panel.
    static func printout(_ state: ExplorerState, width: Int, options: RenderOptions) -> Screen {
        var printed = state
        printed.field = nil
        let probe = ListLayout(printed, size: Size(width: width, height: 0), mode: .printout, options: options)
        var screen = Screen(size: Size(width: width, height: probe.height))
        drawPanels(printed, layout: probe, on: &screen)
        return screen
    }

    private static func drawPanels(_ state: ExplorerState, layout: ListLayout, on screen: inout Screen) {
        HeaderPanel.draw(state, in: layout.header, mode: layout.mode, options: layout.options, on: &screen)
        WarningsPanel.draw(state, in: layout.warnings, options: layout.options, on: &screen)
        ListPanel.draw(state, layout: layout, on: &screen)
        SamplingPanel.draw(state, in: layout.sampling, options: layout.options, on: &screen)
    }

    /// A press on a row selects its token; the wheel scrolls (in `MouseMap`); the header's help.
    static func action(for event: MouseEvent, in state: ExplorerState, size: Size, options: RenderOptions) -> Action? {
        guard event.kind == .press else { return nil }
        let layout = ListLayout(state, size: size, mode: .interactive, options: options)
        guard !layout.isTooSmall else { return nil }
        if event.y == layout.header.y && event.x >= size.width - Layout.helpButton.count { return .toggleHelp }
        return layout.classIndex(atY: event.y, in: state).map(Action.select)
    }
}

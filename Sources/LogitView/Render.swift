import LogitCore

/// The explorer's frame for a terminal of `size`: a pure function of the state.
public func render(_ state: ExplorerState, size: Size, options: RenderOptions = .init()) -> Screen {
    // Stub until the panels land: one line per class.
    var screen = Screen(size: size)
    for (row, label) in state.document.labels.enumerated() where row < size.height {
        for (x, ch) in "\(label) \(state.analysis.softmax[row])".enumerated() where x < size.width {
            screen[x, row] = Cell(ch)
        }
    }
    return screen
}

/// The same panels for `--print`: `width` columns, as many rows as the panels need, no status
/// line or key hints.
public func renderPrintout(_ state: ExplorerState, width: Int, options: RenderOptions = .init()) -> Screen {
    render(state, size: Size(width: width, height: state.document.count), options: options)
}

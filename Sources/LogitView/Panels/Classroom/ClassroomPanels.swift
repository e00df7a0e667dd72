import LogitCore

/// The classroom panels behind one interface, so the layout can size them and `render` can draw
/// whichever the layout placed, in the sigmoid panel's place or below the stats.
enum ClassroomPanels {
    /// What the layout measures once for the panels whose fixed rows depend on the state: the
    /// binary view's lines and the online softmax's rows of blocks.
    struct Extents: Equatable {
        var binaryLines: Int
        var onlineBlocks: Int
    }

    /// Rows a panel takes besides one row per class shown (all of its rows, for the binary view,
    /// whose `binaryLines` the layout made once).
    static func fixedRows(_ panel: ClassroomPanel, _ extents: Extents) -> Int {
        switch panel {
        case .steps: StepsPanel.fixedRows
        case .lab: LabPanel.fixedRows
        case .binary: extents.binaryLines + 1
        case .loss: LossPanel.fixedRows
        case .logSoftmax: LogSoftmaxPanel.fixedRows
        case .online: OnlinePanel.fixedRows + extents.onlineBlocks
        }
    }

    /// Whether the panel has a row per class (the binary view is about the selected class only).
    static func hasClassRows(_ panel: ClassroomPanel) -> Bool { panel != .binary }

    /// The panel's height when it shows `slots` classes.
    static func height(_ panel: ClassroomPanel, slots: Int, _ extents: Extents) -> Int {
        fixedRows(panel, extents) + (hasClassRows(panel) ? slots : 0)
    }

    /// The panels `--print` adds when the width allows: all of them, unless the vocabulary is so
    /// long that they would bury the rest.
    static func printed(_ state: ExplorerState) -> [ClassroomPanel] {
        state.document.count <= 64 ? ClassroomPanel.allCases : []
    }

    static func draw(_ panel: ClassroomPanel, _ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        switch panel {
        case .steps: StepsPanel.draw(state, in: rect, layout: layout, on: &screen)
        case .lab: LabPanel.draw(state, in: rect, layout: layout, on: &screen)
        case .binary: BinaryPanel.draw(state, in: rect, layout: layout, on: &screen)
        case .loss: LossPanel.draw(state, in: rect, layout: layout, on: &screen)
        case .logSoftmax: LogSoftmaxPanel.draw(state, in: rect, layout: layout, on: &screen)
        case .online: OnlinePanel.draw(state, in: rect, layout: layout, on: &screen)
        }
    }

    /// The classes a panel of `rect` shows below its `fixedAbove` heading rows: all of them in a
    /// printout, otherwise a window around the selection.
    static func window(_ state: ExplorerState, rect: Rect, fixedRows: Int, layout: Layout) -> RowWindow {
        let count = state.document.count
        if layout.mode == .printout { return RowWindow(count: count, slots: count, selection: 0) }
        return RowWindow(count: count, slots: max(rect.height - fixedRows, 0), selection: state.selection)
    }

    /// The row naming a panel's columns: CLASS over the labels, then each shown column's name,
    /// in the headings' style unless `style` says otherwise (the lab's naive columns are errors).
    static func drawColumnNames(
        _ names: [String], columns: NumberColumns, y: Int, layout: Layout, on screen: inout Screen,
        style: (Int) -> Style = { _ in Theme.heading }
    ) {
        let c = layout.columns
        screen.write("CLASS", x: c.label, y: y, style: Theme.heading, maxWidth: c.labelWidth)
        columns.writeNames(names, y: y, on: &screen, unicode: layout.options.unicode, style: style)
    }

    /// Draws a panel's class rows from `top`: the "↑/↓ N more" indicators where the window is cut,
    /// and for each class its markers and label, then `row(i, y, &screen)` for the panel's own
    /// columns. Returns the window, whose `slots` say where the rows end.
    @discardableResult
    static func drawRows(
        _ state: ExplorerState, rect: Rect, fixedRows: Int, top: Int, layout: Layout, on screen: inout Screen,
        _ row: (_ index: Int, _ y: Int, _ screen: inout Screen) -> Void
    ) -> RowWindow {
        let window = window(state, rect: rect, fixedRows: fixedRows, layout: layout)
        ClassRow.drawRows(state, window: window, y: { top + $0 }, layout: layout, on: &screen) { i, _, y, screen in
            row(i, y, &screen)
        }
        return window
    }
}

/// Right-aligned numeric columns after the label column, laid out from a list of widths: the
/// columns that do not fit the width are left out, last first, so a narrow terminal loses the
/// least important ones.
struct NumberColumns {
    /// The x of each column that fits (its right edge is x + width), by the column's index.
    let x: [Int: Int]
    let widths: [Int]

    init(start: Int, widths: [Int], gap: Int = 1, width: Int, dropOrder: [Int] = []) {
        self.widths = widths
        var kept = Set(widths.indices)
        func total() -> Int { kept.reduce(0) { $0 + widths[$1] + gap } }
        var order = dropOrder
        while start + total() > width, !order.isEmpty { kept.remove(order.removeFirst()) }
        var positions: [Int: Int] = [:]
        var x = start
        for i in widths.indices where kept.contains(i) {
            x += gap
            positions[i] = x
            x += widths[i]
        }
        self.x = positions
    }

    /// Writes `text` right-aligned in column i, if it is shown.
    func write(_ i: Int, _ text: String, y: Int, style: Style = .plain, on screen: inout Screen, unicode: Bool) {
        guard let x = x[i] else { return }
        screen.writeRight(text, x: x, y: y, width: widths[i], style: style, unicode: unicode)
    }

    /// Writes a formatted number in column i, marking zeros and inf/NaN.
    func write(_ i: Int, _ number: FormattedNumber, y: Int, style: Style = .plain, on screen: inout Screen, unicode: Bool) {
        write(i, number.text, y: y, style: ClassRow.style(of: number, otherwise: style), on: &screen, unicode: unicode)
    }

    /// Writes each shown column's name on row y, right-aligned as its numbers are.
    func writeNames(_ names: [String], y: Int, on screen: inout Screen, unicode: Bool, style: (Int) -> Style = { _ in Theme.heading }) {
        for (i, name) in names.enumerated() {
            write(i, name, y: y, style: style(i), on: &screen, unicode: unicode)
        }
    }

    /// The right edge of column i, if shown.
    func end(_ i: Int) -> Int? { x[i].map { $0 + widths[i] } }
}

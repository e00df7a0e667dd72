import LogitCore

/// Where the ranked list puts things: the header, the column headings, the rows, the sampling
/// panel and the status line. Only the rows on screen are ever looked at: the window is computed
/// from the selection's position, so a frame of a 1M-token vocabulary costs what its 20 rows cost.
///
/// The list's items are the positions of the order shown, plus, in rank order with a filter on,
/// one extra item after the last kept token: the cut, drawn as a line.
struct ListLayout {
    let size: Size
    let mode: Layout.Mode
    let options: RenderOptions
    let isTooSmall: Bool

    let header: Rect
    let warnings: Rect
    /// The strip over a file of rows (`RowStrip`); empty for one vector.
    let strip: Rect
    /// The column headings.
    let heading: Rect
    /// The rows of items, one per terminal row.
    let rows: Rect
    let sampling: Rect
    let status: Rect
    let height: Int

    /// Which items the rows show.
    let window: RowWindow
    /// The item that is the cut line, when it is drawn.
    let cutItem: Int?
    let columns: ListColumns

    /// Rows the printout lists: the top of the ranking, as a reader of a vocabulary wants it.
    static let printedRows = 25
    static let samplingLines = 2

    init(_ state: ExplorerState, size: Size, mode: Layout.Mode, options: RenderOptions) {
        self.size = size
        self.mode = mode
        self.options = options
        isTooSmall = mode == .interactive
            && (size.width < Layout.minimumSize.width || size.height < Layout.minimumSize.height)
        let n = state.document.count
        let f = state.filtered
        let cut = state.order == .rank && f.filters.isActive ? f.keptCount : nil
        cutItem = cut
        let items = n + (cut == nil ? 0 : 1)
        let warningLines = min(state.analysis.warnings.count, 2)

        var y = 0
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        y += 1
        warnings = Rect(x: 1, y: y, width: size.width - 2, height: warningLines)
        y += warningLines
        let stripHeight = state.rows != nil && mode == .interactive ? RowStrip.height : 0
        strip = Rect(x: 1, y: y, width: size.width - 2, height: stripHeight)
        y += stripHeight
        heading = Rect(x: 0, y: y, width: size.width, height: 1)
        y += 1
        let slots: Int
        switch mode {
        case .interactive:
            slots = max(size.height - y - Self.samplingLines - 1, 0)
            window = RowWindow(count: items, slots: slots, selection: Self.item(ofPosition: state.position(of: state.selection), cut: cut))
        case .printout:
            slots = min(items, Self.printedRows)
            window = RowWindow(count: items, slots: slots, selection: 0)
        }
        rows = Rect(x: 0, y: y, width: size.width, height: slots)
        y += slots
        sampling = Rect(x: 1, y: y, width: size.width - 2, height: Self.samplingLines)
        y += Self.samplingLines
        switch mode {
        case .interactive:
            status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
            height = size.height
        case .printout:
            status = Rect(x: 0, y: y, width: size.width, height: 0)
            height = y
        }
        columns = ListColumns(state, width: size.width, window: window, cut: cut)
    }

    static func item(ofPosition p: Int, cut: Int?) -> Int {
        if let cut, p >= cut { return p + 1 }
        return p
    }

    /// The position an item shows; nil for the cut line.
    func position(ofItem item: Int) -> Int? {
        guard let cut = cutItem else { return item }
        if item == cut { return nil }
        return item > cut ? item - 1 : item
    }

    /// The class on row y, for a click.
    func classIndex(atY y: Int, in state: ExplorerState) -> Int? {
        guard y >= rows.y, y < rows.maxY, let item = window.index(atSlot: y - rows.y),
              let p = position(ofItem: item) else { return nil }
        return state.index(atPosition: p)
    }
}

/// The list's columns: markers, rank, id, label, logit, probability, then the renormalized
/// probability when a filter is on, the frequency after a batch of draws, the cumulative mass, and
/// a bar with what is left.
struct ListColumns {
    var rank = 5, rankWidth = 4
    var id = 0, idWidth = 2
    var label = 0, labelWidth = 8
    var logit = 0, logitWidth = 9
    var probability = 0
    var kept: Int?
    var frequency: Int?
    var cumulative = 0
    var bar = 0, barWidth = 0
    static let percentWidth = 7

    init(_ state: ExplorerState, width W: Int, window: RowWindow, cut: Int?) {
        let digits = String(max(state.document.count, 1)).count
        rankWidth = max(digits, 4)
        idWidth = max(digits, 2)
        id = rank + rankWidth + 1
        label = id + idWidth + 2
        var fixed = label + 1 + logitWidth + 1 + Self.percentWidth + 1 + Self.percentWidth
        if state.document.filters.isActive { fixed += Self.percentWidth + 1 }
        if state.sampling.batch != nil { fixed += Self.percentWidth + 1 }
        // The label column takes what it needs for the rows on screen (up to 24 cells); the bar
        // takes the rest.
        var widest = 5
        for slot in 0..<window.slots {
            guard let item = window.index(atSlot: slot) else { continue }
            let p = cut.map { item > $0 ? item - 1 : item } ?? item
            guard p < state.document.count, item != cut else { continue }
            let i = state.index(atPosition: p)
            widest = max(widest, DisplayText.width(state.document.labels.displayName(at: i), unicode: true))
        }
        labelWidth = max(min(widest, 24, W - 1 - fixed), 5)
        logit = label + labelWidth + 1
        probability = logit + logitWidth + 1
        var x = probability + Self.percentWidth + 1
        if state.document.filters.isActive { kept = x; x += Self.percentWidth + 1 }
        if state.sampling.batch != nil { frequency = x; x += Self.percentWidth + 1 }
        cumulative = x
        bar = cumulative + Self.percentWidth + 2
        barWidth = max(W - 1 - bar, 0)
    }
}

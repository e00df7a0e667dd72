import LogitCore

/// Where the calibration view puts things. The view replaces the explorer's panels (the strip,
/// the ranked list, the sampling panel, and the classroom's, which have no slot here) while it is
/// open: the figures across the top; on the left the reliability diagram over the confidence
/// histogram, sharing one column per bin; on the right the rows, as many as the height allows.
/// At 80×24 a bin is 3 cells wide and the list 27; at 200×60 a bin is 6 wide, wide enough to
/// print each bin's accuracy and confidence under it, and the list shows the classes' labels.
struct CalibrationLayout {
    let size: Size
    let options: RenderOptions
    let isTooSmall: Bool

    let header: Rect
    let figures: Rect
    /// The left pane: headings, the diagram, its axis, the histogram and the per-bin rows.
    let left: Rect
    /// The diagram's bars (without the axis labels), `chart.height` rows for accuracy 0 to 1.
    let chart: Rect
    /// The row of tick labels under the diagram.
    let axis: Int
    let histogramHeading: Int
    let histogram: Rect
    /// The first row of bin counts; counts that do not fit their bin's width alternate over two rows.
    let counts: Int
    let countRows: Int
    /// The rows of each bin's accuracy and confidence, when a bin is wide enough (nil otherwise).
    let binFigures: Int?
    /// Cells per bin (0 when the bins do not fit: the pane says so).
    let binWidth: Int

    /// The list pane: its title, its column headings, then `rows`.
    let list: Rect
    let rows: Rect
    let window: RowWindow
    let columns: CalibrationListColumns
    let status: Rect

    /// The axis labels' width, left of the bars (`100%│`).
    static let labelWidth = 5
    static let figuresHeight = 3
    /// The list's narrowest width; the diagram takes the rest, up to `maxBinWidth` a bin.
    static let minimumListWidth = 26
    static let maxBinWidth = 8

    init(_ state: ExplorerState, size: Size, options: RenderOptions) {
        self.size = size
        self.options = options
        isTooSmall = size.width < Layout.minimumSize.width || size.height < Layout.minimumSize.height
        let c = state.rows!.calibration!
        let W = size.width
        let bins = c.bins.count

        header = Rect(x: 0, y: 0, width: W, height: 1)
        figures = Rect(x: 0, y: 1, width: W, height: Self.figuresHeight)
        status = Rect(x: 0, y: size.height - 1, width: W, height: 1)
        let top = figures.maxY + 1
        let paneHeight = max(status.y - top, 0)

        // Columns: the diagram gets up to 11/20 of a wide screen, the list at least its minimum.
        let leftLimit = W >= 120 ? W * 11 / 20 : W - 1 - Self.minimumListWidth
        let w = min(max((leftLimit - Self.labelWidth - 2) / bins, 0), Self.maxBinWidth)
        binWidth = w
        let leftWidth = w > 0 ? 1 + Self.labelWidth + bins * w + 1 : max(leftLimit, 0)
        left = Rect(x: 0, y: top, width: leftWidth, height: paneHeight)

        // Rows of the left pane: heading, chart, axis, histogram heading, histogram, counts,
        // and the bins' accuracy and confidence when a bin has room for a percentage.
        let widest = String(c.figures.reliability.map(\.count).max() ?? 0).count
        countRows = w >= widest + 1 ? 1 : 2
        let figureRows = w >= 6 ? 2 : 0
        let bars = max(paneHeight - 3 - countRows - figureRows, 2)
        let chartHeight = max(bars * 2 / 3, 1)
        let histogramHeight = max(bars - chartHeight, 1)
        let x0 = 1 + Self.labelWidth
        chart = Rect(x: x0, y: top + 1, width: bins * w, height: chartHeight)
        axis = chart.maxY
        histogramHeading = axis + 1
        histogram = Rect(x: x0, y: histogramHeading + 1, width: bins * w, height: histogramHeight)
        counts = histogram.maxY
        binFigures = figureRows > 0 ? counts + countRows : nil

        list = Rect(x: leftWidth + 1, y: top, width: max(W - leftWidth - 2, 0), height: paneHeight)
        rows = Rect(x: list.x, y: top + 2, width: list.width, height: max(paneHeight - 2, 0))
        window = RowWindow(count: c.listed.count, slots: rows.height, selection: c.cursor)
        columns = CalibrationListColumns(c, x: list.x, width: list.width)
    }

    /// The list index on row y, for a click.
    func listIndex(atY y: Int) -> Int? {
        guard y >= rows.y, y < rows.maxY else { return nil }
        return window.index(atSlot: y - rows.y)
    }
}

/// The list's columns, left to right: the cursor, ✓ or ✗, the row, its classes (the target, and
/// the argmax when it differs), then as width allows the confidence, the loss, p(target) and
/// the classes' labels. The column the list is ordered by is kept when one must go.
struct CalibrationListColumns {
    var row = 0, rowWidth = 3
    var classes = 0, classesWidth = 5
    var confidence: Int?
    var loss: Int?
    var targetP: Int?
    /// The target's and the argmax's labels, on a wide list.
    var labels: Int?, labelWidth = 0
    static let numberWidth = 7

    init(_ c: CalibrationSession, x: Int, width: Int) {
        rowWidth = max(String(max(c.set.totalRows - 1, 0)).count, 3)
        row = x + 3
        classes = row + rowWidth + 1
        let idDigits = String(max(c.set.classes - 1, 0)).count
        classesWidth = max(2 * idDigits + 1, 5)
        var next = classes + classesWidth
        let end = x + width
        let n = Self.numberWidth
        // Confidence and loss, the ordered one first when only one fits.
        let wanted: [WritableKeyPath<CalibrationListColumns, Int?>] = c.order == .loss ? [\.loss, \.confidence] : [\.confidence, \.loss]
        for key in wanted where next + n <= end {
            self[keyPath: key] = next
            next += n
        }
        if next + n + 3 <= end {
            targetP = next
            next += n + 3
        }
        if end - next >= 12 {
            labels = next + 2
            labelWidth = end - next - 2
        }
        if let l = loss, let c2 = confidence, l < c2 {
            // Keep the reading order confidence, loss whatever was placed first.
            confidence = l
            loss = c2
        }
    }
}

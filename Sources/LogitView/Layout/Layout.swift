import LogitCore

/// Where everything goes, computed in one place: a `Frame` draws into it and hit-tests against it,
/// so a click lands on what the user sees. The panel content that decides the sizes (the stats'
/// lines, the lesson's, the binary view's) is made here once and kept for drawing.
struct Layout {
    enum Mode: Equatable {
        /// The explorer: a fixed size, a selection, a status line.
        case interactive
        /// `--print`: every class, no selection, no status line.
        case printout
    }

    /// Below this, a clear message replaces the panels: at 60×16 every panel still has its
    /// heading and a few rows, and 80×24 shows them all with room to spare.
    static let minimumSize = Size(width: 60, height: 16)

    let size: Size
    let mode: Mode
    let options: RenderOptions
    let isTooSmall: Bool

    let header: Rect
    let warnings: Rect
    /// The logits and softmax panels share rows: one row per class, side by side.
    let logits: Rect
    let softmax: Rect
    /// The sigmoid panel; empty when a classroom panel or presentation mode takes its place.
    let sigmoid: Rect
    let stats: Rect
    /// The classroom panel in the sigmoid panel's place (80×24 with a panel in focus), if any.
    let middle: (panel: ClassroomPanel, rect: Rect)?
    /// Classroom panels stacked below the stats, as many as fit (all of them in a printout).
    let asidePanels: [(panel: ClassroomPanel, rect: Rect)]
    /// Rows left free below the stats.
    let aside: Rect
    /// The tour's lesson box, above the status line.
    let lesson: Rect
    let status: Rect
    /// The panel the tour points at, drawn highlighted.
    let highlight: ExplorerPanel?
    /// Terminal rows per class in the row panels: 1, or up to 3 in presentation mode.
    let rowHeight: Int

    /// The classes shown in the row panels, which all show the same ones.
    let window: RowWindow
    let columns: Columns
    let statsLines: [[Span]]
    /// The classroom's per-class figures, made once a frame for the stats and the panels that show them.
    let figures: ClassroomFigures
    /// The tour lesson's lines below its rule; empty outside the tour.
    let lessonLines: [[Span]]
    /// The binary view's lines below its heading (its height depends on them).
    let binaryLines: [[Span]]
    /// The online softmax's rows of blocks (its height depends on them too).
    let onlineBlockRows: Int
    /// The logit bars cover [−range, range].
    let logitRange: Double

    /// Column positions shared by the row panels, so labels and numbers line up.
    struct Columns: Equatable {
        /// Selection marker; the argmax marker is one to the right, the target marker two.
        var markers = 1
        var label = 5
        var labelWidth = 5
        var value = 0
        var valueWidth = 9
        var logitBar = 0
        /// Cells on each side of the zero axis.
        var logitHalf = 0
        var percent = 0
        var percentWidth = 7
        var softmaxBar = 0
        var softmaxWidth = 0
        /// The sigmoid panel: percentage under the logit values, then the ✓ and the bar.
        var above = 0
        var sigmoidBar = 0
        var sigmoidWidth = 0
        /// A class's own threshold, when any class has one.
        var ownThreshold = 0
        var ownThresholdWidth = 0

        var axis: Int { logitBar + logitHalf }
        var logitBarWidth: Int { 2 * logitHalf + 1 }
    }

    /// What sits between the logits table and the stats.
    private enum Middle: Equatable {
        case sigmoid
        case classroom(ClassroomPanel)
        case nothing
    }

    /// Row counts for one choice of the middle panel.
    private struct Plan {
        var slots: Int
        var gaps: Int
        var rowHeight: Int
    }

    init(_ state: ExplorerState, size: Size, mode: Mode, options: RenderOptions) {
        self.size = size
        self.mode = mode
        self.options = options
        let W = size.width
        let count = state.document.count
        let analysis = state.analysis
        let classroom = state.classroom
        let presenting = mode == .interactive && classroom.presenting
        let tourStep = mode == .interactive ? classroom.tour.map { Tour.steps[$0.step] } : nil

        isTooSmall = mode == .interactive
            && (size.width < Self.minimumSize.width || size.height < Self.minimumSize.height)

        logitRange = Self.niceRange(analysis.logits)
        highlight = tourStep?.panel
        lessonLines = tourStep == nil ? [] : LessonBox.lines(state, width: W, options: options)
        let lessonHeight = tourStep == nil ? 0 : 1 + lessonLines.count
        let binaryLines = BinaryPanel.lines(state, options: options)
        self.binaryLines = binaryLines
        onlineBlockRows = OnlinePanel.blockRows(state, mode: mode)
        let extents = ClassroomPanels.Extents(binaryLines: binaryLines.count, onlineBlocks: onlineBlockRows)
        func panelHeight(_ panel: ClassroomPanel, slots: Int) -> Int {
            ClassroomPanels.height(panel, slots: slots, extents)
        }
        // On a short terminal the stats drop their hint line to leave rows for the classes.
        let figures = ClassroomFigures(state)
        self.figures = figures
        var stats = StatsPanel.lines(state, figures: figures, width: W - 2, mode: mode, options: options,
                                     hints: mode == .interactive && size.height >= 20 && tourStep == nil && !presenting,
                                     brief: presenting)
        let warningLines = min(analysis.warnings.count, 2)

        // Rows: header, warnings, gap, logits/softmax (heading + slots), gap, middle (sigmoid or
        // a classroom panel: heading + slots), gap, stats, [aside], [lesson], status. The gaps go
        // first when rows run short.
        func plan(_ middle: Middle, statsHeight: Int) -> Plan {
            switch mode {
            case .printout:
                return Plan(slots: count, gaps: 3, rowHeight: 1)
            case .interactive:
                let middleFixed: Int
                var perSlot = 2
                switch middle {
                case .sigmoid: middleFixed = 1
                case .classroom(let p):
                    middleFixed = ClassroomPanels.fixedRows(p, extents)
                    if !ClassroomPanels.hasClassRows(p) { perSlot = 1 }
                case .nothing:
                    middleFixed = 0
                    perSlot = 1
                }
                let fixed = 1 + warningLines + 1 + statsHeight + 1 + lessonHeight + middleFixed
                let available = max(size.height - fixed, 0)
                // Three classes per panel, or, when the list scrolls, three between its indicators.
                let wanted = count <= 3 ? count : min(count, 5)
                let gaps = [3, 2, 1, 0].first { (available - $0) / perSlot >= wanted } ?? 0
                // Presentation: the tallest bars that still show every class.
                let tallest = [3, 2].first(where: { (r: Int) -> Bool in (available - gaps) / (perSlot * r) >= count }) ?? 1
                let rowHeight = presenting ? tallest : 1
                let slots = max(min(count, (available - gaps) / (perSlot * rowHeight)), 0)
                return Plan(slots: slots, gaps: gaps, rowHeight: rowHeight)
            }
        }

        // The middle: the sigmoid panel, unless presentation mode hides it or the panel in focus
        // has no room below the stats and takes its place.
        var middle: Middle
        if mode == .printout {
            middle = .sigmoid
        } else if presenting {
            middle = classroom.focus.map(Middle.classroom) ?? (tourStep?.panel == .sigmoid ? .sigmoid : .nothing)
        } else {
            middle = .sigmoid
        }
        var p = plan(middle, statsHeight: stats.count)
        let minimumSlots = min(count, 3)
        if mode == .interactive, !presenting, let focus = classroom.focus {
            let asideRows = Self.asideRows(size: size, plan: p, warnings: warningLines, stats: stats.count, lesson: lessonHeight)
            if panelHeight(focus, slots: p.slots) + 1 > asideRows {
                middle = .classroom(focus)
                p = plan(middle, statsHeight: stats.count)
            }
        }
        // A lesson or presentation would rather lose the stats than the classes, unless the
        // lesson is about the stats.
        if mode == .interactive, tourStep != nil || presenting, p.slots < minimumSlots, tourStep?.panel != .stats {
            stats = []
            p = plan(middle, statsHeight: 0)
        }
        statsLines = stats
        let slots = p.slots
        let gaps = p.gaps
        rowHeight = p.rowHeight
        window = mode == .printout
            ? RowWindow(count: count, slots: count, selection: 0)
            : RowWindow(count: count, slots: slots, selection: state.selection)

        var y = 0
        header = Rect(x: 0, y: y, width: W, height: 1)
        y += 1
        warnings = Rect(x: 1, y: y, width: W - 2, height: warningLines)
        y += warningLines
        if gaps >= 1 { y += 1 }
        let tableHeight = 1 + slots * rowHeight
        columns = Self.columns(state, width: W, window: window, options: options)
        logits = Rect(x: 0, y: y, width: columns.percent - 1, height: tableHeight)
        softmax = Rect(x: columns.percent, y: y, width: W - columns.percent, height: tableHeight)
        y += tableHeight
        if gaps >= 2 && middle != .nothing { y += 1 }
        switch middle {
        case .sigmoid:
            sigmoid = Rect(x: 0, y: y, width: W, height: tableHeight)
            self.middle = nil
            y += tableHeight
        case .classroom(let panel):
            let h = panelHeight(panel, slots: slots)
            sigmoid = Rect(x: 0, y: y, width: W, height: 0)
            self.middle = (panel, Rect(x: 0, y: y, width: W, height: h))
            y += h
        case .nothing:
            sigmoid = Rect(x: 0, y: y, width: W, height: 0)
            self.middle = nil
        }
        if gaps >= 3 { y += 1 }
        self.stats = Rect(x: 1, y: y, width: W - 2, height: stats.count)
        y += stats.count
        switch mode {
        case .printout:
            var panels: [(ClassroomPanel, Rect)] = []
            if W >= Self.classroomPrintWidth {
                for panel in ClassroomPanels.printed(state) {
                    y += 1
                    let h = panelHeight(panel, slots: count)
                    panels.append((panel, Rect(x: 0, y: y, width: W, height: h)))
                    y += h
                }
            }
            asidePanels = panels
            aside = Rect(x: 0, y: y, width: W, height: 0)
            lesson = Rect(x: 0, y: y, width: W, height: 0)
            status = Rect(x: 0, y: y, width: W, height: 0)
            height = y
        case .interactive:
            let statusY = size.height - 1
            let lessonY = statusY - lessonHeight
            lesson = Rect(x: 0, y: lessonY, width: W, height: lessonHeight)
            status = Rect(x: 0, y: statusY, width: W, height: 1)
            height = size.height
            // Below the stats, the classroom panels that fit, the one in focus first.
            var panels: [(ClassroomPanel, Rect)] = []
            if !presenting {
                var order = ClassroomPanel.allCases.filter { Middle.classroom($0) != middle }
                if let focus = classroom.focus, let i = order.firstIndex(of: focus) {
                    order.remove(at: i)
                    order.insert(focus, at: 0)
                }
                var top = y
                for panel in order {
                    let h = panelHeight(panel, slots: min(count, max(slots, 1)))
                    guard top + 1 + h <= lessonY else { continue }
                    panels.append((panel, Rect(x: 0, y: top + 1, width: W, height: h)))
                    top += 1 + h
                }
                y = top
            }
            asidePanels = panels
            aside = Rect(x: 0, y: y, width: W, height: max(lessonY - y, 0))
        }
    }

    /// The printout adds the classroom panels from this width on (their columns need it).
    static let classroomPrintWidth = 72

    /// Rows free below the stats for a plan with the sigmoid panel in the middle.
    private static func asideRows(size: Size, plan p: Plan, warnings: Int, stats: Int, lesson: Int) -> Int {
        let used = 1 + warnings + min(p.gaps, 3) + 2 * (1 + p.slots * p.rowHeight) + stats + lesson + 1
        return size.height - used
    }

    /// The rows the frame takes (the printout grows to fit).
    let height: Int

    /// The row of slot s's text in a row panel whose heading is at `panel.y` (the middle row of
    /// a tall presentation row).
    func rowY(_ panel: Rect, slot: Int) -> Int { panel.y + 1 + slot * rowHeight + rowHeight / 2 }

    /// Every row of slot s (its bar fills them all in presentation mode).
    func rows(_ panel: Rect, slot: Int) -> Range<Int> {
        let top = panel.y + 1 + slot * rowHeight
        return top..<(top + rowHeight)
    }

    // MARK: - Columns

    private static func columns(_ state: ExplorerState, width W: Int, window: RowWindow, options: RenderOptions) -> Columns {
        var c = Columns()
        let labels = state.document.labels
        let widest = labels.indices.reduce(0) { max($0, DisplayText.width(labels.displayName(at: $1), unicode: options.unicode)) }
        c.labelWidth = min(max(widest, 7), max(8, min(W / 5, 32)))
        c.value = c.label + c.labelWidth + 1
        var valueWidth = 9
        for i in window.first..<(window.first + window.shown) {
            valueWidth = max(valueWidth, NumberFormat.logit(state.analysis.logits[i]).text.count)
        }
        c.valueWidth = min(valueWidth, 12)
        c.logitBar = c.value + c.valueWidth + 2
        // What is left after the fixed columns goes to the bars: about 2/5 to the logits.
        let rest = max(W - 1 - c.logitBar - 2 - c.percentWidth - 1, 8)
        c.logitHalf = max((rest * 2 / 5 - 1) / 2, 2)
        c.percent = c.logitBar + c.logitBarWidth + 2
        c.softmaxBar = c.percent + c.percentWidth + 1
        c.softmaxWidth = max(W - 1 - c.softmaxBar, 1)

        c.above = c.value + c.valueWidth + 1
        let own = state.document.classThresholds.hasOwn
        c.ownThresholdWidth = own ? 22 : 0
        c.sigmoidBar = c.above + 2
        c.sigmoidWidth = max(W - 1 - c.sigmoidBar - (own ? c.ownThresholdWidth + 2 : 0), 4)
        c.ownThreshold = c.sigmoidBar + c.sigmoidWidth + 2
        return c
    }

    /// A symmetric range for the logit bars: the largest |z| with some headroom (so a drag can
    /// go past it), rounded up to 1, 2, 3 or 5 times a power of ten.
    static func niceRange(_ logits: some Collection<Double>) -> Double {
        let largest = logits.reduce(0.0) { $1.isFinite ? max($0, Swift.abs($1)) : $0 }
        let target = max(largest * 1.2, 1)
        // Near Double's largest the headroom or the rounding up overflows to inf (and then the loop
        // below never ends): the range stops at the largest finite value.
        guard target.isFinite else { return .greatestFiniteMagnitude }
        var power = 1.0
        while power * 10 <= target { power *= 10 }
        for m in [1.0, 2, 3, 5, 10] where m * power >= target { return min(m * power, .greatestFiniteMagnitude) }
        return .greatestFiniteMagnitude
    }

    // MARK: - Hit testing

    /// The header's " ? help " corner.
    static let helpButton = " ? help "
    func isHelpButton(x: Int, y: Int) -> Bool {
        mode == .interactive && y == header.y && x >= header.maxX - Self.helpButton.count && x < header.maxX
    }

    /// The class whose row (in any row panel) is at y.
    func classIndex(atY y: Int) -> Int? {
        for panel in [logits, sigmoid] where y > panel.y && y < panel.maxY {
            return window.index(atSlot: (y - panel.y - 1) / rowHeight)
        }
        return nil
    }

    /// The logit that the logits panel's bar shows at column x, rounded to a readable value.
    func logitValue(atX x: Int) -> Double? {
        let c = columns
        guard x >= c.logitBar, x < c.logitBar + c.logitBarWidth else { return nil }
        let d = x - c.axis
        if d == 0 { return 0 }
        // The far edge of the cell: a press in the first cell right of the axis means one cell's worth.
        let cell = logitRange / Double(c.logitHalf)
        let raw = Double(d) * cell
        let resolution = Self.niceStep(below: cell)
        let rounded = (raw / resolution).rounded() * resolution
        return Double(NumberFormat.significant(rounded, digits: 6))!
    }

    /// The probability that the softmax panel's bar shows at column x.
    func probability(atX x: Int) -> Double? {
        let c = columns
        guard x >= c.softmaxBar, x < c.softmaxBar + c.softmaxWidth else { return nil }
        return Double(x - c.softmaxBar + 1) / Double(c.softmaxWidth)
    }

    /// The largest 1, 2 or 5 times a power of ten not above x.
    private static func niceStep(below x: Double) -> Double {
        var power = 1.0
        while power > x { power /= 10 }
        while power * 10 <= x { power *= 10 }
        for m in [5.0, 2, 1] where m * power <= x { return m * power }
        return power
    }
}

extension Layout {
    /// The heading row of a panel as drawn, for the tour's pointer; nil when it is not on screen.
    func headingRect(of panel: ExplorerPanel) -> Rect? {
        let rect: Rect
        switch panel {
        case .logits: rect = Rect(x: 0, y: logits.y, width: logits.width, height: logits.height)
        case .softmax: rect = softmax
        case .sigmoid: rect = sigmoid
        case .stats: rect = stats
        case .steps, .lab, .binary, .loss, .logSoftmax, .online:
            let p = panel.classroomPanel
            guard let found = ([middle].compactMap { $0 } + asidePanels).first(where: { $0.panel == p }) else { return nil }
            rect = found.rect
        }
        guard rect.height > 0 else { return nil }
        // The heading's row; `Screen.writtenSpan` narrows it to the text written there.
        return Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
    }
}

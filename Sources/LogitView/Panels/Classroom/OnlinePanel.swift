import LogitCore

/// The softmax in one pass, as attention kernels compute it (Milakov and Gimelshein 2018;
/// FlashAttention): the logits in blocks of B, and after each block its max, the running max m,
/// the factor e^(m_old − m) that rescales the running sum ℓ (its terms were taken against the old
/// max), the block's own Σ e^(z/T − m) and the new ℓ = ℓ_old · e^(m_old − m) + Σ, the row above
/// holding ℓ_old. Then each class's p = e^(z/T − m)/ℓ beside the stable p, and how many values of
/// the precision lie between them. Every exponent is ≤ 0, so where the naive path overflows the
/// closing line says that nothing here does.
///
/// More blocks than rows (B = 1 on a dozen classes): a window of blocks that follows the selected
/// class's block, with how many are hidden either side, as the class rows do; the closing line
/// gives the m and ℓ the walk ended at, which every p divides by, so the result reads whatever
/// the window shows. A printout shows every block.
enum OnlinePanel {
    /// Heading, the blocks' column names, the classes' column names, the closing line.
    static let fixedRows = 4
    /// On a terminal, at most this many rows of blocks (their "more" lines included), so that the
    /// classes keep theirs at 80×24.
    static let blockSlots = 4

    /// The rows of blocks the panel takes: every block in a printout, else up to `blockSlots`.
    static func blockRows(_ state: ExplorerState, mode: Layout.Mode) -> Int {
        let blocks = OnlineSoftmax.blockCount(count: state.document.count, block: state.document.effectiveOnlineBlock)
        return mode == .printout ? blocks : min(blocks, blockSlots)
    }

    private enum BlockColumn: Int {
        case block, classes, blockMax, max, rescale, blockSum, sum
    }

    private enum ClassColumn: Int {
        case scaled, block, exp, p, stable, ulps
    }

    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        let u = layout.options.unicode
        let g = Glyphs(layout.options)
        let c = layout.columns
        let a = state.analysis
        let online = OnlineSoftmax(a, block: state.document.effectiveOnlineBlock)
        let B = online.block
        let interactive = layout.mode == .interactive
        let ell = u ? "ℓ" : "l"

        let setter = interactive ? "B sets it" : "--block B"
        let heading = [
            Span(ClassroomPanel.online.title, Theme.heading),
            Span("  one pass, blocks of B = \(B), \(state.document.precision.displayName) (\(setter))", Theme.hint),
        ]
        screen.write(heading, x: c.label, y: rect.y, maxWidth: rect.width - c.label - 1, unicode: u)

        // The blocks: one row each, the selected class's block marked.
        let steps = online.steps
        let range = { (r: Range<Int>) -> String in
            r.count == 1 ? "\(r.lowerBound + 1)" : "\(r.lowerBound + 1)\(u ? "–" : "-")\(r.upperBound)"
        }
        let classesWidth = max(7, steps.last.map { range($0.range).count } ?? 0)
        let blocks = NumberColumns(
            start: c.label - 1, widths: [5, classesWidth, c.valueWidth, c.valueWidth, 11, 13, 10], width: rect.maxX - 1,
            dropOrder: [BlockColumn.classes.rawValue, BlockColumn.blockMax.rawValue])
        let yBlocks = rect.y + 1
        let blockNames = u
            ? ["BLOCK", "CLASSES", "max z/T", "m", "e^(m_old−m)", "Σ e^(z/T−m)", ell]
            : ["BLOCK", "CLASSES", "max z/T", "m", "e^(m_old-m)", "sum e^(z/T-m)", ell]
        blocks.writeNames(blockNames, y: yBlocks, on: &screen, unicode: u)
        let selectedBlock = interactive ? state.selection / B : 0
        // Two blocks between the "more" lines: the selected class's, and the one before it, whose ℓ
        // it rescales.
        let window = RowWindow(count: steps.count, slots: layout.onlineBlockRows, selection: max(selectedBlock - 1, 0))
        for s in 0..<window.slots {
            let y = yBlocks + 1 + s
            guard let b = window.index(atSlot: s) else {
                let hidden: (arrow: String, count: Int)? = s == 0 && window.topIndicator ? (g.up, window.moreAbove)
                    : s == window.bottomIndicatorSlot && window.bottomIndicator ? (g.down, window.moreBelow) : nil
                if let hidden {
                    screen.write("\(hidden.arrow) \(hidden.count) more block\(hidden.count == 1 ? "" : "s")", x: c.label, y: y,
                                 style: Theme.hint, maxWidth: rect.maxX - 1 - c.label, unicode: u)
                }
                continue
            }
            let step = steps[b]
            if interactive && b == selectedBlock {
                screen.write(g.selection, x: c.markers, y: y, style: Style(bold: true), maxWidth: 1)
            }
            blocks.write(BlockColumn.block.rawValue, "\(b + 1)", y: y, on: &screen, unicode: u)
            blocks.write(BlockColumn.classes.rawValue, range(step.range), y: y, on: &screen, unicode: u)
            blocks.write(BlockColumn.blockMax.rawValue, NumberFormat.logit(step.blockMax), y: y, on: &screen, unicode: u)
            blocks.write(BlockColumn.max.rawValue, NumberFormat.logit(step.max), y: y, on: &screen, unicode: u)
            if let r = step.rescale {
                blocks.write(BlockColumn.rescale.rawValue, NumberFormat.number(r), y: y, on: &screen, unicode: u)
            } else {
                blocks.write(BlockColumn.rescale.rawValue, u ? "—" : "-", y: y, style: Theme.hint, on: &screen, unicode: u)
            }
            blocks.write(BlockColumn.blockSum.rawValue, NumberFormat.number(step.blockSum), y: y, on: &screen, unicode: u)
            blocks.write(BlockColumn.sum.rawValue, NumberFormat.number(step.sum), y: y, on: &screen, unicode: u)
        }

        // The classes: p from the final m and ℓ, beside the stable p.
        let yClasses = yBlocks + 1 + window.slots
        let columns = NumberColumns(
            start: c.value - 1, widths: [c.valueWidth, 5, 11, 8, 8, 5], width: rect.maxX - 1,
            dropOrder: [ClassColumn.block.rawValue, ClassColumn.exp.rawValue])
        let classNames = u
            ? ["z/T", "block", "e^(z/T−m)", "p = e/ℓ", "stable p", "ulps"]
            : ["z/T", "block", "e^(z/T-m)", "p = e/l", "stable p", "ulps"]
        ClassroomPanels.drawColumnNames(classNames, columns: columns, y: yClasses, layout: layout, on: &screen)
        let fixed = fixedRows + window.slots
        let classes = ClassroomPanels.drawRows(state, rect: rect, fixedRows: fixed, top: yClasses + 1, layout: layout, on: &screen) { i, y, screen in
            let style: Style = i == a.argmax ? Theme.argmax : .plain
            columns.write(ClassColumn.scaled.rawValue, NumberFormat.logit(a.scaled(at: i)), y: y, on: &screen, unicode: u)
            columns.write(ClassColumn.block.rawValue, "\(i / B + 1)", y: y, style: Theme.hint, on: &screen, unicode: u)
            columns.write(ClassColumn.exp.rawValue, NumberFormat.number(a.shiftedExponential(at: i)), y: y, on: &screen, unicode: u)
            columns.write(ClassColumn.p.rawValue, NumberFormat.fraction(online.softmax(at: i)), y: y, style: style, on: &screen, unicode: u)
            columns.write(ClassColumn.stable.rawValue, NumberFormat.fraction(a.softmax(at: i)), y: y, style: style, on: &screen, unicode: u)
            let ulps = online.ulps(at: i)
            columns.write(ClassColumn.ulps.rawValue, ulps == .max ? "-" : "\(ulps)", y: y, on: &screen, unicode: u)
            ClassRow.highlight(state, i, y: y, layout: layout, on: &screen)
        }

        let yEnd = yClasses + 1 + classes.slots
        screen.write(closing(state, online, glyphs: g), x: c.label, y: yEnd, maxWidth: rect.maxX - 1 - c.label, unicode: u)
    }

    /// Where the walk ended (the m and ℓ every p divides by), then, where the naive path's exp
    /// overflows, that no exponent here is above 0; otherwise how far online p is from stable p.
    static func closing(_ state: ExplorerState, _ online: OnlineSoftmax, glyphs g: Glyphs) -> [Span] {
        let a = state.analysis
        let p = state.document.precision
        let ell = g.unicode ? "ℓ" : "l"
        var line = [Span("final m = \(NumberFormat.logit(online.max).text), \(ell) = \(NumberFormat.number(online.sum).text)", Theme.hint)]
        if let z = a.scaled.first(where: { $0.isFinite && $0 > p.expOverflowLimit }) {
            line += [Span("   "), Span("\(g.above) exponents \(g.atMost) 0, no overflow (naive e^\(NumberFormat.logit(z).text) = inf)", Theme.above)]
        } else {
            let worst = online.maxULPs
            line += [Span("   "), Span("online p within \(worst == .max ? "-" : "\(worst)") ulp\(worst == 1 ? "" : "s") of stable p", Theme.hint)]
        }
        return line
    }
}

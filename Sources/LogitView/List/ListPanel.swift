import LogitCore

/// The ranked list: one row per token on screen with its rank, id, label, logit, probability,
/// renormalized probability (filter on), frequency (after a batch of draws), cumulative mass and
/// bar; in rank order the filter's cut is a line after the last kept token. Rows are formatted
/// only when they are on screen.
enum ListPanel {
    static func drawHeading(_ state: ExplorerState, layout: ListLayout, on screen: inout Screen) {
        let c = layout.columns
        let y = layout.heading.y
        let u = layout.options.unicode
        let style = Theme.heading
        // The column the list is ordered by is underlined (i switches).
        var ordered = style
        ordered.underline = true
        screen.writeRight("RANK", x: c.rank, y: y, width: c.rankWidth, style: state.order == .rank ? ordered : style)
        screen.writeRight("ID", x: c.id, y: y, width: c.idWidth, style: state.order == .index ? ordered : style)
        let title = state.order == .rank ? "TOKEN (by probability)" : "TOKEN (by index)"
        screen.write(DisplayText.width(title, unicode: u) <= c.labelWidth ? title : "TOKEN", x: c.label, y: y,
                     style: style, maxWidth: c.labelWidth, unicode: u)
        screen.writeRight("LOGIT", x: c.logit, y: y, width: c.logitWidth, style: style)
        screen.writeRight("P", x: c.probability, y: y, width: ListColumns.percentWidth, style: style)
        if let x = c.kept { screen.writeRight("KEPT P", x: x, y: y, width: ListColumns.percentWidth, style: style) }
        if let x = c.frequency { screen.writeRight("FREQ", x: x, y: y, width: ListColumns.percentWidth, style: style) }
        screen.writeRight("CUM", x: c.cumulative, y: y, width: ListColumns.percentWidth, style: style)
    }

    static func draw(_ state: ExplorerState, layout: ListLayout, on screen: inout Screen) {
        drawHeading(state, layout: layout, on: &screen)
        let w = layout.window
        let c = layout.columns
        let u = layout.options.unicode
        let g = Glyphs(layout.options)
        let a = state.analysis
        let f = state.filtered
        let filtering = state.document.filters.isActive
        let batch = state.sampling.batch

        // The mass above the first row shown, from the core's block sums: O(1) whatever the row.
        var cumulative = CompensatedSum<Double>()
        if let firstPosition = (0..<w.slots).lazy.compactMap({ w.index(atSlot: $0) }).compactMap(layout.position(ofItem:)).first {
            cumulative.add(state.cumulativeMass(beforePosition: firstPosition))
        }

        for s in 0..<w.slots {
            let y = layout.rows.y + s
            guard let item = w.index(atSlot: s) else {
                drawIndicator(slot: s, y: y, layout: layout, on: &screen)
                continue
            }
            guard let p = layout.position(ofItem: item) else {
                drawCut(state, y: y, layout: layout, on: &screen)
                continue
            }
            let i = state.index(atPosition: p)
            // p and the renormalized p, once per row however many columns show them.
            let probability = a.softmax(at: i)
            let keptP = filtering ? f.filteredSoftmax(at: i) : 0
            let removed = filtering && keptP == 0
            // A class the server gave only as "below the listed ones" is not masked: its p is unknown.
            let below = state.document.partial != nil && state.document.isBelowListed(i)
            let masked = state.document.logits[i] == -.infinity && !below
            let isArgmax = i == a.argmax
            let base: Style = masked || removed ? Theme.masked : (isArgmax ? Theme.argmax : .plain)

            if layout.mode == .interactive && i == state.selection {
                screen.write(g.selection, x: 1, y: y, style: Style(bold: true), maxWidth: 1)
            }
            if isArgmax { screen.write(g.argmax, x: 2, y: y, style: Theme.argmax, maxWidth: 1) }
            if state.sampling.lastDraw == i {
                screen.write(g.sampled, x: 3, y: y, style: Theme.sampled, maxWidth: 1)
            } else if state.document.target == i {
                screen.write(g.target, x: 3, y: y, style: Theme.target, maxWidth: 1)
            }
            screen.writeRight(String(state.rankOrder.rank(of: i) + 1), x: c.rank, y: y, width: c.rankWidth, style: Theme.hint)
            screen.writeRight(String(i), x: c.id, y: y, width: c.idWidth, style: Theme.hint)
            screen.write(state.document.labels.displayName(at: i), x: c.label, y: y,
                         style: state.sampling.lastDraw == i ? Theme.sampled : base, maxWidth: c.labelWidth, unicode: u)
            let z = a.logits[i]
            if below {
                screen.writeRight("below", x: c.logit, y: y, width: c.logitWidth, style: Theme.hint)
                screen.writeRight(Self.belowListedBound(state), x: c.probability, y: y, width: ListColumns.percentWidth, style: Theme.hint)
            } else {
                let logit = z == -.infinity && !masked ? FormattedNumber(text: "-inf", kind: .nonFinite) : NumberFormat.logit(z)
                screen.writeRight(logit.text, x: c.logit, y: y, width: c.logitWidth, style: ClassRow.style(of: logit, otherwise: base))
                let prob = NumberFormat.probability(probability)
                screen.writeRight(prob.text, x: c.probability, y: y, width: ListColumns.percentWidth,
                                  style: ClassRow.style(of: prob, otherwise: base))
            }
            if let x = c.kept {
                let kept = NumberFormat.probability(keptP)
                screen.writeRight(removed ? "-" : kept.text, x: x, y: y, width: ListColumns.percentWidth,
                                  style: removed ? Theme.masked : ClassRow.style(of: kept, otherwise: isArgmax ? Theme.argmax : .plain))
            }
            if let x = c.frequency, let batch {
                let freq = batch.frequency(of: i)
                screen.writeRight(freq == 0 ? "0" : NumberFormat.probability(freq).text, x: x, y: y,
                                  width: ListColumns.percentWidth, style: freq == 0 ? Theme.hint : Theme.sampled)
            }
            cumulative.add(probability)
            screen.writeRight(NumberFormat.probability(min(cumulative.value, 1)).text, x: c.cumulative, y: y,
                              width: ListColumns.percentWidth, style: Theme.hint)
            if c.barWidth > 0 {
                let shown = filtering ? keptP : probability
                screen.draw(Bar.rightward(shown, width: c.barWidth, unicode: u), x: c.bar, y: y,
                            style: removed ? Theme.masked : (isArgmax ? Theme.argmax : Theme.bar))
            }
            if layout.mode == .interactive && i == state.selection {
                screen.restyle(Rect(x: c.label - 1, y: y, width: c.probability - c.label + 1, height: 1)) { $0.reverse = true }
                if let field = state.field, field.index == i {
                    switch field.purpose {
                    case .logit:
                        FieldView.draw(field, in: Rect(x: c.logit, y: y, width: c.logitWidth + 1 + ListColumns.percentWidth, height: 1),
                                       options: layout.options, on: &screen)
                    case .label:
                        FieldView.draw(field, in: Rect(x: c.label, y: y, width: c.labelWidth + 1 + c.logitWidth, height: 1),
                                       options: layout.options, on: &screen)
                    default:
                        break
                    }
                }
            }
        }
    }

    /// The P of a class "below the listed ones": less than the least listed p (and than the
    /// rest), `<8.2%`; `?` when the listed are renormalized (T or a filter), or it does not fit.
    static func belowListedBound(_ state: ExplorerState) -> String {
        let d = state.document
        guard let partial = d.partial, !d.renormalizesListedOnly else { return "?" }
        var least = partial.restMass
        for i in d.logits.indices where i != partial.restIndex && d.logits[i] > -.infinity {
            least = min(least, state.analysis.softmax(at: i))
        }
        let text = "<" + NumberFormat.probability(least).text
        return text.count <= ListColumns.percentWidth ? text : "?"
    }

    /// "── kept 50 tokens · mass 93.1% ──" across the row after the last kept token.
    static func drawCut(_ state: ExplorerState, y: Int, layout: ListLayout, on screen: inout Screen) {
        let g = Glyphs(layout.options)
        let f = state.filtered
        for x in 1..<max(layout.size.width - 1, 1) { screen.put(g.horizontal, width: 1, x: x, y: y, style: Theme.threshold) }
        let text = " kept \(f.keptCount) token\(f.keptCount == 1 ? "" : "s") \(g.dot) mass \(NumberFormat.probability(f.keptMass).text) "
        screen.write(text, x: layout.columns.label - 2, y: y, style: Theme.threshold, unicode: layout.options.unicode)
    }

    static func drawIndicator(slot s: Int, y: Int, layout: ListLayout, on screen: inout Screen) {
        let w = layout.window
        let g = Glyphs(layout.options)
        let text: String
        // The cut line is an item but not a token: it is not counted.
        let cut = layout.cutItem
        if s == 0 && w.topIndicator {
            let hidden = w.moreAbove - (cut.map { $0 < w.first ? 1 : 0 } ?? 0)
            text = "\(g.up) \(hidden) more"
        } else if s == w.bottomIndicatorSlot && w.bottomIndicator {
            let hidden = w.moreBelow - (cut.map { $0 >= w.first + w.shown ? 1 : 0 } ?? 0)
            text = "\(g.down) \(hidden) more"
        } else {
            return
        }
        screen.write(text, x: layout.columns.label, y: y, style: Theme.hint, maxWidth: layout.columns.labelWidth + layout.columns.logitWidth)
    }
}

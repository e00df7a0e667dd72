import LogitCore

/// The reliability diagram and the confidence histogram, one column of cells per bin.
///
/// Each bin's bar rises to its accuracy (eighth blocks for the top cell); the gap between its
/// accuracy and its mean confidence — what the ECE sums — is shaded in the gap style: `░` above
/// a bar that falls short of its confidence (overconfident), `▓` over the part of a bar that
/// rises past it (underconfident). The dotted diagonal is perfect calibration. Below, the
/// histogram shows each bin's rows on its own scale, with the counts under it.
enum ReliabilityDiagram {
    static func draw(_ state: ExplorerState, layout l: CalibrationLayout, on screen: inout Screen) {
        let c = state.rows!.calibration!
        let u = l.options.unicode
        let bins = c.figures.reliability
        let g = Glyphs(l.options)
        let headingWidth = l.left.width - 1
        let legend = u ? "█ accuracy ░ gap ▓ under · ideal" : "# accuracy : gap + under . ideal"
        var x = l.left.x + 1
        x += screen.write("RELIABILITY ", x: x, y: l.left.y, style: Theme.heading, maxWidth: headingWidth, unicode: u)
        drawLegend(legend, x: x, y: l.left.y, maxWidth: l.left.maxX - x, options: l.options, on: &screen)
        guard l.binWidth > 0 else {
            screen.write("\(bins.count) bins need \(bins.count + CalibrationLayout.labelWidth + 2) columns here: widen the terminal",
                         x: l.left.x + 1, y: l.left.y + 1, style: Theme.warning, maxWidth: headingWidth, unicode: u)
            return
        }
        let w = l.binWidth
        let chart = l.chart
        let H = Double(chart.height)

        // The axes and their labels.
        for y in chart.y..<chart.maxY { screen.put(g.vertical, width: 1, x: chart.x - 1, y: y, style: Theme.axis) }
        label("100%", y: chart.y, l, &screen)
        if chart.height >= 5 { label("50%", y: chart.y + chart.height / 2, l, &screen) }
        label("0%", y: chart.maxY - 1, l, &screen)
        ticks(l, on: &screen)

        // The diagonal first: the bars and gaps cover it where they are.
        for col in 0..<chart.width {
            let f = (Double(col) + 0.5) / Double(chart.width)
            let r = min(Int(f * H), chart.height - 1)
            screen.write(u ? "·" : ".", x: chart.x + col, y: chart.maxY - 1 - r, style: Theme.axis, maxWidth: 1, unicode: u)
        }
        let barCells = w >= 3 ? w - 1 : w
        for (k, bin) in bins.enumerated() {
            guard bin.count > 0, let acc = bin.accuracy, let conf = bin.confidence else { continue }
            let a = acc * H, cf = conf * H
            for r in 0..<chart.height {
                let fill = min(max(a - Double(r), 0), 1)
                let eighths = Int((fill * 8).rounded())
                let above = Double(r) + 0.5 > cf
                var glyph: String?
                var style = Theme.bar
                if eighths >= 8 {
                    glyph = above ? (u ? "▓" : "+") : (u ? "█" : "#")
                    if above { style = Theme.gap }
                } else if eighths > 0 {
                    glyph = u ? String(verticalEighths[eighths - 1]) : (eighths >= 4 ? "#" : ".")
                } else if Double(r) + 0.5 < cf {
                    glyph = u ? "░" : ":"
                    style = Theme.gap
                }
                guard let glyph else { continue }
                for dx in 0..<barCells {
                    screen.write(glyph, x: chart.x + k * w + dx, y: chart.maxY - 1 - r, style: style, maxWidth: 1, unicode: u)
                }
            }
        }
        drawHistogram(c, layout: l, barCells: barCells, on: &screen)
    }

    /// ▁ to █: a column's top cell, in eighths.
    static let verticalEighths: [Unicode.Scalar] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    private static func label(_ text: String, y: Int, _ l: CalibrationLayout, _ screen: inout Screen) {
        screen.writeRight(text, x: l.left.x + 1, y: y, width: CalibrationLayout.labelWidth - 1, style: Theme.axis)
    }

    private static func drawLegend(_ legend: String, x: Int, y: Int, maxWidth: Int, options: RenderOptions, on screen: inout Screen) {
        // Each mark in its own style, the words as hints.
        var spans: [Span] = []
        for part in legend.split(separator: " ", omittingEmptySubsequences: false) {
            let text = String(part)
            if !spans.isEmpty { spans.append(Span(" ")) }
            let first = text.unicodeScalars.first.map(String.init) ?? ""
            switch first {
            case "█", "#": spans.append(Span(text, Theme.bar))
            case "░", "▓", ":", "+": spans.append(Span(text, Theme.gap))
            case "·", ".": spans.append(Span(text, Theme.axis))
            default: spans.append(Span(text, Theme.hint))
            }
        }
        screen.write(spans, x: x, y: y, maxWidth: maxWidth, unicode: options.unicode)
    }

    /// Confidence ticks under the diagram: 0, 0.2, … 1 where they have room, else 0, 0.5 and 1.
    private static func ticks(_ l: CalibrationLayout, on screen: inout Screen) {
        let width = l.chart.width
        let steps = width >= 30 ? [0, 0.2, 0.4, 0.6, 0.8, 1] : [0, 0.5, 1]
        for t in steps {
            let text = t == 0 ? "0" : t == 1 ? "1" : NumberFormat.number(t).text
            let at = l.chart.x + Int((t * Double(width)).rounded())
            let x = t == 0 ? at : t == 1 ? at - text.count : at - text.count / 2
            screen.write(text, x: x, y: l.axis, style: Theme.axis, maxWidth: text.count)
        }
        screen.writeRight("conf", x: l.left.x + 1, y: l.axis, width: CalibrationLayout.labelWidth - 1, style: Theme.hint)
    }

    /// The histogram of confidences: each bin's rows as a bar on the largest bin's scale (a
    /// non-empty bin always shows at least an eighth), the counts under it, and on a wide screen
    /// each bin's accuracy and confidence.
    private static func drawHistogram(_ c: CalibrationSession, layout l: CalibrationLayout, barCells: Int, on screen: inout Screen) {
        let u = l.options.unicode
        let bins = c.figures.reliability
        let w = l.binWidth
        let h = l.histogram
        screen.write("CONFIDENCE HISTOGRAM ", x: l.left.x + 1, y: l.histogramHeading, style: Theme.heading, maxWidth: l.left.width - 1, unicode: u)
        let title = DisplayText.width("CONFIDENCE HISTOGRAM ", unicode: u)
        screen.write("rows per bin", x: l.left.x + 1 + title, y: l.histogramHeading, style: Theme.hint,
                     maxWidth: max(l.left.width - 1 - title, 0), unicode: u)
        let largest = bins.map(\.count).max() ?? 0
        label(String(largest), y: h.y, l, &screen)
        label("0", y: h.maxY - 1, l, &screen)
        let g = Glyphs(l.options)
        for y in h.y..<h.maxY { screen.put(g.vertical, width: 1, x: h.x - 1, y: y, style: Theme.axis) }
        for (k, bin) in bins.enumerated() where bin.count > 0 && largest > 0 {
            var eighths = Int((Double(bin.count) / Double(largest) * Double(h.height) * 8).rounded())
            eighths = max(eighths, 1)
            for r in 0..<h.height {
                let e = min(max(eighths - 8 * r, 0), 8)
                guard e > 0 else { break }
                let glyph = u ? String(verticalEighths[e - 1]) : (e >= 4 ? "#" : ".")
                for dx in 0..<barCells {
                    screen.write(glyph, x: h.x + k * w + dx, y: h.maxY - 1 - r, style: Theme.sigmoidBar, maxWidth: 1, unicode: u)
                }
            }
        }
        // The counts: right-aligned in their bin when they fit, else centred on it over two rows.
        screen.writeRight("rows", x: l.left.x + 1, y: l.counts, width: CalibrationLayout.labelWidth - 1, style: Theme.hint)
        for (k, bin) in bins.enumerated() {
            let text = bin.count == 0 ? (l.countRows == 1 ? "0" : "") : String(bin.count)
            guard !text.isEmpty else { continue }
            let style = bin.count == 0 ? Theme.hint : Style.plain
            if l.countRows == 1 {
                screen.writeRight(text, x: h.x + k * w, y: l.counts, width: barCells, style: style)
            } else {
                let center = h.x + k * w + barCells / 2
                screen.write(text, x: max(center - (text.count - 1) / 2, h.x), y: l.counts + k % 2, style: style, maxWidth: text.count)
            }
        }
        guard let y = l.binFigures else { return }
        screen.writeRight("acc", x: l.left.x + 1, y: y, width: CalibrationLayout.labelWidth - 1, style: Theme.hint)
        screen.writeRight("conf", x: l.left.x + 1, y: y + 1, width: CalibrationLayout.labelWidth - 1, style: Theme.hint)
        for (k, bin) in bins.enumerated() {
            guard let acc = bin.accuracy, let conf = bin.confidence else {
                screen.writeRight("-", x: h.x + k * w, y: y, width: barCells, style: Theme.hint)
                screen.writeRight("-", x: h.x + k * w, y: y + 1, width: barCells, style: Theme.hint)
                continue
            }
            // A whole 100% without its decimal, so that it fits a bar's 5 cells as the others do.
            func text(_ p: Double) -> String { p == 1 ? "100%" : NumberFormat.probability(p).text }
            screen.writeRight(text(acc), x: h.x + k * w, y: y, width: barCells, style: Theme.bar)
            screen.writeRight(text(conf), x: h.x + k * w, y: y + 1, width: barCells)
        }
    }
}

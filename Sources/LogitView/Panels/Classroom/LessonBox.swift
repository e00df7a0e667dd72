import LogitCore

/// The tour's lesson: a rule naming the step, then what it says and its question (or, once
/// revealed, the answer), wrapped to the width. It sits above the status line, under the live
/// explorer it talks about; the status line shows the tour's keys.
enum LessonBox {
    /// The lesson's lines below its rule, wrapped to the width: made by the layout, which sizes
    /// the box by them.
    static func lines(_ state: ExplorerState, width: Int, options: RenderOptions) -> [[Span]] {
        guard let tour = state.classroom.tour, Tour.steps.indices.contains(tour.step) else { return [] }
        let step = Tour.steps[tour.step]
        let u = options.unicode
        var out: [[Span]] = []
        for line in step.text {
            out += wrap(line, width: width - 4, unicode: u).map { [Span($0)] }
        }
        if tour.revealed {
            for line in step.answer {
                out += wrap(line, width: width - 4, unicode: u).map { [Span($0, Theme.above)] }
            }
        } else if let q = step.question {
            out += wrap(q, width: width - 4, unicode: u).map { [Span($0, Theme.warning)] }
        }
        return out
    }

    static func draw(_ state: ExplorerState, in rect: Rect, layout: Layout, on screen: inout Screen) {
        guard rect.height > 0, let tour = state.classroom.tour else { return }
        let u = layout.options.unicode
        let g = Glyphs(layout.options)
        let step = Tour.steps[tour.step]
        let title = " Step \(tour.step + 1)/\(Tour.steps.count) \(g.dot) \(step.title) "
        for x in rect.x..<rect.maxX {
            screen.put(g.horizontal, width: 1, x: x, y: rect.y, style: Theme.heading)
        }
        screen.write(title, x: rect.x + 2, y: rect.y, style: Theme.lesson, maxWidth: rect.width - 4, unicode: u)
        for (n, line) in layout.lessonLines.enumerated() where n + 1 < rect.height {
            screen.write(line, x: rect.x + 2, y: rect.y + 1 + n, maxWidth: rect.width - 3, unicode: u)
        }
    }

    /// Greedy word wrap to `width` cells; a word longer than the width is cut by `write`.
    static func wrap(_ text: String, width: Int, unicode: Bool) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty && DisplayText.width(candidate, unicode: unicode) > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

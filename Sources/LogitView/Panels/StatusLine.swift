import LogitCore

/// The bottom line: the last refusal (✗, in the error style) or note, an input field that has no
/// place of its own, and then as many key hints as fit, always ending with help and quit.
enum StatusLine {
    /// The prompt of a field drawn on this line rather than in a row.
    static func prompt(_ purpose: EditField.Purpose) -> String? {
        switch purpose {
        case .temperature: "temperature: "
        case .threshold: "threshold: "
        case .search: "/"
        case .seed: "seed: "
        case .sessionPath: "save session to: "
        case .logit, .label: nil
        }
    }

    /// The tour's keys are bound at all times but only hinted while it runs.
    private static let tourKeys = Set(KeyBindings.tour.flatMap(\.bindings).map(\.label))
    /// The rows' keys likewise, only while a file of rows is open.
    private static let rowKeys = Set(KeyBindings.rows.flatMap(\.bindings).map(\.label))

    static func draw(_ state: ExplorerState, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        let u = options.unicode
        let g = Glyphs(options)
        var x = rect.x + 1
        let end = rect.maxX - 1

        if let field = state.field, let prompt = prompt(field.purpose) {
            x += screen.write(prompt, x: x, y: rect.y, style: Theme.key, maxWidth: end - x, unicode: u)
            // A path needs room; a search a little; a number not much.
            let w = min(field.purpose == .sessionPath ? 40 : field.purpose == .search ? 24 : 22, end - x)
            FieldView.draw(field, in: Rect(x: x, y: rect.y, width: w, height: 1), options: options, on: &screen)
            x += w + 2
        }
        if let message = state.message {
            let spans = message.kind == .error
                ? [Span("\(g.error) ", Theme.error), Span(message.text, Theme.error)]
                : [Span(message.text)]
            x += screen.write(spans, x: x, y: rect.y, maxWidth: end - x, unicode: u) + 3
        }
        guard x < end else { return }

        let hints = Keymap.sections(in: state).flatMap(\.bindings)
            .filter { state.classroom.tour != nil || !Self.tourKeys.contains($0.label) }
            .filter { state.rows != nil || !Self.rowKeys.contains($0.label) }
            .compactMap(\.hint)
        let items = hints.map { [Span($0.keys(unicode: u), Theme.key), Span(" " + $0.text, Theme.hint)] }
        // Fit from the left, but keep the last two (help, quit) whenever anything is shown.
        let essential = Array(items.suffix(2))
        let essentialWidth = essential.reduce(0) { $0 + $1.width(unicode: u) + 2 }
        var chosen: [[Span]] = []
        var used = 0
        for item in items.dropLast(2) {
            let w = item.width(unicode: u) + 2
            if used + w + essentialWidth > end - x { break }
            chosen.append(item)
            used += w
        }
        chosen += essential
        var line: [Span] = []
        for (n, item) in chosen.enumerated() {
            if n > 0 { line.append(Span("  ")) }
            line += item
        }
        screen.write(line, x: x, y: rect.y, maxWidth: end - x, unicode: u)
    }
}

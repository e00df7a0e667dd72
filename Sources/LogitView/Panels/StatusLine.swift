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

    /// What the hints depend on; they are made once for each, not every frame.
    private struct HintSet: Hashable {
        var context: Keymap.Context
        var touring: Bool
        var unicode: Bool
    }

    private static let hintItems: [HintSet: [(spans: [Span], width: Int)]] = {
        var table: [HintSet: [(spans: [Span], width: Int)]] = [:]
        for context in Keymap.Context.allCases {
            for touring in [false, true] {
                for unicode in [false, true] {
                    table[HintSet(context: context, touring: touring, unicode: unicode)] = Keymap.sections(in: context)
                        .flatMap(\.bindings)
                        .filter { touring || !tourKeys.contains($0.label) }
                        .filter { context == .rows || !rowKeys.contains($0.label) }
                        .compactMap(\.hint)
                        .map { hint in
                            let spans = [Span(hint.keys(unicode: unicode), Theme.key), Span(" " + hint.text, Theme.hint)]
                            return (spans, spans.width(unicode: unicode))
                        }
                }
            }
        }
        return table
    }()

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

        let items = hintItems[HintSet(context: Keymap.context(of: state), touring: state.classroom.tour != nil, unicode: u)]!
        // Fit from the left, but keep the last two (help, quit) whenever anything is shown.
        let essential = Array(items.suffix(2))
        let essentialWidth = essential.reduce(0) { $0 + $1.width + 2 }
        var chosen: [[Span]] = []
        var used = 0
        for item in items.dropLast(2) {
            let w = item.width + 2
            if used + w + essentialWidth > end - x { break }
            chosen.append(item.spans)
            used += w
        }
        chosen += essential.map(\.spans)
        var line: [Span] = []
        for (n, item) in chosen.enumerated() {
            if n > 0 { line.append(Span("  ")) }
            line += item
        }
        screen.write(line, x: x, y: rect.y, maxWidth: end - x, unicode: u)
    }
}

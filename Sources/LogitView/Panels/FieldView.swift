import LogitCore

/// An open input field: the text on an underlined ground, the whole of it reversed while it is
/// all selected (the next key replaces it), otherwise a reversed cursor cell. Long text scrolls
/// to keep the cursor in view.
enum FieldView {
    static func draw(_ field: EditField, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        guard rect.width > 1 else { return }
        screen.fill(rect, style: Theme.field)
        let glyphs = DisplayText.glyphs(field.text, unicode: options.unicode)
        // Cursor in glyphs; DisplayText may expand a control into several glyphs, but field
        // text has had its controls removed (EditField.apply), so graphemes and glyphs match.
        let cursor = min(field.cursor, glyphs.count)
        var start = 0
        func cells(_ from: Int, _ to: Int) -> Int { glyphs[from..<to].reduce(0) { $0 + $1.width } }
        while start < cursor, cells(start, cursor) + 1 > rect.width { start += 1 }

        var x = rect.x
        for (n, g) in glyphs.enumerated() where n >= start {
            guard x + g.width <= rect.maxX else { break }
            let style: Style = field.allSelected ? Theme.fieldSelected : (n == cursor ? Theme.fieldCursor : Theme.field)
            screen.put(g, x: x, y: rect.y, style: style)
            x += g.width
        }
        if !field.allSelected, cursor == glyphs.count, x < rect.maxX {
            screen.put(" ", width: 1, x: x, y: rect.y, style: Theme.fieldCursor)
        }
    }
}

import LogitCore

/// Every key, in a box over the explorer, read from the same table the keymap uses.
enum HelpOverlay {
    private enum Entry {
        case title(String)
        case binding(KeyBinding)
    }

    private static func entries(_ section: KeySection) -> [Entry] {
        [.title(section.title)] + section.bindings.map(Entry.binding)
    }

    static func draw(in size: Size, options: RenderOptions, on screen: inout Screen) {
        let u = options.unicode
        let g = Glyphs(options)
        let sections = KeyBindings.explorer + KeyBindings.field
        let innerHeight = max(size.height - 4, 1)  // box lines and a blank row above and below
        let total = sections.reduce(0) { $0 + 1 + $1.bindings.count }
        // One column if it fits, else two, broken between sections so none is split.
        var columns: [[Entry]] = [[]]
        if total <= innerHeight {
            for s in sections { columns[0] += entries(s) }
        } else {
            let heights = sections.map { 1 + $0.bindings.count }
            let split = (1..<max(sections.count, 2)).min { a, b in
                max(heights[..<a].reduce(0, +), total - heights[..<a].reduce(0, +))
                    < max(heights[..<b].reduce(0, +), total - heights[..<b].reduce(0, +))
            } ?? 1
            columns = [sections[..<split].flatMap(entries), sections[split...].flatMap(entries)]
        }
        let tallest = columns.map(\.count).max() ?? 0
        let rows = min(tallest, innerHeight)
        let width = min(size.width - 2, 78)
        let box = Rect(x: (size.width - width) / 2, y: max((size.height - rows - 4) / 2, 0), width: width, height: rows + 4)
        drawBox(box, glyphs: g, on: &screen)
        screen.writeCentered(" logitscope keys ", x: box.x, y: box.y, width: box.width, style: Theme.heading, unicode: u)

        let columnWidth = (box.width - 4 - (columns.count - 1) * 2) / columns.count
        let keyWidth = 9
        for (n, column) in columns.enumerated() {
            let x = box.x + 2 + n * (columnWidth + 2)
            for (row, entry) in column.enumerated() {
                let y = box.y + 2 + row
                if row == rows - 1 && column.count > rows {
                    screen.write("… (taller terminal for more)", x: x, y: y, style: Theme.hint, maxWidth: columnWidth, unicode: u)
                    break
                }
                switch entry {
                case .title(let title):
                    screen.write(title, x: x, y: y, style: Theme.heading, maxWidth: columnWidth, unicode: u)
                case .binding(let b):
                    screen.write(b.label(unicode: u), x: x + 1, y: y, style: Theme.key, maxWidth: keyWidth - 1, unicode: u)
                    screen.write(b.help, x: x + keyWidth + 1, y: y, maxWidth: columnWidth - keyWidth - 1, unicode: u)
                }
            }
        }
        screen.writeCentered(" ? Esc q close ", x: box.x, y: box.maxY - 1, width: box.width, style: Theme.hint, unicode: u)
    }

    private static func drawBox(_ box: Rect, glyphs g: Glyphs, on screen: inout Screen) {
        screen.fill(box)
        let (tl, tr, bl, br) = g.corners
        for x in box.x..<box.maxX {
            screen.put(g.horizontal, width: 1, x: x, y: box.y, style: Theme.heading)
            screen.put(g.horizontal, width: 1, x: x, y: box.maxY - 1, style: Theme.heading)
        }
        for y in box.y..<box.maxY {
            screen.put(g.vertical, width: 1, x: box.x, y: y, style: Theme.heading)
            screen.put(g.vertical, width: 1, x: box.maxX - 1, y: y, style: Theme.heading)
        }
        screen.put(tl, width: 1, x: box.x, y: box.y, style: Theme.heading)
        screen.put(tr, width: 1, x: box.maxX - 1, y: box.y, style: Theme.heading)
        screen.put(bl, width: 1, x: box.x, y: box.maxY - 1, style: Theme.heading)
        screen.put(br, width: 1, x: box.maxX - 1, y: box.maxY - 1, style: Theme.heading)
    }
}

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

    /// The sections beside the row panels; the ranked list passes its own (`listSections`).
    static let panelSections = KeyBindings.explorer + KeyBindings.classroom + KeyBindings.tour + KeyBindings.field
    /// With the ranked list: its keys in place of the classroom's, whose panels it does not show;
    /// ordered so that the two columns balance at 80×24.
    static let listSections: [KeySection] = {
        let e = KeyBindings.explorer
        let early = e.filter { ["Select", "Logits", "Classes"].contains($0.title) }
        let late = e.filter { !["Select", "Logits", "Classes"].contains($0.title) }
        return early + KeyBindings.rows + KeyBindings.vocabulary + late + KeyBindings.field
    }()

    /// In the calibration view: its keys, and the explorer's that apply there.
    static let calibrationSections = Keymap.sections(in: .calibration)

    static func draw(in size: Size, options: RenderOptions, sections: [KeySection], on screen: inout Screen) {
        let u = options.unicode
        let total = sections.reduce(0) { $0 + 1 + $1.bindings.count }
        // Box lines and a blank row above and below; the blank rows go when 80×24 needs them.
        let padding = (total + 1) / 2 > size.height - 4 ? 0 : 1
        let innerHeight = max(size.height - 2 - 2 * padding, 1)
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
        let box = Rect(x: (size.width - width) / 2, y: max((size.height - rows - 2 - 2 * padding) / 2, 0), width: width,
                       height: rows + 2 + 2 * padding)
        Box.draw(box, title: " logitscope keys ", options: options, on: &screen)

        let columnWidth = (box.width - 4 - (columns.count - 1) * 2) / columns.count
        let keyWidth = 9
        for (n, column) in columns.enumerated() {
            let x = box.x + 2 + n * (columnWidth + 2)
            for (row, entry) in column.enumerated() {
                let y = box.y + 1 + padding + row
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
}

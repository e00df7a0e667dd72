import LogitCore

/// The preset picker: every preset with its one line, the one under the cursor reversed; Enter
/// loads it (one undo step).
enum PresetPicker {
    static func draw(cursor: Int, in size: Size, options: RenderOptions, on screen: inout Screen) {
        let u = options.unicode
        let presets = Preset.all
        let width = min(size.width - 2, 100)
        let rows = min(presets.count, max(size.height - 6, 1))
        let box = Rect(x: (size.width - width) / 2, y: max((size.height - rows - 4) / 2, 0), width: width, height: rows + 4)
        Box.draw(box, title: " presets ", options: options, on: &screen)
        // A window of rows that keeps the cursor in view.
        let first = min(max(cursor - rows / 2, 0), max(presets.count - rows, 0))
        let nameWidth = presets.map(\.name.count).max() ?? 0
        for row in 0..<rows {
            let i = first + row
            guard presets.indices.contains(i) else { break }
            let y = box.y + 2 + row
            let selected = i == cursor
            let x = box.x + 2
            let w = box.width - 4
            if selected { screen.fill(Rect(x: x, y: y, width: w, height: 1), style: Theme.selection) }
            screen.write(presets[i].name, x: x + 1, y: y, style: selected ? Theme.selection : Theme.key, maxWidth: nameWidth, unicode: u)
            screen.write(presets[i].summary, x: x + nameWidth + 3, y: y, style: selected ? Theme.selection : .plain,
                         maxWidth: w - nameWidth - 4, unicode: u)
        }
        screen.writeCentered(u ? " ↑↓ move  Enter load  Esc close " : " Up/Down move  Enter load  Esc close ", x: box.x, y: box.maxY - 1, width: box.width, style: Theme.hint, unicode: u)
    }
}

import LogitCore

/// The export menu: what each key saves. The key asks for the export (`Effect.export`), and the
/// backend writes the file.
enum ExportMenu {
    static func draw(in size: Size, options: RenderOptions, on screen: inout Screen) {
        let u = options.unicode
        let bindings = KeyBindings.export.flatMap(\.bindings)
        let width = min(size.width - 2, 48)
        let box = Rect(x: (size.width - width) / 2, y: max((size.height - bindings.count - 4) / 2, 0),
                       width: width, height: bindings.count + 4)
        Box.draw(box, title: " export ", options: options, on: &screen)
        for (n, b) in bindings.enumerated() {
            let y = box.y + 2 + n
            screen.write(b.label(unicode: u), x: box.x + 3, y: y, style: Theme.key, maxWidth: 8, unicode: u)
            screen.write(b.help, x: box.x + 12, y: y, maxWidth: box.width - 14, unicode: u)
        }
    }
}

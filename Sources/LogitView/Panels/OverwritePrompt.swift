import LogitCore

/// Asks before a session save replaces a file that logitscope did not write.
enum OverwritePrompt {
    static func draw(path: String, in size: Size, options: RenderOptions, on screen: inout Screen) {
        let u = options.unicode
        let width = min(size.width - 2, 60)
        let box = Rect(x: (size.width - width) / 2, y: max((size.height - 7) / 2, 0), width: width, height: 7)
        Box.draw(box, title: " replace file? ", options: options, on: &screen)
        let inner = box.width - 4
        // A long path keeps its end, where the file's name is.
        let shown = DisplayText.width(path, unicode: u) > inner ? (u ? "…" : "...") + String(path.suffix(inner - 3)) : path
        screen.write(shown, x: box.x + 2, y: box.y + 2, style: Theme.key, maxWidth: inner, unicode: u)
        screen.write("exists and is not a logitscope session.", x: box.x + 2, y: box.y + 3, maxWidth: inner, unicode: u)
        screen.writeCentered(" y replace it   n keep it ", x: box.x, y: box.maxY - 2, width: box.width, style: Theme.hint, unicode: u)
    }
}

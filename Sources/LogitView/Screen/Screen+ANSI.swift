/// The screen as text with SGR escape sequences, for `--print` on a terminal. Without colour
/// (`NO_COLOR`, a monochrome terminal) the attributes stay, since they carry the meaning.
extension Screen {
    public func ansiText(color: Bool) -> String {
        var out = ""
        for y in 0..<size.height {
            // Trailing plain blanks are trimmed as in `lines`; styled blanks (a reversed
            // header) are kept.
            var end = size.width
            while end > 0, self[end - 1, y].character == " ", self[end - 1, y].style == .plain,
                !self[end - 1, y].isContinuation {
                end -= 1
            }
            var current = Style.plain
            for x in 0..<end {
                let cell = self[x, y]
                if cell.isContinuation { continue }
                let style = color ? cell.style : cell.style.monochrome
                if style != current {
                    out += Self.sgr(style)
                    current = style
                }
                out.append(cell.character)
            }
            if current != .plain { out += Self.sgr(.plain) }
            out += "\n"
        }
        return out
    }

    /// One SGR sequence that resets and then sets every attribute of `style`.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        // 30–37 and 40–47, and for the bright colours aixterm's 90–97 and 100–107.
        if let f = style.foreground { codes.append(String((f.isBright ? 90 : 30) + Int(f.base.rawValue))) }
        if let b = style.background { codes.append(String((b.isBright ? 100 : 40) + Int(b.base.rawValue))) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

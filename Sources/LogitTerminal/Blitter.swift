import CNcurses
import LogitView

/// Copies a `Screen` into ncurses' virtual screen, cell by cell; `refresh` then sends only what
/// changed (ncurses diffs against what the terminal shows).
struct Blitter {
    var palette: ColorPalette

    mutating func blit(_ screen: Screen, into window: UnsafeMutablePointer<WINDOW>) {
        var cell = cchar_t()
        // setcchar takes one spacing character plus a few combining ones, NUL-terminated.
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        for y in 0..<screen.size.height {
            for x in 0..<screen.size.width {
                let source = screen[x, y]
                // The wide character to its left already covers this cell.
                if source.isContinuation { continue }
                let style = palette.colors ? source.style : source.style.monochrome
                let (attributes, pair) = palette.attributes(for: style)
                var count = 0
                for scalar in source.character.unicodeScalars where count < Int(CCHARW_MAX) {
                    text[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                // A control character would move the cursor; show a blank instead.
                if count == 0 || text[0] < 0x20 || text[0] == 0x7F { text[0] = 0x20; count = max(count, 1) }
                text[count] = 0
                setcchar(&cell, text, attributes, pair, nil)
                // The bottom-right cell returns ERR (the cursor cannot advance past it) yet is drawn.
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
            }
        }
    }
}

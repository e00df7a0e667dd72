/// Drawing on a screen, measured in cells. Every panel writes through here, so no text can run
/// into a neighbouring panel, split a wide character, or reach the terminal as a raw control code.
extension Screen {
    /// Writes `text` from (x, y) in at most `maxWidth` cells (and never past the right edge).
    /// Text that does not fit is cut and ends with an ellipsis; a wide character that would
    /// straddle the limit becomes a space. Returns the cells written.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil, unicode: Bool = true
    ) -> Int {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - x)
        guard limit > 0 else { return 0 }
        // Printable ASCII (most text) is one narrow glyph a byte: checked once, drawn as one run.
        if DisplayText.isPrintableASCII(text) {
            let count = text.utf8.count
            if count <= limit { return putRun(text.utf8, count: count, x: x, y: y, style: style) { Unicode.Scalar($0) } }
            putRun(text.utf8, count: limit - 1, x: x, y: y, style: style) { Unicode.Scalar($0) }
            put(unicode ? "…" : "~", width: 1, x: x + limit - 1, y: y, style: style)
            return limit
        }
        // One walk: glyphs go down while they fit in `limit`; only when one more does not fit is
        // the text cut, and then the last glyph drawn gives way if it reaches into the cell the
        // ellipsis takes (the same cut as measuring first, without measuring).
        var used = 0
        var last = 0
        var cut = false
        DisplayText.forEachGlyphOfNonASCII(text, unicode: unicode) { g in
            guard used + g.width <= limit else { cut = true; return false }
            put(g, x: x + used, y: y, style: style)
            used += g.width
            last = g.width
            return true
        }
        guard cut else { return used }
        let budget = limit - 1
        if used > budget { used -= last }
        while used < budget {
            put(" ", width: 1, x: x + used, y: y, style: style)
            used += 1
        }
        put(unicode ? "…" : "~", width: 1, x: x + used, y: y, style: style)
        return used + 1
    }

    /// Writes `text` so that it ends at the right edge of `width` cells starting at x (numbers).
    @discardableResult
    public mutating func writeRight(
        _ text: String, x: Int, y: Int, width: Int, style: Style = .plain, unicode: Bool = true
    ) -> Int {
        let w = DisplayText.width(text, unicode: unicode)
        guard w <= width else { return write(text, x: x, y: y, style: style, maxWidth: width, unicode: unicode) }
        return write(text, x: x + width - w, y: y, style: style, maxWidth: w, unicode: unicode)
    }

    /// Writes `text` centred in `width` cells starting at x.
    @discardableResult
    public mutating func writeCentered(
        _ text: String, x: Int, y: Int, width: Int, style: Style = .plain, unicode: Bool = true
    ) -> Int {
        let w = DisplayText.width(text, unicode: unicode)
        return write(text, x: x + max(0, (width - w) / 2), y: y, style: style, maxWidth: width, unicode: unicode)
    }

    /// Fills a rectangle with one narrow character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let cell = pack(character, style: style)
        let x = max(rect.x, 0)
        guard rect.maxX > x else { return }
        for y in rect.y..<rect.maxY {
            putRun(repeatElement(cell, count: rect.maxX - x), count: rect.maxX - x, x: x, y: y) { $0 }
        }
    }

    /// The part of a one-row rect from its first to its last non-blank cell, nil if it is all blank:
    /// what a pointer highlights, so it hugs the text however the panel indents it.
    public func writtenSpan(in row: Rect) -> Rect? {
        guard row.y >= 0, row.y < size.height else { return nil }
        let xs = max(row.x, 0)..<min(row.maxX, size.width)
        let blank = Unicode.Scalar(" ").value
        guard let first = xs.first(where: { packed[row.y * size.width + $0].code != blank }),
              let last = xs.last(where: { packed[row.y * size.width + $0].code != blank }) else { return nil }
        return Rect(x: first, y: row.y, width: last - first + 1, height: 1)
    }

    /// Restyles the cells of a rectangle, keeping their characters (row highlights).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) {
                change(&packed[y * size.width + x].style)
            }
        }
    }

    /// Puts one scalar (a rule, a bar's block, a marker), blanking the other half of any wide
    /// glyph it partly covers.
    mutating func put(_ scalar: Unicode.Scalar, width: Int, x: Int, y: Int, style: Style) {
        put(PackedCell(scalar: scalar, style: style), width: width, x: x, y: y)
    }

    /// Puts a glyph of `DisplayText`, in `style`.
    mutating func put(_ glyph: DisplayText.Glyph, x: Int, y: Int, style: Style) {
        switch glyph.content {
        case .scalar(let s): put(PackedCell(scalar: s, style: style), width: glyph.width, x: x, y: y)
        case .cluster(let c):
            // Only a grapheme that lands on the screen goes into its table.
            guard y >= 0, y < size.height, x >= 0, x < size.width else { return }
            put(pack(c, style: style), width: glyph.width, x: x, y: y)
        }
    }

    /// Narrow cells side by side from (x, y), the first `count` of `items`, cut at the right edge:
    /// what `put` would do cell by cell, with the row's bounds and its wide neighbours checked
    /// once for the run. Lines of text, rules and bars are most of a frame's cells. Returns the
    /// cells written.
    @discardableResult
    mutating func putRun<S: Sequence>(
        _ items: S, count: Int, x: Int, y: Int, style: Style, _ scalar: (S.Element) -> Unicode.Scalar
    ) -> Int {
        putRun(items, count: count, x: x, y: y) { PackedCell(scalar: scalar($0), style: style) }
    }

    @discardableResult
    mutating func putRun<S: Sequence>(_ items: S, count: Int, x: Int, y: Int, _ cell: (S.Element) -> PackedCell) -> Int {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
        let n = min(count, size.width - x)
        guard n > 0 else { return 0 }
        let row = y * size.width
        let end = row + x + n
        let atRightEdge = x + n == size.width
        packed.withUnsafeMutableBufferPointer { p in
            // A wide glyph half inside the run loses its other half, as `orphanNeighbour` does.
            if p[row + x].isContinuation, x > 0 { p[row + x - 1] = PackedCell(scalar: " ", style: p[row + x - 1].style) }
            if !atRightEdge, p[end].isContinuation { p[end] = PackedCell(scalar: " ", style: p[end].style) }
            var i = row + x
            for item in items {
                guard i < end else { break }
                p[i] = cell(item)
                i += 1
            }
        }
        return n
    }

    /// What every `put` comes to: `cell` at (x, y), with its continuation if it is `width` 2.
    mutating func put(_ cell: PackedCell, width: Int, x: Int, y: Int) {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return }
        if width == 2 && x + 1 >= size.width {
            put(PackedCell(scalar: " ", style: cell.style), width: 1, x: x, y: y)
            return
        }
        for cx in x..<(x + width) { orphanNeighbour(of: cx, y: y) }
        let i = y * size.width + x
        packed[i] = cell
        if width == 2 { packed[i + 1] = PackedCell(scalar: " ", style: cell.style, isContinuation: true) }
    }

    /// Before cell (x, y) is overwritten: a wide glyph that it is half of loses its other half.
    private mutating func orphanNeighbour(of x: Int, y: Int) {
        let i = y * size.width + x
        if packed[i].isContinuation, x > 0 {
            packed[i - 1] = PackedCell(scalar: " ", style: packed[i - 1].style)
        } else if x + 1 < size.width, packed[i + 1].isContinuation {
            packed[i + 1] = PackedCell(scalar: " ", style: packed[i + 1].style)
        }
    }
}

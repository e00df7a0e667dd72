/// A run of text in one style; lines of mixed styles are arrays of spans.
struct Span: Equatable {
    var text: String
    var style: Style
    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

extension Array where Element == Span {
    /// `a - b` for a worked formula, a negative b in parentheses: `0 - (-110)` reads as a
    /// subtraction where `0 - -110` reads as a typo.
    static func difference(_ a: Span, _ b: Span) -> [Span] {
        [a, Span(" - ")] + (b.text.hasPrefix("-") ? [Span("("), b, Span(")")] : [b])
    }

    func width(unicode: Bool) -> Int { reduce(0) { $0 + DisplayText.width($1.text, unicode: unicode) } }
}

extension Screen {
    /// Writes spans one after another in at most `maxWidth` cells; the last to fit is cut with
    /// an ellipsis. Returns the cells written.
    @discardableResult
    mutating func write(_ spans: [Span], x: Int, y: Int, maxWidth: Int, unicode: Bool) -> Int {
        var used = 0
        for (n, span) in spans.enumerated() {
            let remaining = maxWidth - used
            guard remaining > 0 else { break }
            let w = DisplayText.width(span.text, unicode: unicode)
            let more = spans[(n + 1)...].contains { !$0.text.isEmpty }
            if w > remaining || (w == remaining && more) {
                // Appending the ellipsis forces the cut even when this span alone would fit.
                used += write(span.text + "…", x: x + used, y: y, style: span.style, maxWidth: remaining, unicode: unicode)
                break
            }
            used += write(span.text, x: x + used, y: y, style: span.style, maxWidth: remaining, unicode: unicode)
        }
        return used
    }
}

/// Lays items (each a few spans) on lines of `width` cells, `gap` cells apart, wrapping whole
/// items: the stats read as one line on a wide screen and a column on a narrow one.
func flow(_ items: [[Span]], width: Int, gap: Int = 3, unicode: Bool) -> [[Span]] {
    var lines: [[Span]] = []
    var line: [Span] = []
    var used = 0
    for item in items {
        let w = item.width(unicode: unicode)
        if !line.isEmpty && used + gap + w > width {
            lines.append(line)
            line = []
            used = 0
        }
        if !line.isEmpty {
            line.append(Span(String(repeating: " ", count: gap)))
            used += gap
        }
        line += item
        used += w
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}

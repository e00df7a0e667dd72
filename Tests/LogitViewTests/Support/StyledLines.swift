import LogitView

/// Golden screens with their styles (ratatui's `assert_buffer_lines` compares styled lines): each
/// row's text, then under it one letter per cell naming the cell's style, from this legend.
/// Reversed variants have letters of their own (the selected row reverses what it covers).
enum StyleLegend {
    static let entries: [(letter: Character, style: Style, means: String)] = [
        (" ", .plain, "plain"),
        ("d", Style(dim: true), "dim: hints, axes, masked classes"),
        ("B", Style(bold: true), "bold: key names"),
        ("S", Style(reverse: true), "reverse: the selected row"),
        ("H", Style(foreground: .cyan, bold: true, reverse: true), "cyan bold reverse: the title bar"),
        ("h", Style(foreground: .cyan, bold: true), "cyan bold: headings"),
        ("u", Style(foreground: .cyan, bold: true, underline: true), "cyan bold underlined: the column the list is ordered by"),
        ("c", Style(foreground: .cyan), "cyan: sigmoid bars"),
        ("b", Style(foreground: .brightBlue), "bright blue: a positive logit's bar"),
        ("m", Style(foreground: .magenta), "magenta: a negative logit's bar"),
        ("g", Style(foreground: .green), "green: softmax bars"),
        ("G", Style(foreground: .green, bold: true), "green bold: above the threshold (✓, the sigmoid)"),
        ("v", Style(foreground: .green, bold: true, reverse: true), "green bold reverse: above the threshold, selected row"),
        ("A", Style(foreground: .yellow, bold: true), "yellow bold: the argmax (★, label, p, bar); warnings"),
        ("a", Style(foreground: .yellow, bold: true, reverse: true), "yellow bold reverse: the argmax, selected row; the tour's pointer"),
        ("R", Style(foreground: .brightRed, bold: true), "bright red bold: the threshold line, errors"),
        ("N", Style(foreground: .brightRed, bold: true, reverse: true), "bright red bold reverse: inf and NaN"),
        ("T", Style(foreground: .brightMagenta, bold: true), "bright magenta bold: the target ◎, the sampled token ◆"),
        ("z", Style(foreground: .brightMagenta, underline: true), "bright magenta underlined: an exact zero"),
        ("_", Style(underline: true), "underlined: an input field"),
        ("r", Style(foreground: .brightRed), "bright red: the calibration view's gap between accuracy and confidence"),
    ]

    static func letter(for style: Style) -> Character {
        entries.first { $0.style == style }?.letter ?? "?"
    }
}

extension Screen {
    /// Rows `rows` (all by default) as text, each followed by its style line: one letter per cell
    /// (`StyleLegend`, `?` for a style it lacks). Trailing blanks are trimmed from the text and
    /// trailing plain cells from the style line; a wide character's second cell is left out of
    /// both, so the letters stand under the characters they style.
    func styledLines(rows: Range<Int>? = nil) -> [String] {
        let text = lines
        return (rows ?? 0..<size.height).flatMap { y -> [String] in
            var styles = ""
            for x in 0..<size.width where !self[x, y].isContinuation {
                styles.append(StyleLegend.letter(for: self[x, y].style))
            }
            while styles.last == " " { styles.removeLast() }
            return [text[y], styles]
        }
    }
}

/// An expected styled screen as one multi-line literal, text and style lines alternating, padded
/// with blank rows to `height` (trailing blank rows are left out of the literals).
func expectedStyledLines(_ literal: String, height: Int) -> [String] {
    expectedLines(literal, height: 2 * height)
}

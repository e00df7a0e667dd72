/// A screen as SVG, for slides: one `<text>` per run of same-styled cells (its `textLength`
/// pins it to the cell grid whatever the font), block characters drawn as rectangles so bars are
/// solid, reverse video and backgrounds as filled cells, in the xterm palette on a dark ground.
extension Screen {
    /// The cell size in SVG units and the font size that fills it.
    static let svgCell = (width: 10, height: 20, fontSize: 16)

    public func svg(color: Bool = true) -> String {
        let (cw, chh, fs) = Self.svgCell
        let width = size.width * cw
        let height = size.height * chh
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">
            <rect width="\(width)" height="\(height)" fill="\(SVGPalette.background)"/>
            <g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="\(fs)" xml:space="preserve">

            """
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = self[x, y]
                let style = color ? cell.style : cell.style.monochrome
                let colors = SVGPalette.colors(style)
                if let block = Self.blockFraction(cell.character) {
                    if let fill = colors.background {
                        out += "<rect x=\"\(x * cw)\" y=\"\(y * chh)\" width=\"\(cw)\" height=\"\(chh)\" fill=\"\(fill)\"/>\n"
                    }
                    let w = Double(cw) * block.width
                    let left = Double(x * cw) + Double(cw) * block.offset
                    out += "<rect x=\"\(svgNumber(left))\" y=\"\(y * chh)\" width=\"\(svgNumber(w))\" height=\"\(chh)\" fill=\"\(colors.foreground)\"\(Self.opacity(style))/>\n"
                    x += 1
                    continue
                }
                // A run: the following cells of the same style that are neither blocks nor
                // continuations of something else.
                var run = ""
                var cells = 0
                var end = x
                while end < size.width {
                    let c = self[end, y]
                    let s = color ? c.style : c.style.monochrome
                    if end > x && (s != style || Self.blockFraction(c.character) != nil) { break }
                    if !c.isContinuation { run.append(c.character) }
                    cells += 1
                    end += 1
                }
                // One filled rectangle for the run's background (reverse video, a header bar).
                if let fill = colors.background {
                    out += "<rect x=\"\(x * cw)\" y=\"\(y * chh)\" width=\"\(cells * cw)\" height=\"\(chh)\" fill=\"\(fill)\"/>\n"
                }
                if run.contains(where: { $0 != " " }) {
                    var attributes = "x=\"\(x * cw)\" y=\"\(y * chh + chh * 3 / 4)\" textLength=\"\(cells * cw)\" lengthAdjust=\"spacingAndGlyphs\" fill=\"\(colors.foreground)\""
                    if style.bold { attributes += " font-weight=\"bold\"" }
                    if style.underline { attributes += " text-decoration=\"underline\"" }
                    attributes += Self.opacity(style)
                    out += "<text \(attributes)>\(xmlEscaped(run))</text>\n"
                }
                x = end
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    private static func opacity(_ style: Style) -> String { style.dim ? " opacity=\"0.6\"" : "" }

    /// Block elements as (offset, width) fractions of a cell: █ and the left eighths, ▐ and ▕.
    static func blockFraction(_ c: Character) -> (offset: Double, width: Double)? {
        switch c {
        case "█": (0, 1)
        case "▉": (0, 7 / 8)
        case "▊": (0, 6 / 8)
        case "▋": (0, 5 / 8)
        case "▌": (0, 4 / 8)
        case "▍": (0, 3 / 8)
        case "▎": (0, 2 / 8)
        case "▏": (0, 1 / 8)
        case "▐": (0.5, 0.5)
        case "▕": (7 / 8, 1 / 8)
        default: nil
        }
    }
}

/// The eight ANSI colours as xterm draws them, on a dark ground.
enum SVGPalette {
    static let background = "#1c1c1c"
    static let foreground = "#d0d0d0"

    static func hex(_ c: Style.Color) -> String {
        switch c {
        case .black: "#000000"
        case .red: "#e05050"
        case .green: "#4ec94e"
        case .yellow: "#e5c34a"
        case .blue: "#5c8dff"
        case .magenta: "#d070d0"
        case .cyan: "#40c8d0"
        case .white: "#f0f0f0"
        }
    }

    /// The text colour and the cell's fill (nil: the ground), with reverse video applied.
    static func colors(_ style: Style) -> (foreground: String, background: String?) {
        let fg = style.foreground.map(hex) ?? foreground
        let bg = style.background.map(hex)
        return style.reverse ? (bg ?? background, fg) : (fg, bg)
    }
}

/// Text safe inside an XML element or attribute.
func xmlEscaped(_ s: String) -> String {
    var out = ""
    for c in s {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        default: out.append(c)
        }
    }
    return out
}

/// A coordinate with at most two decimals (12.5, 8.75), without Foundation.
func svgNumber(_ x: Double) -> String {
    let hundredths = Int((x * 100).rounded())
    let whole = hundredths / 100
    let frac = hundredths % 100
    if frac == 0 { return String(whole) }
    return String(whole) + "." + (frac < 10 ? "0" : "") + String(frac).trimmingZeros
}

private extension String {
    var trimmingZeros: String {
        var s = self
        while s.last == "0" { s.removeLast() }
        return s
    }
}

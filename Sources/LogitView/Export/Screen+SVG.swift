/// A screen as SVG, for slides: one `<text>` per run of same-styled cells (its `textLength`
/// pins it to the cell grid whatever the font), block characters drawn as rectangles so bars are
/// solid, reverse video and backgrounds as filled cells, on the ground of the scheme the screen was
/// rendered for.
extension Screen {
    /// The cell size in SVG units and the font size that fills it.
    static let svgCell = (width: 10, height: 20, fontSize: 16)

    public func svg(color: Bool = true, scheme: ColorScheme = .dark) -> String {
        let (cw, chh, fs) = Self.svgCell
        let svgPalette = SVGPalette.of(scheme)
        let width = size.width * cw
        let height = size.height * chh
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">
            <rect width="\(width)" height="\(height)" fill="\(svgPalette.background)"/>
            <g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="\(fs)" xml:space="preserve">

            """
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = self[x, y]
                let style = color ? cell.style : cell.style.monochrome
                let colors = svgPalette.colors(style)
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

    /// Dim as a faded ink; not on a reversed cell, whose ink is the dark ground (xterm's faint
    /// leaves black as it is, and faded it would sink into the fill).
    private static func opacity(_ style: Style) -> String { style.dim && !style.reverse ? " opacity=\"0.6\"" : "" }

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

/// The sixteen colours of an SVG, its ground and its default ink, one set per colour scheme.
struct SVGPalette {
    let background: String
    let foreground: String
    /// Indexed by `Style.Color.rawValue`.
    let palette: [String]

    static func of(_ scheme: ColorScheme) -> SVGPalette {
        switch scheme {
        case .dark: dark
        case .light: light
        }
    }

    /// A soft black ground, with colours a little softer than xterm's.
    static let dark = SVGPalette(background: "#1c1c1c", foreground: "#d0d0d0", palette: [
        "#000000", "#e05050", "#4ec94e", "#e5c34a", "#5c8dff", "#d070d0", "#40c8d0", "#f0f0f0",
        "#808080", "#ff7070", "#80f080", "#fff080", "#80a8ff", "#f090f0", "#70e8f0", "#ffffff",
    ])

    /// White paper with xterm's own colours, black ink.
    static let light = SVGPalette(background: "#ffffff", foreground: "#000000", palette: [
        "#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
        "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
    ])

    func hex(_ c: Style.Color) -> String { palette[Int(c.rawValue)] }

    /// The text colour and the cell's fill (nil: the ground), with reverse video applied.
    func colors(_ style: Style) -> (foreground: String, background: String?) {
        let fg = style.foreground.map(hex) ?? foreground
        let bg = style.background.map(hex)
        return style.reverse ? (bg ?? background, fg) : (fg, bg)
    }
}

/// Text safe inside an XML element or attribute.
func xmlEscaped(_ s: String) -> String {
    var out = ""
    out.appendEscaping(s) { scalar in
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&apos;"
        default: nil
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

import CNcurses
import LogitView

/// Turns a `Style` into ncurses attributes and a colour pair. Pairs are made on first use, one
/// per (foreground, background) seen, with -1 for the terminal's own default colours
/// (`use_default_colors`), so an unstyled cell keeps the user's background. Monochrome (`NO_COLOR`,
/// or a terminal without colours) keeps the attributes alone, which carry the meaning by design.
/// A terminal with eight colours shows a bright one as its base colour in bold (which many draw
/// bright).
struct ColorPalette {
    let colors: Bool
    private var pairs: [ColorKey: Int16] = [:]
    private let pairLimit: Int
    private let brightColors: Bool

    private struct ColorKey: Hashable {
        var foreground: Style.Color?
        var background: Style.Color?
    }

    /// `noColorRequested`: `NO_COLOR` is set, to any value (even empty), as `--print` reads it too.
    init(noColorRequested: Bool) {
        if !noColorRequested && has_colors() {
            start_color()
            use_default_colors()
            colors = true
            pairLimit = Int(ls_color_pairs())
            brightColors = ls_colors() >= 16
        } else {
            colors = false
            pairLimit = 0
            brightColors = false
        }
    }

    mutating func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var style = style
        if !brightColors, style.foreground?.isBright == true || style.background?.isBright == true {
            style.foreground = style.foreground?.base
            style.background = style.background?.base
            style.bold = true
        }
        var attributes = ls_a_normal()
        if style.bold { attributes |= ls_a_bold() }
        if style.dim { attributes |= ls_a_dim() }
        if style.reverse { attributes |= ls_a_reverse() }
        if style.underline { attributes |= ls_a_underline() }
        guard colors, style.foreground != nil || style.background != nil else { return (attributes, 0) }
        return (attributes, pair(ColorKey(foreground: style.foreground, background: style.background)))
    }

    private mutating func pair(_ key: ColorKey) -> Int16 {
        if let existing = pairs[key] { return existing }
        let number = pairs.count + 1
        // 289 combinations at most; a terminal with fewer pairs gets the default colours beyond them.
        guard number < pairLimit, number <= Int(Int16.max) else { return 0 }
        let fg = key.foreground.map { Int16($0.rawValue) } ?? -1
        let bg = key.background.map { Int16($0.rawValue) } ?? -1
        guard init_pair(Int16(number), fg, bg) != ERR else { return 0 }
        pairs[key] = Int16(number)
        return Int16(number)
    }
}

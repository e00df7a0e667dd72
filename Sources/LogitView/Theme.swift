/// The named styles of the explorer. Each pairs a colour with an attribute (bold, reverse,
/// underline, dim) and, on screen, a text marker, so that `NO_COLOR`, a monochrome terminal and a
/// washed-out projector still show which class is the argmax, which row is selected and which
/// number is an inf or a NaN.
///
/// The colours are chosen for a dark background: each reads at 4.5:1 on xterm's black (text) or
/// 3:1 (bars and rules), which is why red, magenta and blue text are their bright variants. A light
/// background gets them through `ColorScheme.light`; `ThemeContrastTests` holds both to it.
public enum Theme {
    /// The title bar.
    public static let header = Style(foreground: .cyan, bold: true, reverse: true)
    /// Panel and column headings.
    public static let heading = Style(foreground: .cyan, bold: true)
    /// The selected row's label and value.
    public static let selection = Style(reverse: true)
    /// The argmax: its marker, label, percentage and bar.
    public static let argmax = Style(foreground: .yellow, bold: true)
    /// The token drawn last, its marker and label.
    public static let sampled = Style(foreground: .brightMagenta, bold: true)
    /// The cross-entropy target marker.
    public static let target = Style(foreground: .brightMagenta, bold: true)
    /// Softmax bars.
    public static let bar = Style(foreground: .green)
    /// A positive logit's bar; a negative one's.
    public static let positiveBar = Style(foreground: .brightBlue)
    public static let negativeBar = Style(foreground: .magenta)
    /// Axes and scale ticks.
    public static let axis = Style(dim: true)
    /// The sigmoid threshold line.
    public static let threshold = Style(foreground: .brightRed, bold: true)
    /// A class whose sigmoid is above its threshold: its marker and percentage.
    public static let above = Style(foreground: .green, bold: true)
    /// Sigmoid bars.
    public static let sigmoidBar = Style(foreground: .cyan)
    /// A masked class (logit −inf): dim, with the word "masked".
    public static let masked = Style(dim: true)
    /// An inf or a NaN result: shown as such, reversed.
    public static let nonFinite = Style(foreground: .brightRed, bold: true, reverse: true)
    /// An exactly zero probability (a masked class, an underflow): underlined.
    public static let exactZero = Style(foreground: .brightMagenta, underline: true)
    /// A refusal on the status line (also prefixed with ✗).
    public static let error = Style(foreground: .brightRed, bold: true)
    /// The calibration view's gap between a bin's accuracy and its confidence (░ and ▓).
    public static let gap = Style(foreground: .brightRed)
    /// Precision warnings (also prefixed with !).
    public static let warning = Style(foreground: .yellow, bold: true)
    /// Key hints and explanations.
    public static let hint = Style(dim: true)
    /// A key's name in the hints and the help overlay.
    public static let key = Style(bold: true)
    /// The tour's lesson title.
    public static let lesson = Style(foreground: .yellow, bold: true, reverse: true)
    /// The heading of the panel the tour points at.
    public static let pointer = Style(foreground: .yellow, bold: true, reverse: true)
    /// The inline edit field, its selected text and its cursor.
    public static let field = Style(underline: true)
    public static let fieldSelected = Style(reverse: true)
    public static let fieldCursor = Style(reverse: true)
}

/// The characters the view draws with, Unicode or ASCII (for a locale that is not UTF-8).
struct Glyphs {
    let unicode: Bool
    init(_ options: RenderOptions) { unicode = options.unicode }

    var selection: String { unicode ? "▸" : ">" }
    var argmax: String { unicode ? "★" : "*" }
    var target: String { unicode ? "◎" : "@" }
    /// The token the sampler drew last.
    var sampled: String { unicode ? "◆" : "o" }
    var above: String { unicode ? "✓" : "+" }
    var error: String { unicode ? "✗" : "x" }
    var warning: String { "!" }
    var vertical: Unicode.Scalar { unicode ? "│" : "|" }
    var thresholdLine: Unicode.Scalar { unicode ? "┃" : "|" }
    var horizontal: Unicode.Scalar { unicode ? "─" : "-" }
    var times: String { unicode ? "×" : "x" }
    var up: String { unicode ? "↑" : "^" }
    var down: String { unicode ? "↓" : "v" }
    var dot: String { unicode ? "·" : "-" }
    var iff: String { unicode ? "⇔" : "<=>" }
    var atMost: String { unicode ? "≤" : "<=" }
    var tau: String { unicode ? "τ" : "tau" }
    var sigma: String { unicode ? "σ" : "sigmoid" }
    var sum: String { unicode ? "Σ" : "sum" }
    var corners: (tl: Unicode.Scalar, tr: Unicode.Scalar, bl: Unicode.Scalar, br: Unicode.Scalar) {
        unicode ? ("┌", "┐", "└", "┘") : ("+", "+", "+", "+")
    }
}

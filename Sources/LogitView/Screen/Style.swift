/// How a cell looks. Colours are the sixteen ANSI colours (a terminal with only eight shows a
/// bright one as its base colour); the attributes carry the meaning on their own, so a monochrome
/// terminal or `NO_COLOR` drops the colours and still shows the argmax, the selection and the
/// inf/NaN cells.
public struct Style: Hashable, Sendable {
    /// Numbered as terminals number them: 0–7, then the bright variants 8–15.
    public enum Color: UInt8, Hashable, Sendable, CaseIterable {
        case black, red, green, yellow, blue, magenta, cyan, white
        case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

        /// The colour among the first eight with the same hue (bright red → red).
        public var base: Color { Color(rawValue: rawValue & 7)! }
        public var isBright: Bool { rawValue >= 8 }
    }

    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(
        foreground: Color? = nil, background: Color? = nil,
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()

    /// The same style without colours: what `NO_COLOR` and monochrome terminals get.
    public var monochrome: Style {
        Style(bold: bold, dim: dim, reverse: reverse, underline: underline)
    }
}

/// How a cell looks. Colours are the eight ANSI colours (every terminal and projector has them);
/// the attributes carry the meaning on their own, so a monochrome terminal or `NO_COLOR` drops the
/// colours and still shows the argmax, the selection and the inf/NaN cells.
public struct Style: Hashable, Sendable {
    public enum Color: UInt8, Hashable, Sendable, CaseIterable {
        case black, red, green, yellow, blue, magenta, cyan, white
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

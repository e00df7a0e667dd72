/// Presentation mode's colours: a projector washes out dim text and dark colours, so dim becomes
/// plain, blue becomes cyan, red and magenta their bright variants (every colour then reads at
/// 4.5:1 on black, bars included), and every coloured cell is bold. The attributes that carry
/// meaning (reverse, underline) stay. On a light background `ColorScheme.light` maps the result.
extension Style {
    public var projector: Style {
        var s = self
        s.dim = false
        s.foreground = s.foreground.map(Self.projected)
        s.background = s.background.map(Self.projected)
        if s.foreground != nil || s.reverse { s.bold = true }
        return s
    }

    private static func projected(_ c: Color) -> Color {
        switch c {
        case .blue, .brightBlue: .cyan
        case .red: .brightRed
        case .magenta: .brightMagenta
        default: c
        }
    }
}

extension Screen {
    /// The same screen in presentation colours.
    public var projected: Screen {
        var out = self
        out.restyle(Rect(x: 0, y: 0, width: size.width, height: size.height)) { $0 = $0.projector }
        return out
    }
}

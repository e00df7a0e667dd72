/// Presentation mode's colours: a projector washes out dim text and dark blue, so dim becomes
/// plain, blue becomes cyan, and every coloured cell is bold. The attributes that carry meaning
/// (reverse, underline) stay.
extension Style {
    public var projector: Style {
        var s = self
        s.dim = false
        if s.foreground == .blue { s.foreground = .cyan }
        if s.background == .blue { s.background = .cyan }
        if s.foreground != nil || s.reverse { s.bold = true }
        return s
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

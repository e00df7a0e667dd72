/// What the view needs to know about the terminal it draws for.
public struct RenderOptions: Hashable, Sendable {
    /// Unicode block characters (▏▎▍▌▋▊▉█, ─ │); false draws with ASCII (`#`, `-`, `|`) for a
    /// locale that is not UTF-8.
    public var unicode: Bool
    /// The background the colours must read on.
    public var colorScheme: ColorScheme

    public init(unicode: Bool = true, colorScheme: ColorScheme = .dark) {
        self.unicode = unicode
        self.colorScheme = colorScheme
    }
}

/// What the view needs to know about the terminal it draws for.
public struct RenderOptions: Hashable, Sendable {
    /// Unicode block characters (▏▎▍▌▋▊▉█, ─ │); false draws with ASCII (`#`, `-`, `|`) for a
    /// locale that is not UTF-8.
    public var unicode: Bool

    public init(unicode: Bool = true) {
        self.unicode = unicode
    }
}

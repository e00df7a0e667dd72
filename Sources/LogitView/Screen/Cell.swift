/// One terminal cell: a grapheme and its style. A wide grapheme (CJK, most emoji) fills two cells:
/// the first holds it, the second is a `continuation` that the backends skip.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

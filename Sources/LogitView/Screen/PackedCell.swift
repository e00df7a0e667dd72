/// A cell as `Screen` stores it. A `Cell` holds a `Character`, which may own a heap buffer, so
/// an array of them is retained and released cell by cell when a frame is set up, copied or
/// freed: for a 200×60 frame that cost more than drawing it. A packed cell is plain bits: the
/// grapheme is a scalar when it is one (nearly always), else the index of it in the screen's
/// table of longer graphemes.
struct PackedCell: Equatable, Sendable {
    /// A Unicode scalar value, or `clusterBase + n` for the screen's grapheme n.
    var code: UInt32
    var style: Style
    var isContinuation: Bool

    /// Above every scalar value (U+10FFFF).
    static let clusterBase: UInt32 = 0x110000

    init(scalar: Unicode.Scalar, style: Style, isContinuation: Bool = false) {
        code = scalar.value
        self.style = style
        self.isContinuation = isContinuation
    }

    init(cluster index: Int, style: Style) {
        code = Self.clusterBase + UInt32(index)
        self.style = style
        isContinuation = false
    }

    /// The one scalar of this cell's grapheme; nil when it is a longer one.
    var scalar: Unicode.Scalar? { code < Self.clusterBase ? Unicode.Scalar(code) : nil }

    static let blank = PackedCell(scalar: " ", style: .plain)
}

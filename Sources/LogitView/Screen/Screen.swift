/// A frame: a grid of cells, the only thing the view produces. The terminal backend blits it,
/// `--print` turns it into text, and tests compare it line by line (ratatui's Buffer).
public struct Screen: Sendable {
    public let size: Size
    /// The cells, row by row, packed so that a frame costs no reference counting (see `PackedCell`).
    var packed: [PackedCell]
    /// The graphemes of more than one scalar drawn on this screen (a flag, a letter with a
    /// combining mark), which packed cells refer to by index; each is kept once.
    private var clusters: [Character] = []

    public init(size: Size) {
        self.size = Size(width: max(size.width, 0), height: max(size.height, 0))
        self.packed = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cell(packed[y * size.width + x]) }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            packed[y * size.width + x] = pack(newValue)
        }
    }

    /// Every cell, row by row.
    public var cells: [Cell] { packed.map(cell) }

    /// The cell a packed one stands for.
    func cell(_ p: PackedCell) -> Cell {
        Cell(character(p), style: p.style, isContinuation: p.isContinuation)
    }

    func character(_ p: PackedCell) -> Character {
        if let s = p.scalar { return Character(s) }
        return clusters[Int(p.code - PackedCell.clusterBase)]
    }

    /// `cell` packed, its grapheme added to the table if it is a new long one.
    mutating func pack(_ cell: Cell) -> PackedCell {
        var p = pack(cell.character, style: cell.style)
        p.isContinuation = cell.isContinuation
        return p
    }

    mutating func pack(_ character: Character, style: Style) -> PackedCell {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return PackedCell(scalar: scalars.first!, style: style) }
        // Compared scalar by scalar: `==` on Characters would merge canonically equivalent
        // graphemes (e + ◌̣ + ◌̂ and e + ◌̂ + ◌̣), and the frame must keep the bytes it was given.
        if let n = clusters.firstIndex(where: { $0.unicodeScalars.elementsEqual(scalars) }) {
            return PackedCell(cluster: n, style: style)
        }
        clusters.append(character)
        return PackedCell(cluster: clusters.count - 1, style: style)
    }

    /// The rows as plain text, trailing blanks trimmed, continuation cells skipped.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for p in packed[(y * size.width)..<((y + 1) * size.width)] where !p.isContinuation {
                if let s = p.scalar { line.unicodeScalars.append(s) } else { line.append(character(p)) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The whole screen as plain text, one line per row.
    public func plainText() -> String {
        lines.joined(separator: "\n") + "\n"
    }
}

extension Screen: Equatable {
    /// Screens are equal when every cell has the same scalars and style: what a terminal would
    /// be sent. Two screens may number the same long graphemes differently, so those are
    /// compared by their scalars.
    public static func == (a: Screen, b: Screen) -> Bool {
        guard a.size == b.size else { return false }
        if a.clusters.elementsEqual(b.clusters, by: { $0.unicodeScalars.elementsEqual($1.unicodeScalars) }) {
            return a.packed == b.packed
        }
        return zip(a.packed, b.packed).allSatisfy { p, q in
            p.style == q.style && p.isContinuation == q.isContinuation
                && (p.scalar != nil || q.scalar != nil
                    ? p.code == q.code
                    : a.character(p).unicodeScalars.elementsEqual(b.character(q).unicodeScalars))
        }
    }
}

/// A frame: a grid of cells, the only thing the view produces. The terminal backend blits it,
/// `--print` turns it into text, and tests compare it line by line (ratatui's Buffer).
public struct Screen: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(size.width, 0), height: max(size.height, 0))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// The rows as plain text, trailing blanks trimmed, continuation cells skipped.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let c = self[x, y]
                if !c.isContinuation { line.append(c.character) }
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

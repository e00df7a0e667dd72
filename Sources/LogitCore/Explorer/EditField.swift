/// A one-line input field, as in a spreadsheet cell: it opens holding the current value, all of it
/// selected, so the first character typed replaces it; arrows drop the selection to edit in place.
public struct EditField: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case logit
        case label
        case temperature
        case threshold
        /// `/`: a text to find among the labels.
        case search
        /// The sampler's seed, a whole number.
        case seed
        /// The file to save the session to.
        case sessionPath
    }

    public let purpose: Purpose
    /// The class being edited (logit and label fields).
    public let index: Int
    public private(set) var text: String
    /// Cursor position in characters.
    public private(set) var cursor: Int
    /// Whole text selected: the next insertion replaces it.
    public private(set) var allSelected: Bool

    public init(purpose: Purpose, index: Int, text: String) {
        self.purpose = purpose
        self.index = index
        self.text = text
        self.cursor = text.count
        self.allSelected = !text.isEmpty
    }

    public mutating func apply(_ edit: TextEdit) {
        switch edit {
        case .insert(let s):
            let clean = String(s.unicodeScalars.filter { UnsafeScalar.kind(of: $0) != .control }.map(Character.init))
            if allSelected { text = ""; cursor = 0 }
            let i = text.index(text.startIndex, offsetBy: cursor)
            let end = text.utf8.distance(from: text.startIndex, to: i) + clean.utf8.count
            text.insert(contentsOf: clean, at: i)
            // Counted after inserting: a combining mark joins the character before it ("e" then
            // U+0301 is one "é"), so adding clean.count would put the cursor past the end.
            cursor = text[..<text.utf8.index(text.startIndex, offsetBy: end)].count
        case .deleteBackward:
            if allSelected { text = ""; cursor = 0 }
            else if cursor > 0 {
                text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
                cursor -= 1
            }
        case .deleteForward:
            if allSelected { text = ""; cursor = 0 }
            else if cursor < text.count {
                text.remove(at: text.index(text.startIndex, offsetBy: cursor))
            }
        case .moveLeft:
            if allSelected { cursor = 0 } else { cursor = max(0, cursor - 1) }
        case .moveRight:
            if allSelected { cursor = text.count } else { cursor = min(text.count, cursor + 1) }
        case .moveToStart: cursor = 0
        case .moveToEnd: cursor = text.count
        }
        allSelected = false
    }
}

import LogitCore
import LogitView

/// The states the golden screens show, each from a source a reader can check.
enum Examples {
    /// The seed article: News 2.0, Entertainment 1.0, Technology 0.1 → 65.9% / 24.2% / 9.9%.
    static let seed = ExplorerState()

    /// Twelve classes (scipy.special.softmax gives 41.1% for class 1, 0.2% for class 6), the
    /// sixth selected, so an 80×24 screen must scroll.
    static let twelve = ExplorerState(
        document: LogitDocument(logits: [3.2, 1.5, 0.3, -0.8, 2.1, -2.4, 0.0, 1.1, -1.3, 0.7, -0.2, 2.6]),
        selection: 5)

    /// A masked class: [2, -inf, 1] gives [73.1%, 0, 26.9%] (scipy), cat the target.
    static let masked = ExplorerState(
        document: LogitDocument(logits: [2, -.infinity, 1], labels: ["cat", "dog", "bird"], target: 0))

    /// NUMERICS.md: naive softmax of [12, 11, 10] in Float16 is [NaN, 0, 0]; stable [0.665, 0.245, 0.090].
    static let float16Overflow = ExplorerState(
        document: LogitDocument(logits: [12, 11, 10], precision: .float16))
}

func screenSize(_ w: Int, _ h: Int) -> Size { Size(width: w, height: h) }

/// Expected screen text as one multi-line literal, one line per row (trailing blanks trimmed).
func expectedLines(_ text: String, height: Int) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.count < height { lines.append("") }
    return lines
}

/// The frame of `state` on a terminal of `size` (80×24 unless given): what the key and mouse
/// maps read, as the run loop gives it them.
func frame(_ state: ExplorerState, _ size: Size = screenSize(80, 24)) -> Frame {
    Frame(state, size: size)
}

import LogitCore
import LogitRuntime
import LogitView

/// Key presses for a script: each character of `text` as the key a terminal sends for it.
func typed(_ text: String) -> [TerminalEvent] {
    text.map { .key(.character($0)) }
}

func key(_ key: Key) -> TerminalEvent { .key(key) }

func mouse(_ kind: MouseEvent.Kind, _ x: Int, _ y: Int) -> TerminalEvent { .mouse(MouseEvent(kind, x: x, y: y)) }

let standard = Size(width: 80, height: 24)

/// Runs the explorer from `state` on an in-memory terminal of `size` through `reads`; returns the
/// final state and the terminal (its screens).
func run(
    _ reads: [[TerminalEvent]], from state: ExplorerState = ExplorerState(), size: Size = standard,
    perform: (Effect, Frame) -> Action? = { _, _ in nil }
) -> (state: ExplorerState, terminal: InMemoryBackend) {
    var terminal = InMemoryBackend(size: size, reads: reads)
    let final = ExplorerLoop.run(state, on: &terminal, perform: perform)
    return (final, terminal)
}

extension Screen {
    /// The bottom row, where the status message and the key hints are.
    var statusLine: String { lines.last ?? "" }

    /// The position of the first cell of `text` on a row below the header that also holds
    /// `label` (the `occurrence`-th such row), found by reading the screen as a user would.
    func position(of text: String, inRowWith label: String, occurrence: Int = 0) -> (x: Int, y: Int)? {
        let rows = lines.indices.dropFirst().filter { lines[$0].contains(label) }
        guard let y = rows.dropFirst(occurrence).first else { return nil }
        let line = Array(lines[y])
        guard let x = line.indices.first(where: { String(line[$0...]).hasPrefix(text) }) else { return nil }
        return (x, y)
    }

    /// The styles of the cells of row y from column x, `count` of them.
    func styles(x: Int, y: Int, count: Int) -> [Style] {
        (x..<(x + count)).map { self[$0, y].style }
    }
}

/// A vocabulary of 200 classes at descending logits (0, -0.1, -0.2, …), so rank order is index
/// order: the ranked list, where PgUp and PgDn page.
let vocabulary = ExplorerState(document: LogitDocument(logits: (0..<200).map { -0.1 * Double($0) }))

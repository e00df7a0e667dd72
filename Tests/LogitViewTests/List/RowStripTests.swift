import LogitCore
import Testing
@testable import LogitView

/// The strip over rows, on a response of 30 generated tokens (`w0 w1 …`, each with two listed
/// alternatives): a click on a sparkline cell or a token of its text line opens that row.
@Suite struct RowStripTests {
    static func state(position: Int = 10) -> ExplorerState {
        let tokens = (0..<30).map { k in
            LogprobToken(text: " w\(k)", logprob: -0.5, alternatives: [
                .init(text: " w\(k)", logprob: -0.5), .init(text: " x\(k)", logprob: -1.5),
            ])
        }
        let sequence = LogprobSequence(source: .chatCompletion, stage: .unknown, tokens: tokens)
        var state = ExplorerState(document: sequence.document(position: position))
        state.attach(rows: RowSession(source: .logprobs(sequence), position: position))
        return state
    }

    static let size = Size(width: 100, height: 30)

    func press(_ x: Int, _ y: Int, _ state: ExplorerState = Self.state()) -> Action? {
        MouseMap.action(for: MouseEvent(.press, x: x, y: y), in: Frame(state, size: Self.size))
    }

    @Test func aClickOnACellOpensItsRow() throws {
        let screen = render(Self.state(), size: Self.size)
        // The sparklines' rows, labelled at the left; one cell per row from column 1 + 8.
        let y = try #require(screen.lines.firstIndex { $0.hasPrefix(" -log p") })
        #expect(press(9, y) == .openRow(0))
        #expect(press(9 + 17, y + 1) == .openRow(17))
        #expect(press(9 + 29, y) == .openRow(29))
        #expect(press(9 + 30, y) == nil)  // past the last row
        #expect(press(3, y) == nil)  // the label
    }

    @Test func aClickOnATokenOfTheTextLineOpensItsRow() throws {
        let screen = render(Self.state(), size: Self.size)
        let y = try #require(screen.lines.firstIndex { $0.contains("w9") && $0.contains("w11") })
        let line = Array(screen.lines[y])
        for k in [9, 10, 11] {
            let x = try #require(line.indices.first { String(line[$0...]).hasPrefix("w\(k) ") || String(line[$0...]).hasPrefix("w\(k)\u{20}") })
            #expect(press(x, y) == .openRow(k), "w\(k)")
        }
        // And the row opens: its own alternatives, its produced token the target.
        let opened = update(Self.state(), .openRow(11)).state
        #expect(opened.document.labels.array == [" w11", " x11", "(rest)"] && opened.document.target == 0)
    }

    @Test func theTitleSaysTheRestAndTheTokensRunAlong() {
        let screen = render(Self.state(), size: Self.size)
        #expect(screen.lines[1].contains("row 10 of 0–29") && screen.lines[1].contains("rest "))
        #expect(screen.lines[0].contains("2 listed + rest"))
    }
}

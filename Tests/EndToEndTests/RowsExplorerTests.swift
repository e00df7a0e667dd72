import Foundation
import Testing

/// A new user steps through a generation in tmux: a [12, 128256] float32 `.safetensors` (Llama 3's
/// vocabulary) with a vocabulary and the tokens the generation produced, opened on row 0; J K step,
/// H L jump, an edit is kept when the row is left and back when it is opened again, and the quit
/// line names the file, the position and the targets. Every wait polls the screen.
@Suite struct RowsExplorerTests {
    static let rows = 12, vocab = 128_256
    /// Row r's target (token 1000 + r) leads at 9, except row 5, whose target 1005 sits at 0 while
    /// token 7 leads at 9 (a surprising token: its surprisal stands out in the strip).
    static func logits() -> [Float] {
        var z = [Float](repeating: 0, count: rows * vocab)
        for r in 0..<rows {
            for i in 0..<vocab { z[r * vocab + i] = -Float((i + 31 * r) % 400) / 100 }
            z[r * vocab + (r == 5 ? 7 : 1000 + r)] = 9
            if r == 5 { z[r * vocab + 1005] = 0 }
        }
        return z
    }

    @Test func steppingThroughAGeneration() throws {
        let dir = try TempFolder()
        let file = try dir.write("gen.safetensors", RowFiles.safetensors(float32: Self.logits(), rows: Self.rows, vocab: Self.vocab))
        let vocabulary = try dir.write("vocab.txt", text: (0..<Self.vocab).map { "w\($0)\n" }.joined())
        let targets = (0..<Self.rows).map { String(1000 + $0) }.joined(separator: ",")
        let session = try ExplorerSession(["--file", file, "--vocab", vocabulary, "--targets", targets, "--seed", "4"], width: 100, height: 30)
        defer { session.close() }

        // Opens on row 0: the strip, the target's text, the rows' texts running along it.
        try session.tmux.wait(for: "row 0 of 0–11", "target 1000 \"w1000\"", "-log p", "H nats", "w1001 w1002", "J K row")
        try session.tmux.press("J")
        try session.tmux.wait(for: "row 1 of 0–11", "target 1001 \"w1001\"")
        try session.tmux.press("L")
        try session.tmux.wait(for: "row 11 of 0–11", "target 1011")
        try session.tmux.press("H")
        try session.tmux.wait(for: "row 0 of 0–11")
        // Row 5: the target is not the argmax.
        for _ in 0..<5 { try session.tmux.press("J") }
        let five = try session.tmux.wait(for: "row 5 of 0–11", "target 1005 \"w1005\"", "argmax ★ w7")
        #expect(five.contains("▸ ◎"))
        // An edit, then away and back: kept, and said so.
        try session.tmux.press("Right")
        try session.tmux.press("J")
        try session.tmux.wait(for: "row 6 of 0–11", "row 5's edits are kept", "edited: 5")
        try session.tmux.press("K")
        try session.tmux.wait(for: "row 5 of 0–11", "this row's edits are back")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout == "logitscope --file \(file) --position 5 --targets=\(targets) --vocab \(vocabulary) --edits=1005=0.1 -t 1 --precision float32 --seed 4\n")
        #expect(try session.terminalDamage() == [])
    }
}

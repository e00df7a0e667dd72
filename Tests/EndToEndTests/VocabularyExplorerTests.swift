import Foundation
import Testing

/// A new user's first minutes with a real vocabulary, in tmux: a 128,256-token `.npy` (Llama 3's
/// vocabulary size) opened with `--file` and `--vocab`, scrolled, filtered, sampled and searched;
/// and logits piped in on stdin, with the keys still coming from the terminal. No timing is
/// asserted: every wait polls the screen.
@Suite struct VocabularyExplorerTests {
    static let count = 128_256

    /// Token 4242 at 12 and token 77 at 11 lead; the rest sit at −(i mod 500)/100, so the last
    /// rank is the highest index at −4.99: 127999.
    static func logits() -> [Float] {
        (0..<count).map { i in i == 4242 ? 12 : i == 77 ? 11 : -Float(i % 500) / 100 }
    }

    @Test func a128kVocabularyOpensScrollsFiltersAndSamples() throws {
        let dir = try TempFolder()
        let npy = try dir.write("llama.npy", Npy.float32(Self.logits()))
        let vocab = try dir.write("vocab.txt", text: (0..<Self.count).map { "tok\($0)\n" }.joined())
        let session = try ExplorerSession(["--file", npy, "--vocab", vocab, "--seed", "11"], width: 100, height: 30)
        defer { session.close() }

        // Opens on the ranked list, the two leaders on top, the most likely token selected.
        let first = try session.tmux.wait(for: "128256 classes", "RANK", "tok4242", "tok77", "seed 11")
        #expect(first.contains("Float32"))
        #expect(first.split(separator: "\n").contains { $0.hasPrefix(" ▸") && $0.contains("4242  tok4242") })

        // Scrolls: a page down hides the top; G goes to the last rank; g comes back.
        try session.tmux.press("NPage")
        // (The header names the argmax, tok4242, whatever is scrolled: look for its row.)
        // From rank 1, a page of 24 rows lands on rank 25, with 13 ranks above the window.
        try session.tmux.wait(for: "↑ 13 more", absent: ["4242  tok4242"])
        try session.tmux.press("G")
        try session.tmux.wait(for: "tok127999", "128256")
        try session.tmux.press("g")
        try session.tmux.wait(for: "4242  tok4242", absent: ["tok127999"])

        // Filters: top-k on (50), which keeps every token tied with the 50th, as HuggingFace does:
        // the 2 leaders and the 257 tokens at 0 (i mod 500 = 0 for i = 0, 500, …, 128000); then
        // top-p on (0.95).
        try session.tmux.press("{")
        try session.tmux.wait(for: "top-k 50", "kept 259 of 128256 tokens")
        try session.tmux.press("(")
        try session.tmux.wait(for: "top-p 0.95")

        // Samples: one draw, then a batch of 1000 with its frequencies.
        try session.tmux.press("z")
        try session.tmux.wait(for: "drew ◆")
        try session.tmux.press("Z")
        try session.tmux.wait(for: "FREQ", "1000 draws")

        // Searches the labels.
        try session.tmux.press("/")
        try session.tmux.typeLiteral("tok4242")
        try session.tmux.press("Enter")
        try session.tmux.wait(for: "\"tok4242\": match 1 of 1")

        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        // The file is named, not its 128k logits listed.
        #expect(stdout == "logitscope --file \(npy) --vocab \(vocab) -t 1 --precision float32 --top-k 50 --top-p 0.95 --seed 11\n")
        #expect(try session.terminalDamage() == [])
    }

    @Test func logitsPipedOnStdinStillGiveAnInteractiveExplorer() throws {
        let dir = try TempFolder()
        let npy = try dir.write("seed.npy", Npy.float64BigEndian([2, 1, 0.1]))
        let session = try ExplorerSession(["--file", "-", "--seed", "3"], stdinFile: npy)
        defer { session.close() }
        try session.tmux.wait(for: "class 0", "65.9%")
        // The keys come from the terminal (/dev/tty), not from the exhausted pipe.
        try session.tmux.press("Right")
        try session.tmux.wait(for: "2.1")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout == "logitscope --file - --edits=0=2.1 -t 1 --precision float64 --seed 3\n")
        #expect(try session.terminalDamage() == [])
    }
}

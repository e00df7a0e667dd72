import Foundation
import Testing

/// The classroom panels through the built explorer in tmux, as a class would drive them.
@Suite struct ExplorerClassroomTests {
    /// 6 opens the online softmax on the seed in its default two blocks; B steps the block size
    /// (3: one block, then 1: a block a class); p p p cycles into BFloat16, where the walk gives the
    /// reference's "online seed bfloat16 B=2" sum (1.5166015625, shown 1.517) and p (0.66015625,
    /// 0.2421875, 0.0986328125): with blocks of one, no block raises the max, so ℓ is the same. The
    /// quit line keeps the block.
    @Test func theOnlinePanelTakesTheBlockKeyAndBFloat16() throws {
        let session = try ExplorerSession(["--seed", "1"])
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("6")
        let two = try session.tmux.wait(for: "ONLINE SOFTMAX", "blocks of B = 2, Float64 (B sets it)")
        #expect(two.contains("1–2         2         2           —         1.368      1.368"))
        #expect(two.contains("final m = 2, ℓ = 1.517"))
        try session.tmux.press("B")
        let one = try session.tmux.wait(for: "blocks of B = 3, Float64", "1–3")
        #expect(one.contains("online softmax in blocks of B = 3: 1 block of 3 classes"))
        try session.tmux.press("B")
        try session.tmux.wait(for: "blocks of B = 1, Float64")
        try session.tmux.press("p", "p", "p")
        let bf16 = try session.tmux.wait(for: "blocks of B = 1, BFloat16", "precision BFloat16")
        #expect(bf16.contains("final m = 2, ℓ = 1.517   online p within 0 ulps of stable p"))
        let rows = bf16.split(separator: "\n")
        #expect(rows.contains { $0.contains("News") && $0.hasSuffix("0.660    0.660     0") })
        #expect(rows.contains { $0.contains("Technology") && $0.hasSuffix("0.099    0.099     0") })
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout == "logitscope --logits=2,1,0.1 --labels=News,Entertainment,Technology -t 1 --precision bfloat16 --block 1 --seed 1\n")
    }
}

import Foundation
import Testing

/// The window changes size under the explorer: every frame fits, at any moment.
@Suite struct ExplorerLayoutTests {
    @Test func resizingReflowsTheBars() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        let narrow = try session.tmux.wait(for: "65.9%")
        try session.tmux.resize(width: 120, height: 40)
        let wide = try session.tmux.waitUntil("a 120-column frame") { screen in
            screen.split(separator: "\n").contains { $0.count > 80 }
        }
        #expect(wide.contains("65.9%"))
        // Wider bars: the News softmax bar has more cells than at 80 columns.
        #expect(blocks(row("News", in: wide)) > blocks(row("News", in: narrow)))
        #expect(wide.split(separator: "\n").allSatisfy { $0.count <= 120 })
    }

    @Test func aStormOfResizesEndsInACorrectFrame() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        let start = try session.tmux.wait(for: "65.9%")
        for i in 0..<40 {
            try session.tmux.resize(width: 50 + (i * 7) % 90, height: 10 + (i * 5) % 35)
        }
        try session.tmux.resize(width: 80, height: 24)
        // The final frame is the same as a fresh one at 80×24.
        try session.tmux.waitUntil("the 80×24 frame back") { $0 == start }
    }

    @Test func aTinyWindowShowsTheTooSmallMessage() throws {
        let session = try ExplorerSession(width: 30, height: 8)
        defer { session.close() }
        try session.tmux.wait(for: "terminal too small: 30×8")
        try session.tmux.resize(width: 80, height: 24)
        try session.tmux.wait(for: "65.9%", absent: ["too small"])
        try session.tmux.resize(width: 40, height: 10)
        try session.tmux.wait(for: "terminal too small: 40×10")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.hasPrefix("logitscope --logits=2,1,0.1 "))
    }

    /// 10×3: three whole lines that say what is wrong, nothing of the layout; q still quits.
    @Test func aTenByThreeTerminalShowsAMessageInsteadOfALayout() throws {
        let session = try ExplorerSession(width: 10, height: 3)
        defer { session.close() }
        let screen = try session.tmux.wait(for: "need 60×16", "q quits")
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).map(String.init)
            == ["too small", "need 60×16", " q quits"])
        try session.tmux.resize(width: 80, height: 24)
        try session.tmux.wait(for: "65.9%", absent: ["too small"])
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.hasPrefix("logitscope --logits=2,1,0.1 "))
    }

    @Test func asciiLocaleDrawsWithoutUnicodeBlocks() throws {
        let session = try ExplorerSession(environment: ["LANG": "C", "LC_ALL": "C"])
        defer { session.close() }
        let screen = try session.tmux.wait(for: "65.9%")
        #expect(!screen.contains("█"))
        #expect(row("News", in: screen).contains("#"))
    }
}

/// Full-block cells in a row (the bars).
private func blocks(_ line: String) -> Int {
    line.filter { $0 == "█" }.count
}

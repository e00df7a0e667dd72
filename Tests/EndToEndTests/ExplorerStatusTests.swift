import Foundation
import Testing

/// The status line in a real terminal: the message the core set is the one on screen, after a
/// key that changes the rows (a, d, i) and after a resize. (The page height used to be sent back
/// into the core before each frame, and that cleared the message: "added class 3" never showed.)
@Suite struct ExplorerStatusTests {
    @Test func aDAndIShowTheirMessagesAndAResizeKeepsThem() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("a")
        try session.tmux.wait(for: "added class 3 with logit 0", "class 3 ")
        try session.tmux.resize(width: 100, height: 30)
        try session.tmux.waitUntil("a 100-column frame still saying class 3 was added") { screen in
            screen.contains("added class 3 with logit 0") && screen.split(separator: "\n").contains { $0.count > 80 }
        }
        try session.tmux.press("d")
        try session.tmux.wait(for: "deleted class 3 (u undoes)")
        try session.tmux.press("i")
        try session.tmux.wait(for: "ranked by probability", "RANK")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.hasPrefix("logitscope --logits=2,1,0.1 "))
    }
}

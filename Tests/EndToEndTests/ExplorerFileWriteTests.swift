import Foundation
import Testing

/// What the explorer writes beside the user's files: an export and the edited vector at quit take
/// a numbered name rather than replace a file, and a session saved through a symbolic link keeps
/// the link.
@Suite struct ExplorerFileWriteTests {
    @Test func anExportTakesTheNextNumberedNameAndLeavesTheFileThere() throws {
        let session = try ExplorerSession(inScratchFolder: true)
        defer { session.close() }
        let tmux = session.tmux
        let taken = tmux.folder.appendingPathComponent("logitscope.svg")
        try "mine\n".write(to: taken, atomically: true, encoding: .utf8)
        try tmux.wait(for: "News")
        try tmux.press("e")
        try tmux.wait(for: "export")
        try tmux.press("s")
        try tmux.wait(for: "saved logitscope-2.svg")
        try tmux.press("q")
        _ = try session.waitForExit()
        #expect(try String(contentsOf: taken, encoding: .utf8) == "mine\n")
        let written = try String(contentsOf: tmux.folder.appendingPathComponent("logitscope-2.svg"), encoding: .utf8)
        #expect(written.contains("<svg"))
    }

    @Test func theEditedVectorAtQuitTakesTheNextNumberedName() throws {
        let files = try TempFolder()
        let logits = try files.write("logits.txt", text: "2\n1\n0.1\n")
        let vocab = try files.write("vocab.txt", text: "x,y\nb\nc\n")
        let session = try ExplorerSession(["--file", logits, "--vocab", vocab, "--seed", "5"], inScratchFolder: true)
        defer { session.close() }
        let tmux = session.tmux
        let taken = tmux.folder.appendingPathComponent("logitscope-5-1.json")
        try "mine\n".write(to: taken, atomically: true, encoding: .utf8)
        try tmux.wait(for: "SOFTMAX")
        // A class added to a loaded vocabulary whose label holds a comma: neither --edits nor
        // --labels can say it, so the vector goes to a file.
        try tmux.press("a")
        try tmux.wait(for: "class 3")
        try tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.contains("logitscope-5-2.json"))
        #expect(try String(contentsOf: taken, encoding: .utf8) == "mine\n")
        let vector = try String(contentsOf: tmux.folder.appendingPathComponent("logitscope-5-2.json"), encoding: .utf8)
        #expect(vector.contains("\"class 3\""))
    }

    @Test func aSessionSavedThroughASymbolicLinkKeepsTheLink() throws {
        let session = try ExplorerSession(["--logits=1,2", "--seed", "3"], inScratchFolder: true)
        defer { session.close() }
        let tmux = session.tmux
        let real = tmux.folder.appendingPathComponent("real.json").path
        let link = tmux.folder.appendingPathComponent("link.json").path
        try tmux.wait(for: "SOFTMAX")
        try tmux.press("w")
        try tmux.wait(for: "save session to:")
        try tmux.typeLiteral(real)
        try tmux.press("Enter")
        try tmux.wait(for: "session saved to")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try tmux.press("Right", "w")
        try tmux.wait(for: "save session to:")
        // The field opens on the last path, selected: typing replaces it.
        try tmux.typeLiteral(link)
        try tmux.press("Enter")
        try tmux.wait(for: "session saved to")
        try tmux.press("q")
        _ = try session.waitForExit()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("\"logits\": [1.1, 2.0]"))
    }
}

import Foundation
import Testing

/// `w` saves the session; `--session` brings it back; a file that is not ours is never replaced
/// without a yes.
@Suite struct ExplorerSaveTests {
    @Test func wSavesTheSessionAndSessionRestoresIt() throws {
        let session = try ExplorerSession(["--logits=1.5,-0,-inf", "--labels=a,b,c", "-t", "0.5", "--target", "1", "--seed", "7"])
        defer { session.close() }
        let tmux = session.tmux
        let path = tmux.folder.appendingPathComponent("work.json").path
        try tmux.wait(for: "SOFTMAX", "argmax")
        try tmux.press("Right", "j")
        try tmux.wait(for: "1.6")
        try tmux.press("w")
        try tmux.wait(for: "save session to:", "logitscope-session.json")
        try tmux.typeLiteral(path)
        try tmux.press("Enter")
        try tmux.wait(for: "session saved to")
        try tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        // Quitting still prints the command line.
        #expect(stdout == "logitscope --logits=1.6,-0,-inf --labels=a,b,c -t 0.5 --precision float64 --target 1 --seed 7\n")

        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.hasPrefix("{\n  \"logitscope_session\": 1,"))
        #expect(saved.contains("\"logits\": [1.6, -0.0, \"-inf\"]"))
        #expect(saved.contains("\"selection\": 1"))
        #expect(saved.contains("\"seed\": 7"))

        // Restored in --json, with a flag overriding one value.
        let report = try Binary.run(["--session", path, "--json", "-t", "2"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("\"logits\": [1.6, -0.0, \"-inf\"]"))
        #expect(report.stdout.contains("\"temperature\": 2.0"))
        #expect(report.stdout.contains("\"target\": 1"))

        // Restored in the explorer: the same state, and the second class still selected.
        let again = try ExplorerSession(["--session", path])
        defer { again.close() }
        try again.tmux.wait(for: "SOFTMAX", "1.6")
        try again.tmux.press("Right", "q")
        let (_, restored) = try again.waitForExit()
        // The session's seed comes back with it, not a new one from the clock.
        #expect(restored == "logitscope --logits=1.6,0.1,-inf --labels=a,b,c -t 0.5 --precision float64 --target 1 --seed 7\n")
    }

    @Test func aFileLogitscopeDidNotWriteIsOnlyReplacedAfterAYes() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        let tmux = session.tmux
        let path = tmux.folder.appendingPathComponent("notes.txt").path
        try "precious notes\n".write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.wait(for: "News")
        try tmux.press("w")
        try tmux.wait(for: "save session to:")
        try tmux.typeLiteral(path)
        try tmux.press("Enter")
        try tmux.wait(for: "replace file?", "not a logitscope session")
        try tmux.press("n")
        try tmux.wait(for: "not saved", absent: ["replace file?"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious notes\n")

        // The field remembers the path; this time, yes.
        try tmux.press("w")
        try tmux.wait(for: "save session to:")
        try tmux.press("Enter")
        try tmux.wait(for: "replace file?")
        try tmux.press("y")
        try tmux.wait(for: "session saved to", absent: ["replace file?"])
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{\n  \"logitscope_session\": 1,"))

        // Now it is ours: saving again replaces it without asking.
        try tmux.press("Right", "w", "Enter")
        try tmux.waitUntil("the second save") { screen in
            !screen.contains("replace file?")
                && ((try? String(contentsOfFile: path, encoding: .utf8))?.contains("[2.1, 1.0, 0.1]") ?? false)
        }
        try tmux.press("q")
        let (status, _) = try session.waitForExit()
        #expect(status == 0)
        #expect(try session.terminalDamage() == [])
    }

    @Test func aSaveThatFailsSaysWhyAndKeepsRunning() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        let tmux = session.tmux
        try tmux.wait(for: "News")
        try tmux.press("w")
        try tmux.wait(for: "save session to:")
        try tmux.typeLiteral("/no/such/folder/s.json")
        try tmux.press("Enter")
        try tmux.wait(for: "cannot write /no/such/folder/s.json")
        try tmux.press("Right", "q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.hasPrefix("logitscope --logits=2.1,1,0.1 "))
    }

    /// A right-to-left override makes `report<U+202E>fdp.json` show as `reportnosj.pdf`: the save
    /// is refused on the status line, the scalar named, and nothing is written.
    @Test func aFileNameWithABidiControlIsRefused() throws {
        // Wide enough for the typed path and the whole refusal on the status line.
        let session = try ExplorerSession(width: 160)
        defer { session.close() }
        let tmux = session.tmux
        try tmux.wait(for: "News")
        try tmux.press("w")
        try tmux.wait(for: "save session to:")
        try tmux.typeLiteral(tmux.folder.appendingPathComponent("report\u{202E}fdp.json").path)
        try tmux.press("Enter")
        try tmux.wait(for: "a file name cannot hold a bidi control (U+202E)")
        try tmux.press("Escape", "q")
        let (status, _) = try session.waitForExit()
        #expect(status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: tmux.folder.path).filter { $0.hasPrefix("report") }
        #expect(written == [])
    }
}

/// `--session` refusals from the command line: one line naming the file, nothing on stdout.
@Suite struct CLISessionRefusalTests {
    @Test(arguments: [
        ("{\"logitscope_session\": 1, \"logits\": [1, 2", "line 1, column 42: not a valid session file: expected ',' or ']' after item 2 of an array, but the input ends (truncated?)"),
        ("{\"logits\": [1, 2]}", "not a logitscope session file (valid JSON, but no \"logitscope_session\" field)"),
        ("{\"logitscope_session\": 9, \"logits\": [1, 2]}", "session format version 9 is newer than this logitscope reads (2): use a newer logitscope"),
        ("{\"logitscope_session\": 1, \"logits\": [1, 2], \"labels\": [\"a\"]}", "\"labels\" has 1 entry for 2 logits: the counts must match"),
        ("{\"logitscope_session\": 1, \"logits\": [\"-inf\"]}", "every logit is -inf: softmax is undefined when every class is masked"),
        ("{\"logitscope_session\": 1, \"logits\": [1, \"nan\"]}", "logit 2 is"),
        ("not json at all", "line 1, column 1: not a valid session file: expected a value, found 'not'"),
    ])
    func aBadSessionFileIsRefused(contents: String, message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.json").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        for mode in [["--json"], ["--print"], []] {
            let result = try Binary.run(["--session", path] + mode)
            #expect(result.status == 64)
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("logitscope: \(path): \(message)"), "\(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test func aMissingFileIsNamed() throws {
        let result = try Binary.run(["--session", "/no/such/session.json", "--json"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "logitscope: session /no/such/session.json: cannot open it: no such file\n")
    }
}

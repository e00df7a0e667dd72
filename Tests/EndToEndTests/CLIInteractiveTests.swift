import Foundation
import Testing

/// The explorer in a real terminal (tmux): on quitting, stdout gets the command line that
/// reproduces the final state, even with stdout redirected to a file (the explorer draws on
/// /dev/tty), and that line, run by a shell, gives the same report.
@Suite struct CLIInteractiveTests {
    @Test func quittingPrintsALineThatReproducesTheState() throws {
        let tmux = try #require(["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }, "tmux is needed (.ci/run installs it)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("stdout"), status = dir.appendingPathComponent("status")
        // A server of its own (-L), so the test neither sees nor disturbs any other tmux session.
        let session = "logitscope-cli-\(UUID().uuidString.prefix(8))"
        let tmuxArguments = ["-L", session, "-f", "/dev/null"]

        let start = [Binary.url.path, "--logits=-2,1,0.5", "--labels", "it's,a b,c", "-t", "0.5", "--seed", "7"]
            .map(quoted).joined(separator: " ")
        let script = "\(start) > \(quoted(out.path)); echo $? > \(quoted(status.path))"
        try run(tmux, tmuxArguments + ["new-session", "-d", "-s", session, "-x", "100", "-y", "30", "sh", "-c", script])
        defer { _ = try? run(tmux, tmuxArguments + ["kill-server"]) }

        // Wait for the first frame (the label on screen), then raise the first logit by one step
        // (0.1: -2 becomes -1.9) and quit.
        try waitUntil("the explorer draws") { (try? run(tmux, tmuxArguments + ["capture-pane", "-p", "-t", session], output: true))?.contains("it's") == true }
        try run(tmux, tmuxArguments + ["send-keys", "-t", session, "l"])
        try run(tmux, tmuxArguments + ["send-keys", "-t", session, "q"])
        try waitUntil("the explorer exits") { FileManager.default.fileExists(atPath: status.path) && ((try? String(contentsOf: status, encoding: .utf8)) ?? "").hasSuffix("\n") }

        #expect(try String(contentsOf: status, encoding: .utf8) == "0\n")
        let line = try String(contentsOf: out, encoding: .utf8)
        #expect(line == "logitscope --logits=-1.9,1,0.5 --labels='it'\\''s,a b,c' -t 0.5 --precision float64 --seed 7\n")

        // The line, run by a shell, describes the same state as the flags typed by hand.
        let replay = try shell(quoted(Binary.url.path) + line.dropFirst("logitscope".count).dropLast() + " --json")
        let direct = try Binary.run(["--logits", "-1.9,1,0.5", "--labels", "it's,a b,c", "-t", "0.5", "--seed", "7", "--json"])
        #expect(direct.status == 0)
        #expect(replay == direct.stdout)
    }

    private func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a command to its end and returns its stdout. Through posix_spawn and waitpid, not
    /// Foundation's `Process`: a tmux client that starts a server daemonizes it, and on this
    /// toolchain `Process.waitUntilExit` then never sees the client exit (it stays a zombie).
    @discardableResult
    private func run(_ executable: String, _ arguments: [String], output: Bool = false) throws -> String {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: capture) }
        var actions: posix_spawn_file_actions_t = .init()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ? capture.path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        try #require(spawned == 0, "cannot run \(executable): \(spawned)")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return output ? (try String(contentsOf: capture, encoding: .utf8)) : ""
    }

    private func shell(_ command: String) throws -> String {
        try run("/bin/sh", ["-c", command], output: true)
    }

    /// Polls (not a timing assertion: the limit is only there so a hang fails instead of blocking).
    private func waitUntil(_ what: String, _ condition: () -> Bool) throws {
        for _ in 0..<300 {
            if condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting until \(what)")
        throw CancellationError()
    }
}

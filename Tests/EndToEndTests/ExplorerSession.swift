import Foundation
import Testing

/// The explorer started from a shell in tmux, as a user would start it, with its stdout going to
/// a file (so the final command line can be read back exactly) and its pid known (for signals).
final class ExplorerSession {
    let tmux: Tmux
    let output: URL
    private let pidFile: URL
    /// `stty -g` before the explorer started and after it ended: the terminal as it was found.
    private let sttyBefore: URL, sttyAfter: URL

    /// Runs `logitscope arguments…` in a fresh `width`×`height` session; `stdin` text, when
    /// given, is piped in (`printf … | logitscope`), as `--file -` users do; `ignoring` names
    /// signals (`TSTP`, `HUP`) the explorer inherits as ignored; `inScratchFolder` runs it in the
    /// session's scratch folder (`tmux.folder`).
    init(
        _ arguments: [String] = [], width: Int = 80, height: Int = 24, stdin: String? = nil,
        stdinFile: String? = nil,
        environment: [String: String] = [:], ignoring ignoredSignals: [String] = [],
        inScratchFolder: Bool = false
    ) throws {
        tmux = try Tmux(width: width, height: height, environment: environment)
        output = tmux.folder.appendingPathComponent("stdout")
        pidFile = tmux.folder.appendingPathComponent("pid")
        sttyBefore = tmux.folder.appendingPathComponent("stty-before")
        sttyAfter = tmux.folder.appendingPathComponent("stty-after")
        let words = [Binary.url.path] + arguments
        // The inner sh records its pid, then becomes the explorer: that pid is the explorer's.
        // `trap '' SIG` before exec: the explorer starts with SIG ignored, as under nohup.
        let traps = ignoredSignals.map { "trap \"\" \($0); " }.joined()
        var command = "sh -c '\(traps)echo $$ > \(pidFile.path); exec \"$@\" > \(output.path)' sh "
            + words.map(Tmux.quoted).joined(separator: " ")
        if let stdin { command = "printf '%s\\n' \(Tmux.quoted(stdin)) | " + command }
        // A file piped in as a user pipes one: `cat logits.npy | logitscope --file -`.
        if let stdinFile { command = "cat \(Tmux.quoted(stdinFile)) | " + command }
        // The explorer writes exports and vector files to its working directory: the scratch folder
        // keeps them out of the package.
        let cd = inScratchFolder ? "cd \(Tmux.quoted(tmux.folder.path)); " : ""
        // The shell reports how the explorer ended, in a form its own echoed command line cannot match.
        try tmux.type(
            "clear; \(cd)stty -g > \(sttyBefore.path); " + command + "; echo \"[exit\" \"$?]\"; stty -g > \(sttyAfter.path)")
    }

    func close() { tmux.kill() }

    /// The explorer's process id, once it has started.
    func pid() throws -> pid_t {
        let text = try tmux.waitForFile(pidFile)
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Tmux.Failure(description: "no pid in \(pidFile.path): \(text)")
        }
        return pid
    }

    func send(signal: Int32) throws {
        #expect(Foundation.kill(try pid(), signal) == 0)
    }

    /// Waits until the explorer has exited; returns its exit status and everything it wrote to stdout.
    func waitForExit() throws -> (status: Int, stdout: String) {
        let screen = try tmux.waitUntil("the explorer to exit") { $0.contains(Self.exitPattern) }
        guard let match = screen.firstMatch(of: Self.exitPattern), let status = Int(match.1) else {
            throw Tmux.Failure(description: "no exit status on screen:\n\(screen)")
        }
        let stdout = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (status, stdout)
    }

    /// After the exit: whether the terminal is back as it was found (main screen, cursor shown,
    /// mouse reporting off, the same line discipline settings); a list of what is not.
    func terminalDamage() throws -> [String] {
        let after = try tmux.waitForFile(sttyAfter)
        let before = try tmux.waitForFile(sttyBefore)
        var damage: [String] = []
        if after != before { damage.append("stty settings changed: \(before) → \(after)") }
        if try tmux.query("#{alternate_on}") != "0" { damage.append("still on the alternate screen") }
        if try tmux.query("#{cursor_flag}") != "1" { damage.append("cursor hidden") }
        if try tmux.query("#{mouse_any_flag}") != "0" { damage.append("mouse reporting still on") }
        return damage
    }

    nonisolated(unsafe) private static let exitPattern = /\[exit (\d+)\]/
}

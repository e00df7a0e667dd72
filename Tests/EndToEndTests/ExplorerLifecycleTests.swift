import Foundation
import Testing

/// Starting and leaving the explorer: the final state reaches stdout however it ends, and the
/// terminal is always left as it was found.
@Suite struct ExplorerLifecycleTests {
    /// The seed document after one → on News (2.0 + the default step 0.1), as `q` prints it.
    static let nudgedCommandLine =
        "logitscope --logits=2.1,1,0.1 --labels=News,Entertainment,Technology -t 1 --precision float64 --seed 1\n"

    @Test func quittingPrintsTheCommandLineAndRestoresTheTerminal() throws {
        let session = try ExplorerSession(["--seed", "1"])
        defer { session.close() }
        try session.tmux.wait(for: "News", "Technology")
        #expect(try session.tmux.query("#{alternate_on}") == "1")
        try session.tmux.press("Right")
        try session.tmux.wait(for: "2.1")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout == Self.nudgedCommandLine)
        #expect(try session.terminalDamage() == [])
    }

    @Test(arguments: [("SIGTERM", SIGTERM), ("SIGINT", SIGINT), ("SIGHUP", SIGHUP)])
    func aSignalRestoresTheTerminalAndPrintsTheState(name: String, signal: Int32) throws {
        let session = try ExplorerSession(["--seed", "1"])
        defer { session.close() }
        try session.tmux.wait(for: "News")
        try session.tmux.press("Right")
        try session.tmux.wait(for: "2.1")
        try session.send(signal: signal)
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0, "after \(name)")
        #expect(stdout == Self.nudgedCommandLine, "after \(name)")
        #expect(try session.terminalDamage() == [], "after \(name)")
    }

    /// A crash (here a SIGSEGV or SIGABRT from outside, as a Swift runtime trap would raise one)
    /// skips every `defer`; the terminal must still come back as it was.
    @Test(arguments: [SIGSEGV, SIGABRT])
    func aCrashStillRestoresTheTerminal(signal: Int32) throws {
        // Without Swift's backtracer, which on a terminal waits 30 s for a debugger prompt.
        let session = try ExplorerSession(environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { session.close() }
        try session.tmux.wait(for: "News")
        try session.send(signal: signal)
        let (status, stdout) = try session.waitForExit()
        #expect(status != 0)
        #expect(stdout == "")
        #expect(try session.terminalDamage() == [])
    }

    @Test func ctrlCLeavesLikeQuit() throws {
        let session = try ExplorerSession(["--seed", "1"])
        defer { session.close() }
        try session.tmux.wait(for: "News")
        try session.tmux.press("Right")
        try session.tmux.wait(for: "2.1")
        try session.tmux.press("C-c")
        let (_, stdout) = try session.waitForExit()
        #expect(stdout == Self.nudgedCommandLine)
        #expect(try session.terminalDamage() == [])
    }

    /// Ctrl-Z gives the shell a normal terminal; `fg` brings the explorer back, redrawn, still
    /// answering keys and with drag tracking on again.
    @Test func ctrlZThenFgRedraws() throws {
        let session = try ExplorerSession(["--seed", "1"])
        defer { session.close() }
        let tmux = session.tmux
        try tmux.wait(for: "News")
        let before = try tmux.screen()
        try tmux.press("C-z")
        try tmux.wait(for: "Stopped", absent: ["Technology"])
        #expect(try tmux.query("#{alternate_on}") == "0")
        #expect(try tmux.query("#{cursor_flag}") == "1")
        #expect(try tmux.query("#{mouse_any_flag}") == "0")
        try tmux.type("fg")
        try tmux.waitUntil("the explorer redrawn") { $0 == before }
        #expect(try tmux.query("#{alternate_on}") == "1")
        #expect(try tmux.query("#{mouse_button_flag}") == "1")
        try tmux.press("Right")
        try tmux.wait(for: "2.1")
        try tmux.press("q")
        let (_, stdout) = try session.waitForExit()
        #expect(stdout == Self.nudgedCommandLine)
        #expect(try session.terminalDamage() == [])
    }

    /// Started with SIGTSTP ignored (a shell without job control), Ctrl-Z must not stop the
    /// explorer: nothing could continue it. It keeps running and answering keys.
    @Test func ctrlZIsIgnoredWhereTheParentIgnoresIt() throws {
        let session = try ExplorerSession(["--seed", "1"], ignoring: ["TSTP"])
        defer { session.close() }
        try session.tmux.wait(for: "News")
        try session.tmux.press("C-z", "Right")
        try session.tmux.wait(for: "2.1")
        #expect(try session.tmux.query("#{alternate_on}") == "1")
        try session.tmux.press("q")
        let (_, stdout) = try session.waitForExit()
        #expect(stdout == Self.nudgedCommandLine)
    }

    /// With stdin a pipe (as `cat logits.txt | logitscope --file -` has it), the keys still come
    /// from the terminal.
    @Test func pipedStdinStillTakesKeysFromTheTerminal() throws {
        let session = try ExplorerSession(["--logits=1.5,-0.5,0.25"], stdin: "not the keyboard")
        defer { session.close() }
        try session.tmux.wait(for: "class 0", "class 2")
        try session.tmux.press("Right", "q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.hasPrefix("logitscope --logits=1.6,-0.5,0.25 "))
    }

    @Test func dragTrackingIsOnWhileRunning() throws {
        let session = try ExplorerSession(["--seed", "1"])
        defer { session.close() }
        try session.tmux.wait(for: "News")
        #expect(try session.tmux.query("#{mouse_button_flag}") == "1")
        try session.tmux.press("q")
        _ = try session.waitForExit()
        #expect(try session.terminalDamage() == [])
    }

    @Test func anUnknownTerminalTypeIsOneClearLine() throws {
        let session = try ExplorerSession(environment: ["TERM": "no-such-terminal"])
        defer { session.close() }
        // The shell in tmux is told TERM here, so the explorer inherits it.
        let (status, stdout) = try session.waitForExit()
        #expect(status != 0)
        #expect(stdout == "")
        let screen = try session.tmux.screen()
        #expect(screen.contains("logitscope: no terminal: unknown terminal type TERM=no-such-terminal"))
        #expect(!screen.contains("Error opening terminal"))
    }

    /// TERM unset or `dumb`: refused before ncurses could print its bare "Error opening terminal".
    @Test(arguments: ["dumb", nil] as [String?])
    func noUsableTermIsRefusedBeforeNcurses(term: String?) throws {
        // Through env(1), the only way to run the binary with TERM truly unset.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = (term.map { ["TERM=\($0)"] } ?? ["-u", "TERM"]) + [Binary.url.path]
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(stdout == "")
        #expect(stderr.hasPrefix("logitscope: TERM"))
        #expect(stderr.contains("--print") && stderr.contains("--json"))
        #expect(!stderr.contains("Error opening terminal"))
    }

    /// No controlling terminal at all (a cron job, a CI step: `setsid` leaves none), TERM fine.
    @Test func noTerminalAtAllIsOneClearLine() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["TERM=xterm-256color", "setsid", "-w", Binary.url.path]
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stdout == "")
        #expect(stderr.hasPrefix("logitscope: no terminal: cannot open /dev/tty"))
        #expect(stderr.contains("--json") && stderr.contains("--print"))
        #expect(stderr.filter { $0 == "\n" }.count == 1)
    }
}

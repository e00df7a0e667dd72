import Foundation

/// A tmux session running a plain shell at a fixed size, for driving the explorer as a user
/// would: type a command, press keys, read the screen. Each session has its own tmux server
/// (its own socket, no user configuration), so tests run in parallel and see the same defaults
/// everywhere. Call `kill()` when done (a `defer` right after creating it).
///
/// Waiting is by polling the screen until the expected text is there, with a generous limit that
/// only turns a hang into a failure: nothing here asserts how long anything takes.
final class Tmux: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let name: String
    /// A scratch folder for this session's files (the explorer's stdout, its pid), removed by `kill`.
    let folder: URL
    private let socket: String
    private static let counter = Counter()

    /// How long `wait` polls before giving up: long enough for a loaded CI machine.
    static let patience: TimeInterval = 30

    /// Starts `sh` in a detached session of `width`×`height` cells, with a UTF-8 locale, colours
    /// allowed and a `$ ` prompt. Fails (never skips) when tmux is missing.
    init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let tmux = Self.executable else {
            throw Failure(description: "tmux is not installed: the end-to-end tests need it (apt-get install tmux; .ci/run installs it)")
        }
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(Self.counter.next())"
        name = "logitscope-\(unique)"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-e2e-\(unique)")
        // In the scratch folder: the server leaves its socket behind, and the folder goes with `kill`.
        socket = folder.appendingPathComponent("tmux.socket").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.tmuxPath = tmux
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PS1": "$ ", "ENV": ""]
        for (k, v) in environment { env[k] = v }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
        // `env -u`: the tests' own environment must not decide the explorer's colours or theme.
        let shell = "env -u NO_COLOR -u COLORFGBG \(assignments.joined(separator: " ")) sh"
        try tmuxCommand(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shell])
        _ = try wait(for: "$")
    }

    private let tmuxPath: String

    // MARK: - Driving

    /// Types a shell command line and presses Enter.
    func type(_ commandLine: String) throws {
        try tmuxCommand(["send-keys", "-t", name, "-l", commandLine])
        try tmuxCommand(["send-keys", "-t", name, "Enter"])
    }

    /// Presses keys by tmux name (`Right`, `Enter`, `Escape`, `C-c`, `q`).
    func press(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", name] + keys)
    }

    /// Types text literally (no key names).
    func typeLiteral(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", name, "-l", text])
    }

    /// Sends raw bytes to the program, as the terminal would (mouse reports).
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmuxCommand(["send-keys", "-t", name, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Sends an X10 mouse report: `button` 0 press, 3 release, 32 drag, 64/65 wheel; 0-based cells.
    func mouse(button: Int, x: Int, y: Int) throws {
        try mouse([(button, x, y)])
    }

    /// Sends several mouse reports in one write, as a terminal does for a quick gesture.
    func mouse(_ reports: [(button: Int, x: Int, y: Int)]) throws {
        try sendBytes(reports.flatMap { [0x1B, 0x5B, 0x4D, UInt8(32 + $0.button), UInt8(33 + $0.x), UInt8(33 + $0.y)] })
    }

    func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: - Reading

    /// The screen as text, one line per row (wrapped lines joined), trailing blanks trimmed:
    /// whether tmux keeps a blank at the end of a line depends on how it was drawn (a space
    /// written over old text, or a cleared cell), not on what the user sees.
    func screen() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-J", "-t", name])
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// The screen with its colours and attributes as ANSI escapes.
    func screenWithStyles() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-e", "-t", name])
    }

    /// A tmux format about the pane (`#{alternate_on}`, `#{cursor_flag}`, `#{mouse_any_flag}`).
    func query(_ format: String) throws -> String {
        try tmuxCommand(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until every one of `texts` is on screen; returns that screen. Throws with the last
    /// screen when they do not all appear within `patience`.
    @discardableResult
    func wait(for texts: String..., absent: [String] = []) throws -> String {
        try waitUntil("\(texts) on screen" + (absent.isEmpty ? "" : " and \(absent) gone")) { screen in
            texts.allSatisfy(screen.contains) && !absent.contains(where: screen.contains)
        }
    }

    /// Polls until `condition` holds for the screen and the screen has settled: the same on two
    /// captures a moment apart. A capture can land while a frame is half drawn (the header already
    /// at the new width, the rows below not yet), and a half-drawn frame must not pass.
    @discardableResult
    func waitUntil(_ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(Self.patience)
        var last = ""
        var previous: String? = nil
        while true {
            last = try screen()
            if condition(last) {
                if last == previous { return last }
                previous = last
            } else {
                previous = nil
            }
            if Date() > deadline {
                throw Failure(description: "waited \(Int(Self.patience)) s for \(what); the screen was:\n\(last)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Polls until the file exists and is not empty (written when the explorer exits); returns it.
    func waitForFile(_ url: URL) throws -> String {
        let deadline = Date().addingTimeInterval(Self.patience)
        while true {
            if let data = FileManager.default.contents(atPath: url.path), !data.isEmpty {
                return String(decoding: data, as: UTF8.self)
            }
            if Date() > deadline {
                throw Failure(description: "waited \(Int(Self.patience)) s for \(url.path); the screen was:\n\((try? screen()) ?? "")")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Ends the session and its server, and removes the scratch folder (socket included).
    func kill() {
        _ = try? tmuxCommand(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { kill() }

    // MARK: - Plumbing

    /// Runs tmux on this session's own server and returns its stdout.
    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> String {
        let outURL = folder.appendingPathComponent("tmux-\(Self.counter.next()).out")
        let errURL = outURL.appendingPathExtension("err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let status = try Self.spawnAndWait([tmuxPath, "-S", socket] + arguments, stdout: outURL, stderr: errURL)
        let output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let error = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(error)")
        }
        return output
    }

    /// posix_spawn and waitpid rather than Foundation's `Process`: `new-session` forks a server
    /// that lives on, and it must inherit nothing from us. `Process` on Linux learns that its
    /// child ended from a socket the child holds; the server would hold it too, and the wait would
    /// never end. Here every descriptor above stderr is closed in the child.
    private static func spawnAndWait(_ argv: [String], stdout: URL, stderr: URL) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard let closeFrom = Self.closeFrom, closeFrom(&actions, 3) == 0 else {
            throw Failure(description: "posix_spawn_file_actions_addclosefrom_np is missing (glibc 2.34 or later)")
        }
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        // The calling thread may block signals (Swift's and Foundation's threads do); the server
        // and its shells must not inherit that, or kill-server's SIGHUP never reaches them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(description: "waitpid: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift cannot import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// glibc's posix_spawn_file_actions_addclosefrom_np, which Swift's Glibc module does not
    /// export; looked up at run time.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Single-quotes a word for sh.
    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}

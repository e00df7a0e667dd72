import Foundation
import Testing

/// Labels as real files hold them: wide, emoji, combining, right-to-left, very long, and escape
/// sequences. None reaches a terminal raw, and none breaks the layout.
@Suite struct HostileLabelTests {
    /// Clear-screen, red, set-the-window-title and a C1 CSI: each would act if written raw.
    static let escape = "evil\u{1B}[2J\u{1B}[31m\u{1B}]0;pwned\u{07}\u{9B}1m"
    static let labels = [
        escape, "中文标签", "🙂 emoji", "e\u{301}te\u{301}", "שלום עולם", "مرحبا", String(repeating: "x", count: 200),
    ]
    static let logits = "1,2,3,4,5,6,7"

    /// Every ESC in `bytes` starts an SGR sequence (`ESC [ digits ; … m`), and no other control
    /// that could act (BEL, C1 CSI) is there at all.
    static func onlySGR(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x07 { return false }
            if bytes[i] == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return false }
            if bytes[i] == 0x1B {
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") else { return false }
                var j = i + 2
                while j < bytes.count, (0x30...0x39).contains(bytes[j]) || bytes[j] == UInt8(ascii: ";") { j += 1 }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "m") else { return false }
                i = j
            }
            i += 1
        }
        return true
    }

    @Test func printToAPipeHasNoEscapeAtAllAndKeepsTheColumns() throws {
        let result = try Binary.run(["--logits", Self.logits, "--labels", Self.labels.joined(separator: ","), "--print", "--width", "80"])
        #expect(result.status == 0)
        let bytes = Array(result.stdout.utf8)
        #expect(!bytes.contains(0x1B))
        #expect(!bytes.contains(0x07))
        #expect(result.stdout.contains("evil␛[2J␛[31m␛]0;pwned␇"))
        // The softmax percentages stand in one column whatever the label (wide, RTL, combining).
        let rows = result.stdout.split(separator: "\n").filter { $0.contains("%") && !$0.contains("SOFTMAX") }.prefix(7)
        #expect(rows.count == 7)
        let columns = Set(rows.map { displayColumn(of: "%", in: String($0)) })
        #expect(columns.count == 1, "\(rows.joined(separator: "\n"))")
        // The 200-character label is cut with an ellipsis.
        #expect(rows.last?.contains("x…") == true)
    }

    @Test func printOnATerminalHasOnlyOurSGR() throws {
        let bytes = try runOnPty(["--logits", Self.logits, "--labels", Self.labels.joined(separator: ","), "--print", "--width", "80"])
        #expect(bytes.contains(0x1B), "colour was expected on a terminal")
        #expect(Self.onlySGR(bytes))
        #expect(String(decoding: bytes, as: UTF8.self).contains("evil␛[2J"))
    }

    @Test func jsonEscapesTheLabels() throws {
        let result = try Binary.run(["--logits", Self.logits, "--labels", Self.labels.joined(separator: ","), "--json"])
        #expect(result.status == 0)
        #expect(!result.stdout.utf8.contains { $0 < 0x20 && $0 != 0x0A })
        #expect(result.stdout.contains(#""evil\u001b[2J\u001b[31m\u001b]0;pwned\u0007\u009b1m""#))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["labels"] as? [String] == Self.labels)
    }

    @Test func errorMessagesShowTheEscapeEscaped() throws {
        let result = try Binary.run(["--logits", "1,\u{1B}[2J"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(!result.stderr.utf8.contains(0x1B))
        #expect(result.stderr == "logitscope: logit 2 is \"\\u{1B}[2J\": not a number\n")
        let session = try Binary.run(["--session", "no\u{1B}[2J.json"])
        #expect(!session.stderr.utf8.contains(0x1B))
        #expect(session.stderr.hasPrefix("logitscope: session no\\u{1B}[2J.json: "))
    }

    /// In the explorer (labels from a session file): the escaped form on screen, the pane's title
    /// and colours untouched, the columns aligned; quitting prints the labels `$'…'`-quoted.
    @Test func theExplorerShowsThemEscapedAndTheQuitLineQuotesThem() throws {
        let labelsJSON = Self.labels.map { label in
            "\"" + label.unicodeScalars.map { s in
                s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? String(format: "\\u%04x", s.value) : String(s)
            }.joined() + "\""
        }.joined(separator: ", ")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("labels.json").path
        try "{\"logitscope_session\": 1, \"logits\": [\(Self.logits)], \"labels\": [\(labelsJSON)]}".write(toFile: path, atomically: true, encoding: .utf8)

        let session = try ExplorerSession(["--session", path])
        defer { session.close() }
        let tmux = session.tmux
        let titleBefore = try tmux.query("#{pane_title}")
        let screen = try tmux.wait(for: "evil␛[2J␛[31m", "SOFTMAX")
        #expect(screen.contains("中文标签"))
        #expect(screen.contains("שלום עולם"))
        #expect(!screen.contains("pwned") || screen.contains("␛]0;pwned"))
        #expect(try tmux.query("#{pane_title}") == titleBefore)
        // No cell took the label's red: the only colours are the theme's.
        #expect(!(try tmux.screenWithStyles()).contains("\u{1B}[31mevil"))
        // The softmax panel's rows (as many as 80×24 has room for).
        let rows = screen.split(separator: "\n").prefix { !$0.contains("SIGMOID") }.filter { $0.contains("%") && !$0.contains("SOFTMAX") }
        #expect(rows.count >= 4)
        #expect(Set(rows.map { displayColumn(of: "%", in: String($0)) }).count == 1, "\(rows.joined(separator: "\n"))")
        try tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(!stdout.utf8.contains(0x1B))
        #expect(stdout.contains(#"--labels=$'evil\x1b[2J\x1b[31m\x1b]0;pwned\x07\xc2\x9b1m,中文标签,"#))
        #expect(try session.terminalDamage() == [])
    }
}

/// The terminal column (in cells) where `marker` first appears: wide characters take two.
private func displayColumn(of marker: Character, in line: String) -> Int {
    var column = 0
    for c in line {
        if c == marker { return column }
        let scalar = c.unicodeScalars.first!.value
        let wide = (0x1100...0x115F).contains(scalar) || (0x2E80...0xA4CF).contains(scalar)
            || (0xAC00...0xD7A3).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFF60).contains(scalar)
            || (0x1F300...0x1FAFF).contains(scalar) || (0x20000...0x3FFFD).contains(scalar)
        column += wide ? 2 : 1
    }
    return -1
}

/// Runs the binary with its stdout on a pseudo-terminal (as `--print` in a terminal has it) and
/// returns every byte it wrote there.
private func runOnPty(_ arguments: [String]) throws -> [UInt8] {
    // posix_openpt and friends are hidden from Swift by glibc's feature macros: the Linux ioctls
    // they wrap (TIOCSPTLCK to unlock, TIOCGPTN for the number) do the same.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
        throw Tmux.Failure(description: "no pseudo-terminal")
    }
    let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw Tmux.Failure(description: "cannot open the pty's slave") }
    let process = Process()
    process.executableURL = Binary.url
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "xterm-256color"
    env["LANG"] = "C.UTF-8"
    env["LC_ALL"] = "C.UTF-8"
    env.removeValue(forKey: "NO_COLOR")
    process.environment = env
    process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    close(slave)
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }  // EIO once the child has closed its side
        bytes += buffer[..<n]
    }
    process.waitUntilExit()
    close(master)
    return bytes
}

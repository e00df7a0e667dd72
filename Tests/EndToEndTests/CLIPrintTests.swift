import Foundation
import Testing

/// `--print` through the built binary: the seed's figures, the argmax marked, the width obeyed,
/// ASCII for a non-UTF-8 locale, and escape sequences only on a terminal (colour unless NO_COLOR).
@Suite struct CLIPrintTests {
    /// Pinned so the test runner's own locale and terminal cannot change the printout.
    static let utf8 = ["LC_ALL": "C.UTF-8", "COLUMNS": ""]

    private func printout(_ arguments: [String], environment: [String: String] = utf8) throws -> String {
        let run = try Binary.run(["--print"] + arguments, environment: environment)
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        return run.stdout
    }

    @Test(arguments: [60, 80, 120])
    func theSeedAtWidth(_ width: Int) throws {
        let text = try printout(["--width", "\(width)"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.count <= width }, "a line is wider than \(width)")
        #expect(!text.contains("\u{1B}"), "escape sequences in a pipe")
        // The seed article: 0.66 / 0.24 / 0.10, shown with one decimal.
        for figure in ["65.9%", "24.2%", "9.9%"] { #expect(text.contains(figure)) }
        // The argmax (News) is marked on each of its rows, the others never.
        let newsRows = lines.filter { $0.contains("News") && !$0.contains("argmax") }
        #expect(newsRows.count >= 2)
        #expect(newsRows.allSatisfy { $0.contains("★") })
        #expect(lines.filter { $0.contains("Technology") || $0.contains("Entertain") }.allSatisfy { !$0.contains("★") })
        // Wider is not only padded: the bars grow with the width.
        if width == 120 {
            #expect(lines.contains { $0.count > 80 })
        }
    }

    @Test func defaultWidthIsCOLUMNSElse80WithoutATerminal() throws {
        let eighty = try printout([])
        #expect(eighty.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(eighty.split(separator: "\n").contains { $0.count > 60 })
        let wide = try printout([], environment: ["LC_ALL": "C.UTF-8", "COLUMNS": "150"])
        #expect(wide.split(separator: "\n").allSatisfy { $0.count <= 150 })
        #expect(wide.split(separator: "\n").contains { $0.count > 80 })
    }

    @Test func asciiWhenTheLocaleIsNotUTF8() throws {
        let text = try printout(["--width", "80"], environment: ["LC_ALL": "C", "COLUMNS": ""])
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("65.9%"))
        let unicode = try printout(["--width", "80"])
        #expect(unicode.contains("█"))
    }

    @Test func theSameDocumentAsJSON() throws {
        let text = try printout(["--logits", "-2,1,-inf", "--labels", "cat,dog,masked", "-t", "2", "--precision", "f32", "--width", "100"])
        for label in ["cat", "dog", "masked", "Float32"] { #expect(text.contains(label)) }
    }

    /// On a terminal (a pty from `script`): escape sequences, colour among them; with NO_COLOR, bold
    /// and reverse stay but no colour; with TERM=dumb, none at all.
    @Test func escapesOnlyOnATerminal() throws {
        let colour = try #require(try onTerminal(["--print", "--width", "80"], environment: ["TERM": "xterm"]))
        #expect(colour.contains("\u{1B}["))
        #expect(hasColour(colour))
        #expect(colour.contains("65.9%"))

        let noColour = try #require(try onTerminal(["--print", "--width", "80"], environment: ["TERM": "xterm", "NO_COLOR": "1"]))
        #expect(noColour.contains("\u{1B}[0;1"))
        #expect(!hasColour(noColour))

        let dumb = try #require(try onTerminal(["--print", "--width", "80"], environment: ["TERM": "dumb"]))
        #expect(!dumb.contains("\u{1B}"))
        #expect(dumb.contains("65.9%"))
    }

    /// An SGR sequence holding a foreground (30–37) or background (40–47) code.
    private func hasColour(_ text: String) -> Bool {
        text.split(separator: "\u{1B}").contains { seq in
            guard seq.hasPrefix("["), let m = seq.firstIndex(of: "m") else { return false }
            return seq[seq.index(after: seq.startIndex)..<m].split(separator: ";").contains { code in
                guard let n = Int(code) else { return false }
                return (30...37).contains(n) || (40...47).contains(n)
            }
        }
    }

    /// The binary with stdout on a pseudo-terminal, through util-linux `script`.
    private func onTerminal(_ arguments: [String], environment: [String: String]) throws -> String? {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else {
            Issue.record("util-linux script is needed for a pseudo-terminal")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        let command = ([Binary.url.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        process.arguments = ["-qec", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["LC_ALL"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}

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

    /// `--print` and `--json` of one document show the same numbers: every figure the printout's
    /// row panels and stats lines hold is the report's, to the digits printed (within half a unit
    /// of the last one), the masked class as 0, the argmax and the target named.
    @Test func theSameDocumentAsJSON() throws {
        let arguments = ["--logits", "-2,1,-inf,0.3", "--labels", "cat,dog,masked,eel", "-t", "2", "--precision", "f32", "--target", "0"]
        let text = try printout(arguments + ["--width", "100"])
        let run = try Binary.run(arguments + ["--json"])
        try #require(run.status == 0, "\(run.stderr)")
        let report = try JSON.parse(run.stdout)
        let labels = try #require(report["labels"]?.array?.compactMap { $0.string })
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("4 classes") && lines[0].contains("T = 2") && lines[0].contains("Float32"))

        // One row per class under each heading, in the report's order: the logit and softmax
        // panel (logit, softmax %), then the sigmoid panel (sigmoid %).
        func rows(under heading: String) throws -> [String] {
            let start = try #require(lines.firstIndex { $0.contains(heading) })
            let rows = Array(lines[(start + 1)...].prefix(labels.count))
            for (row, label) in zip(rows, labels) { #expect(row.contains(" \(label) "), "\(row)") }
            return rows
        }
        let logits = try #require(report["logits"]?.array?.compactMap { $0.reportNumber })
        let softmax = try #require(report["softmax"]?.array?.compactMap { $0.double })
        let sigmoid = try #require(report["sigmoid"]?.array?.compactMap { $0.double })
        for (i, row) in try rows(under: "SOFTMAX").enumerated() {
            let words = row.split(separator: " ")
            let logit = try #require(words.firstIndex { $0 == labels[i] }.map { words[$0 + 1] })
            #expect(logit == "-inf" ? logits[i] == -.infinity : agrees(String(logit), logits[i]), "\(row)")
            expectPercent(in: row, equals: softmax[i])
        }
        for (i, row) in try rows(under: "SIGMOID").enumerated() {
            expectPercent(in: row, equals: sigmoid[i])
        }

        // The stats lines.
        let stats = lines.filter { $0.hasPrefix(" entropy") || $0.hasPrefix(" argmax") }.joined(separator: " ")
        for (pattern, key) in [
            (#"entropy (\S+) nats"#, "entropy_nats"), (#"= (\S+) bits"#, "entropy_bits"),
            (#"perplexity (\S+)"#, "perplexity"), (#"logsumexp (\S+)"#, "logsumexp"),
            (#"cross-entropy ◎ cat (\S+) nats"#, "cross_entropy"),
        ] {
            let shown = try #require(stats.firstMatch(of: try Regex<(Substring, Substring)>(pattern))?.1, "\(key)")
            #expect(agrees(String(shown), try #require(report[key]?.double)), "\(key): \(shown)")
        }
        let argmax = try #require(report["argmax"]?.int)
        #expect(stats.contains("argmax ★ \(labels[argmax])"))
        #expect(stats.contains("top p \(String(format: "%.1f", softmax[argmax] * 100))%"))
    }

    /// A row's percentage (`51.9%`), or `0` where the report has exactly 0 (a masked class).
    private func expectPercent(in row: String, equals value: Double) {
        if value == 0 {
            #expect(!row.contains("%") && row.split(separator: " ").contains("0"), "\(row)")
        } else if let shown = row.firstMatch(of: /(\d+\.\d)%/)?.1 {
            #expect(agrees(String(shown), value * 100), "\(row)")
        } else {
            Issue.record("no percentage in \(row)")
        }
    }

    /// Whether `shown` is `value` rounded to the digits shown: within half a unit of its last
    /// decimal (a hair more for the Double arithmetic of the check itself).
    private func agrees(_ shown: String, _ value: Double) -> Bool {
        guard let x = Double(shown) else { return false }
        let decimals = shown.split(separator: ".").dropFirst().first?.count ?? 0
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return abs(x - value) <= unit / 2 * (1 + 1e-9)
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

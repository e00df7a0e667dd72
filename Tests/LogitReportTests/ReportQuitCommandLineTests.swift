import Foundation
import LogitCore
import LogitReport
import Testing

/// The line printed on quitting must read back, through a real shell and the same parsers as the
/// command line, to the very document it was made from.
@Suite struct ReportQuitCommandLineTests {
    @Test func theSeed() {
        #expect(QuitCommandLine.make(.example)
            == "logitscope --logits=2,1,0.1 --labels=News,Entertainment,Technology -t 1 --precision float64 --seed 0")
    }

    @Test func nonDefaultKnobsAreAdded() {
        var doc = LogitDocument(logits: [-2, -.infinity, 0.5], temperature: 0.7, precision: .float16, threshold: 0.9, target: 2)
        doc.classThresholds[1] = 0.25
        #expect(QuitCommandLine.make(doc)
            == "logitscope --logits=-2,-inf,0.5 -t 0.7 --precision float16 --threshold 0.9 --target 2 --class-thresholds=-,0.25,- --seed 0")
    }

    @Test func bfloat16AndTheBlockAreKept() {
        let doc = LogitDocument(logits: [89, 88, 87], precision: .bfloat16, onlineBlock: 2)
        #expect(QuitCommandLine.make(doc)
            == "logitscope --logits=89,88,87 -t 1 --precision bfloat16 --block 2 --seed 0")
    }

    static let trickyDocuments: [LogitDocument] = [
        .example,
        LogitDocument(logits: [-2, 1], labels: ["-neg", "+pos"]),
        LogitDocument(logits: [0.1, -0.0, 1e300, -1e-300, .leastNonzeroMagnitude, -.infinity],
                      labels: ["Science fiction", "it's", "\"quoted\"", "$HOME", "naïve 中文 🙂", "a\\b"],
                      temperature: 1 / 3, precision: .float32, threshold: 0.1 + 0.2, target: 5),
        LogitDocument(logits: [1, 2, 3], labels: ["`whoami`", "*", "x; rm -rf y"],
                      temperature: 100, precision: .float16, classThresholds: [0.05, nil, 0.95]),
        LogitDocument(logits: [123456789012345680, 0.30000000000000004, 999999999999999], labels: ["'", "''", "x"], temperature: .leastNonzeroMagnitude),
        LogitDocument(logits: [1, 2, 3], filters: try! SamplingFilters(topK: 2, topP: 0.1 + 0.2, minP: 0.05), seed: .max),
        LogitDocument(logits: [89, 88, 87], precision: .bfloat16, onlineBlock: 1),
    ]

    @Test(arguments: trickyDocuments)
    func readsBackThroughPOSIXShell(_ document: LogitDocument) throws {
        let words = try shellWords(QuitCommandLine.make(document), shell: "/bin/sh")
        try expectSame(try parse(words), document)
    }

    /// A control character (here a tab and an escape) is written `$'…'`, which bash, zsh and ksh
    /// read; the raw escape never reaches the terminal the line is printed on.
    @Test func controlCharactersAreEscapedNotPrinted() throws {
        let document = LogitDocument(logits: [1, 2], labels: ["tab\there", "esc\u{1B}[31mred"])
        let line = QuitCommandLine.make(document)
        #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(line.contains("--labels=$'tab\\there,esc\\x1b[31mred'"))
        let words = try shellWords(line, shell: "/bin/bash")
        try expectSame(try parse(words), document)
    }

    private func expectSame(_ parsed: LogitDocument, _ document: LogitDocument) throws {
        #expect(parsed == document)
        // == treats -0 and 0 as equal; the line keeps the sign too.
        #expect(parsed.logits.map(\.bitPattern) == document.logits.map(\.bitPattern))
        #expect(parsed.temperature.bitPattern == document.temperature.bitPattern)
    }

    /// Splits the line the way a shell does: the shell runs it with the command replaced by a
    /// printf that writes each word NUL-terminated.
    private func shellWords(_ line: String, shell: String) throws -> [String] {
        let prefix = "logitscope "
        try #require(line.hasPrefix(prefix))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-c", "printf '%s\\0' " + line.dropFirst(prefix.count)]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return data.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    /// The words back into the command line's options, as `logitscope` reads them.
    private func parse(_ words: [String]) throws -> LogitDocument {
        var args = DocumentArguments()
        var i = 0
        func value() throws -> String {
            i += 1
            return try #require(i < words.count ? words[i] : nil)
        }
        while i < words.count {
            let w = words[i]
            if w.hasPrefix("--logits=") { args.logits = String(w.dropFirst("--logits=".count)) }
            else if w.hasPrefix("--labels=") { args.labels = String(w.dropFirst("--labels=".count)) }
            else if w.hasPrefix("--class-thresholds=") { args.classThresholds = String(w.dropFirst("--class-thresholds=".count)) }
            else if w == "-t" { args.temperature = try value() }
            else if w == "--precision" { args.precision = try value() }
            else if w == "--threshold" { args.threshold = try value() }
            else if w == "--target" { args.target = try value() }
            else if w == "--top-k" { args.topK = try value() }
            else if w == "--top-p" { args.topP = try value() }
            else if w == "--min-p" { args.minP = try value() }
            else if w == "--seed" { args.seed = try value() }
            else if w == "--block" { args.block = try value() }
            else { Issue.record("unexpected word \(w)") }
            i += 1
        }
        return try args.document()
    }
}

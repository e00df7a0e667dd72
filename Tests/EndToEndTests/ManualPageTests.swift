import Foundation
import Testing

/// `docs/logitscope.1` is current: its options are the command's own (as the binary describes
/// itself with `--experimental-dump-help`, which the GenerateManual plugin reads), and its keys,
/// environment, files, exit statuses and examples are what `--complete-manual-page` makes of
/// today's tables. When one fails, run `scripts/manual`.
@Suite struct ManualPageTests {
    static let pageURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/logitscope.1")

    static func page() throws -> String { try String(contentsOf: pageURL, encoding: .utf8) }

    /// The part of `--experimental-dump-help` the page is made from.
    struct Dump: Decodable {
        struct Command: Decodable {
            let abstract: String
            let discussion: String
            let arguments: [Argument]
        }
        struct Argument: Decodable {
            struct Name: Decodable { let kind: String; let name: String }
            let kind: String
            let names: [Name]?
            let preferredName: Name?
            let valueName: String?
            let abstract: String?
            let shouldDisplay: Bool
        }
        let command: Command
    }

    static func dump() throws -> Dump {
        let run = try Binary.run(["--experimental-dump-help"])
        try #require(run.status == 0)
        return try JSONDecoder().decode(Dump.self, from: Data(run.stdout.utf8))
    }

    @Test func theKeysEnvironmentFilesStatusesAndExamplesAreCurrent() throws {
        let page = try Self.page()
        let run = try Binary.run(["--complete-manual-page"], stdin: page)
        #expect(run.status == 0)
        #expect(run.stdout == page, "docs/logitscope.1 is stale: run scripts/manual")
    }

    /// Each option as the plugin writes it, in the command's order: `.It Fl t , -temperature Ar T`
    /// then its help; in the synopsis `.Op Fl -temperature Ar T`. Nothing else is listed.
    @Test func theOptionsAreTheCommandsOwn() throws {
        let lines = try Self.page().split(separator: "\n").map(String.init)
        let shown = try Self.dump().command.arguments.filter(\.shouldDisplay)
        func name(_ n: Dump.Argument.Name) -> String { n.kind == "long" ? "-" + n.name : n.name }
        func value(_ a: Dump.Argument) -> String { a.kind == "option" ? " Ar " + (a.valueName ?? "") : "" }

        let items = shown.map { a -> [String] in
            let names = (a.names ?? []).filter { $0.kind == "short" } + (a.names ?? []).filter { $0.kind != "short" }
            return [".It Fl " + names.map(name).joined(separator: " , ") + value(a), a.abstract ?? ""]
        }
        let listed = lines.indices.filter { lines[$0].hasPrefix(".It Fl ") }.map { [lines[$0], lines[$0 + 1]] }
        #expect(listed == items, "the options differ from the command's: run scripts/manual")

        let synopsis = shown.map { ".Op Fl " + name($0.preferredName!) + value($0) }
        #expect(lines.filter { $0.hasPrefix(".Op Fl ") } == synopsis)
    }

    @Test func theDescriptionIsTheCommandsOwn() throws {
        let page = try Self.page()
        let command = try Self.dump().command
        #expect(page.contains(".Nd \"\(command.abstract)\"\n"))
        for paragraph in command.discussion.split(separator: "\n\n") {
            #expect(page.contains("\n\(paragraph)\n"), "\(paragraph)")
        }
    }

    /// The plugin drops every character that is not ASCII: a help text holding one would lose it.
    @Test func helpTextsAreASCII() throws {
        let command = try Self.dump().command
        let texts = [command.abstract, command.discussion] + command.arguments.compactMap(\.abstract)
        for text in texts { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)") }
    }

    /// The examples that print and exit, run as the page shows them.
    @Test func theExamplesRun() throws {
        let examples = try Self.page().split(separator: "\n").filter { $0.hasPrefix(".Dl logitscope ") }
            .map { String($0.dropFirst(".Dl logitscope ".count)) }
        let printing = examples.filter { $0.contains("--print") || $0.contains("--json") || $0.contains("--export") }
        #expect(printing.count >= 3)
        for arguments in printing {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" \(arguments) > /dev/null", Binary.url.path]
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "logitscope \(arguments)")
        }
    }
}

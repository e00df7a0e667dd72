import Foundation
import LogitCore
import LogitView
import Testing

/// The shell completions ArgumentParser generates (`--generate-completion-script`) offer each
/// option's values from the lists the command takes them from, so a precision or a preset added
/// later completes without a second list; bash's completion function is run as bash runs it.
@Suite struct CompletionTests {
    static func script(_ shell: String) throws -> String {
        let run = try Binary.run(["--generate-completion-script", shell])
        try #require(run.status == 0)
        return run.stdout
    }

    static let values: [(option: String, values: [String])] = [
        ("--precision", Precision.allCases.flatMap(\.names)),
        ("--preset", Preset.all.map(\.name)),
        ("--export", ExportFormat.allCases.map(\.rawValue)),
        ("--theme", ThemeChoice.allCases.map(\.rawValue)),
    ]

    @Test func everyShellOffersTheValuesAndTheFormats() throws {
        let extensions = LogitFileFormat.fileExtensions
        #expect(extensions.contains("npy") && extensions.contains("csv"))
        let bash = try Self.script("bash"), zsh = try Self.script("zsh"), fish = try Self.script("fish")
        for (option, values) in Self.values {
            #expect(bash.contains("-W '" + values.joined(separator: "'$'\\n''") + "'"), "bash \(option)")
            #expect(zsh.contains("=(" + values.map { "'\($0)'" }.joined(separator: " ") + ")"), "zsh \(option)")
            #expect(fish.contains("-l '\(option.dropFirst(2))'") && fish.contains("-rfka '" + values.joined(separator: " ") + "'"), "fish \(option)")
        }
        #expect(bash.contains("-fX '!*.@(" + extensions.joined(separator: "|") + ")'"))
        #expect(zsh.contains("_files -g '\\''" + extensions.map { "*." + $0 }.joined(separator: " ") + "'\\''"))
        #expect(fish.contains("set -l exts " + extensions.map { "\\'\($0)\\'" }.joined(separator: " ")))
    }

    /// What bash offers for the last word of `line`, run in `directory`.
    static func bashCompletions(_ line: String, in directory: URL? = nil) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scriptFile = folder.appendingPathComponent("logitscope.bash")
        try Self.script("bash").write(to: scriptFile, atomically: true, encoding: .utf8)
        // As bash calls a completion function: the words, the cursor, then (command, word, previous word).
        let driver = """
            source "$1"; shift
            COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            _logitscope logitscope "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "--noprofile", "-c", driver, "bash", scriptFile.path, line]
        process.currentDirectoryURL = directory ?? folder
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesThePrecisionsAndTheOtherValues() throws {
        for (option, values) in Self.values {
            #expect(try Self.bashCompletions("logitscope \(option) ") == values)
        }
        #expect(try Self.bashCompletions("logitscope --precision fl") == ["float16", "float32", "float64"])
        #expect(try Self.bashCompletions("logitscope --precision f3") == ["f32"])
        #expect(try Self.bashCompletions("logitscope -t 2 --preset overflow-f3") == ["overflow-f32"])
    }

    @Test func bashCompletesFilesOfTheFormatsItReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("runs"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["logits.npy", "scores.csv", "vocab.txt", "plot.png", "notes.md"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        #expect(try Self.bashCompletions("logitscope --file ", in: folder).sorted() == ["logits.npy", "runs", "scores.csv", "vocab.txt"])
        #expect(try Self.bashCompletions("logitscope --file l --vocab ", in: folder).sorted() == ["runs", "vocab.txt"])
    }
}

import Foundation
import Testing

/// `scripts/install` puts the binary, the manual page and the three shells' completions under a
/// prefix, and `--uninstall` takes away exactly that: whatever the prefix held before is there
/// after, and nothing else. The tests give it the binary `swift test` built (`--binary`), so no
/// release build runs here; the release path is the same script with the build step first.
@Suite struct InstallTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/install")

    static let installed = [
        "bin/logitscope", "share/man/man1/logitscope.1", "share/bash-completion/completions/logitscope",
        "share/zsh/site-functions/_logitscope", "share/fish/vendor_completions.d/logitscope.fish",
    ]

    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Every path under `root`, relative to it, sorted.
    static func tree(_ root: URL) -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walk.compactMap { $0 as? String }.sorted()
    }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func installsEverythingAndUninstallLeavesNothing() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("prefix")

        let install = try Self.run(["--prefix", prefix.path, "--binary", Binary.url.path])
        #expect(install.status == 0, "\(install.output)")
        for path in Self.installed {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path)")
        }
        // The installed binary runs, and what was installed is what the repository and it make.
        let version = Process()
        version.executableURL = prefix.appendingPathComponent("bin/logitscope")
        version.arguments = ["--version"]
        let versionOut = Pipe()
        version.standardOutput = versionOut
        try version.run()
        version.waitUntilExit()
        #expect(version.terminationStatus == 0)
        #expect(String(decoding: versionOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).hasPrefix("0."))
        let page = try String(contentsOf: prefix.appendingPathComponent(Self.installed[1]), encoding: .utf8)
        #expect(page == (try ManualPageTests.page()))
        let bash = try String(contentsOf: prefix.appendingPathComponent(Self.installed[2]), encoding: .utf8)
        #expect(bash == (try CompletionTests.script("bash")))

        let uninstall = try Self.run(["--uninstall", "--prefix", prefix.path])
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(Self.tree(folder).isEmpty, "left behind: \(Self.tree(folder))")
        // A second uninstall has nothing to remove, and says so.
        #expect(try Self.run(["--uninstall", "--prefix", prefix.path]).status == 1)
    }

    @Test func uninstallLeavesWhatThePrefixHeldBefore() throws {
        let prefix = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: prefix) }
        for path in ["bin/other-tool", "share/man/man1/other.1", "share/zsh/site-functions/_other"] {
            let url = prefix.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("other".utf8).write(to: url)
        }
        let before = Self.tree(prefix)

        // Installed twice (an upgrade), then removed once.
        for _ in 0..<2 {
            let install = try Self.run(["--prefix", prefix.path, "--binary", Binary.url.path])
            #expect(install.status == 0, "\(install.output)")
        }
        // The five files, the list of them, and the five folders the prefix lacked (bash-completion
        // and its completions, fish and its vendor_completions.d, logitscope).
        #expect(Self.tree(prefix).count == before.count + Self.installed.count + 1 + 5)
        #expect(try Self.run(["--uninstall", "--prefix", prefix.path]).status == 0)
        #expect(Self.tree(prefix) == before)
    }

    @Test func refusesAnUnknownArgument() throws {
        let run = try Self.run(["--prefx", "/tmp/x"])
        #expect(run.status == 64)
        #expect(run.output == "install: unknown argument \"--prefx\" (see --help)\n")
    }
}

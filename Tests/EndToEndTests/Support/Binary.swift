import Foundation

/// The built `logitscope` executable and a way to run it as a subprocess, as a user's shell would.
enum Binary {
    /// The products folder holds both the test bundle and the executable (the test target depends
    /// on `logitscope`, so `swift test` builds it first).
    static let url: URL = {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") } ?? Bundle.main
        var dir = URL(fileURLWithPath: bundle.bundlePath)
        // On Linux the "bundle" is the test executable itself; its folder is the products folder.
        if !FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().appendingPathComponent("logitscope").path) {
            dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("x")
        }
        return dir.deletingLastPathComponent().appendingPathComponent("logitscope")
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary with `arguments`, optional stdin text and extra environment, and waits.
    /// stdin is /dev/null unless given, so the binary never sees a terminal.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(arguments, stdinBytes: stdin.map { Data($0.utf8) }, environment: environment)
    }

    /// The same with stdin as bytes (a `.npy` piped in).
    static func run(_ arguments: [String], stdinBytes: Data?, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // The tests' own terminal must not choose the theme (`--theme auto` reads it).
        env["COLORFGBG"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        if stdinBytes != nil { process.standardInput = input } else { process.standardInput = FileHandle.nullDevice }
        try process.run()
        let writing = DispatchGroup()
        if let bytes = stdinBytes {
            // Written while the pipes are read, so a large input cannot block on a full pipe; a
            // binary that refuses early closes its end, which must not kill the tests (SIGPIPE).
            signal(SIGPIPE, SIG_IGN)
            let writer = input.fileHandleForWriting
            writing.enter()
            DispatchQueue.global().async {
                try? writer.write(contentsOf: bytes)
                try? writer.close()
                writing.leave()
            }
        }
        // Read both pipes before waiting, so a large output cannot fill a pipe and deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        writing.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

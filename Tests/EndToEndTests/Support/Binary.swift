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
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        if stdin != nil { process.standardInput = input } else { process.standardInput = FileHandle.nullDevice }
        try process.run()
        if let text = stdin {
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, so a large output cannot fill a pipe and deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

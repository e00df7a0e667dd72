import Foundation
import Testing

/// The command line's contract beyond the numbers: negative first values, --version, --help,
/// and a clear refusal when there is no terminal for the explorer.
@Suite struct CLIBasicsTests {
    /// scipy.special.softmax([-2.0, 1.0]) (scipy 1.17.1).
    static let softmaxOfMinus2And1: JSON = .array([.number(0.04742587317756679), .number(0.9525741268224334)])

    @Test(arguments: [
        ["--logits", "-2,1"], ["--logits", "-2 1"], ["--logits=-2,1"], ["--logits", "[-2, 1]"],
        ["--logits", "\u{2212}2,1"],
    ])
    func aNegativeFirstLogitIsAValueNotAFlag(_ arguments: [String]) throws {
        let run = try Binary.run(arguments + ["--json"])
        try #require(run.status == 0, "\(run.stderr)")
        let json = try JSON.parse(run.stdout)
        #expect(json["logits"] == .array([.number(-2), .number(1)]))
        #expect(json["softmax"] == Self.softmaxOfMinus2And1)
        #expect(json["labels"] == .array([.string("class 0"), .string("class 1")]))
    }

    @Test func aLabelMayBeginWithADash() throws {
        let run = try Binary.run(["--logits", "1,2", "--labels", "-neg,+pos", "--json"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(try JSON.parse(run.stdout)["labels"] == .array([.string("-neg"), .string("+pos")]))
    }

    /// The version and the vector kernels this run chose: the widest the processor has, or the one
    /// LOGITSCOPE_KERNELS names (SSE2 is on every x86-64).
    @Test func version() throws {
        let run = try Binary.run(["--version"])
        #expect(run.status == 0)
        #expect(["sse2", "avx2", "avx512", "baseline"].contains { run.stdout == "logitscope 0.1.0 (kernels: \($0))\n" }, "\(run.stdout)")
        #expect(run.stderr.isEmpty)
        #if arch(x86_64)
        let forced = try Binary.run(["--version"], environment: ["LOGITSCOPE_KERNELS": "sse2"])
        #expect(forced.stdout == "logitscope 0.1.0 (kernels: sse2)\n")
        #endif
    }

    @Test func helpNamesEveryFlagOfTheContract() throws {
        let run = try Binary.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        for flag in ["--logits", "--labels", "-t, --temperature", "--precision", "--threshold", "--target",
                     "--json", "--print", "--width", "--version"] {
            #expect(run.stdout.contains(flag), "--help does not mention \(flag)")
        }
    }

    /// With no controlling terminal (a new session, stdin /dev/null) the explorer cannot open
    /// /dev/tty: one line on stderr from the backend, never ncurses' bare "Error opening terminal",
    /// status 1, nothing on stdout.
    @Test(arguments: [false, true])
    func withoutATerminalTheExplorerSaysSo(termUnset: Bool) throws {
        var environment = ProcessInfo.processInfo.environment
        if termUnset { environment["TERM"] = nil }
        let run = try runDetached([], environment: environment)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("logitscope: "))
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("Error opening terminal"))
    }

    /// The binary in a session of its own (`setsid -w`), so it has no controlling terminal even when
    /// the tests run from one.
    private func runDetached(_ arguments: [String], environment: [String: String]) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["-w", Binary.url.path] + arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Binary.Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

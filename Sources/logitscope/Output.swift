import LogitCore
import LogitReport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// stdout and stderr through write(2), unbuffered (C's `stdout` global is not concurrency-safe in
/// Swift 6): a report is written whole, a refusal is one line.
enum Output {
    static func report(_ text: String) {
        write(text.utf8, to: .standardOutput)
    }

    /// A writer whose buffer goes to stdout each time it fills: for reports too large to hold.
    static func streamedReport() -> JSONStreamWriter {
        JSONStreamWriter { bytes in write(bytes, to: .standardOutput) }
    }

    /// One line on stderr, prefixed with the command's name. Whatever the message quotes (a file
    /// name, a label), a control character in it is written escaped: it stays one line and can
    /// never drive the terminal.
    static func refusal(_ message: String) {
        write("logitscope: \(Substring(message).escapedForMessage)\n".utf8, to: .standardError)
    }

    /// A warning on stderr (`logitscope: warning: …`): the run goes on.
    static func warning(_ message: String) {
        refusal("warning: " + message)
    }

    /// A failed write to stdout or stderr has nobody left to tell (the reader went away).
    private static func write(_ bytes: some Collection<UInt8>, to file: Descriptor) {
        try? file.writeAll(bytes)
    }
}

/// What the process can learn about its terminal and environment.
enum ProcessEnvironment {
    static var variables: [String: String] {
        var result: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                let key = String(text[..<eq])
                // The first definition wins, as getenv(3) reads it.
                if result[key] == nil { result[key] = String(text[text.index(after: eq)...]) }
            }
            p += 1
        }
        return result
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Columns of the terminal on stdout (TIOCGWINSZ), nil when stdout is not a terminal.
    static var stdoutColumns: Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

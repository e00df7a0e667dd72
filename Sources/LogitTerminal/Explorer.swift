import CNcurses
import LogitCore
import LogitView

/// The interactive explorer on a real terminal.
public enum TerminalExplorer {
    /// Runs the explorer until the user quits (q, Ctrl-C, SIGTERM, SIGHUP) and returns the final
    /// state, so the caller can print it as a command line. Throws `TerminalError` when there is no
    /// usable terminal; never lets ncurses print its own bare error.
    public static func run(_ initial: ExplorerState) throws(TerminalError) -> ExplorerState {
        throw TerminalError("the interactive explorer is not built yet")
    }
}

/// Why the explorer could not start: no terminal, `TERM` unset or `dumb`, and the like.
public struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

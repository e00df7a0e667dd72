import LogitCore
import LogitRuntime
import LogitView

/// The interactive explorer on a real terminal.
public enum TerminalExplorer {
    /// Runs the explorer until the user quits (q, Ctrl-C, SIGTERM, SIGHUP) and returns the final
    /// state, so the caller can print it as a command line. Throws `TerminalError` when there is no
    /// usable terminal; never lets ncurses print its own bare error.
    ///
    /// `colorScheme` is the background the colours are chosen for. What the terminal lacks (colours,
    /// a mouse) is said once on the status line, never refused.
    ///
    /// `perform` carries out what the core asks for but cannot do itself (it does no I/O: a save
    /// writes a file) and returns the action that reports the outcome (see `ExplorerLoop.run`).
    public static func run(
        _ initial: consuming ExplorerState, colorScheme: ColorScheme = .dark,
        perform: (Effect, Frame) -> Action? = { _, _ in nil }
    ) throws(TerminalError) -> ExplorerState {
        var terminal = try Terminal(colorScheme: colorScheme)
        // Whatever happens below, the terminal is given back as it was found.
        defer { terminal.close() }
        if let note = terminal.capabilityNote { initial.message = .info(note) }
        return ExplorerLoop.run(consume initial, on: &terminal, perform: perform)
    }
}

import LogitCore
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
    /// `effects` performs what the core asked for but cannot do itself (it does no I/O: an export
    /// writes a file): called after every change with the state and the screen it is drawn on, it
    /// returns the action that reports the outcome, or nil when there is nothing to do (Bubble
    /// Tea's commands).
    public static func run(
        _ initial: ExplorerState,
        colorScheme: ColorScheme = .dark,
        effects: (ExplorerState, Size, RenderOptions) -> Action? = { _, _, _ in nil }
    ) throws(TerminalError) -> ExplorerState {
        let terminal = try Terminal(colorScheme: colorScheme)
        // Whatever happens below, the terminal is given back as it was found.
        defer { terminal.close() }
        var state = initial
        var input = InputDecoder()
        var size = terminal.size
        var stale = true
        if let note = terminal.capabilityNote {
            // The page rows first: their action clears the status line.
            state.apply(.setPageRows(pageRows(state, size: size, options: terminal.options)))
            state.message = .info(note)
        }

        while !state.quitting {
            switch Signals.take() {
            case .quit: return state
            case .suspend:
                terminal.suspend()
                stale = true
            case .redraw:
                terminal.invalidate()
                stale = true
            case nil: break
            }
            if let read = input.poll(terminal.window) {
                switch read {
                case .key(let key)?:
                    if let action = Keymap.action(for: key, in: state) { state.apply(action) }
                case .mouse(let event)?:
                    if let action = MouseMap.action(for: event, in: state, size: size, options: terminal.options) {
                        state.apply(action)
                    }
                case .resize?:
                    size = terminal.size
                case nil:
                    continue  // a key or mouse report the explorer does not use
                }
                if let outcome = effects(state, size, terminal.options) { state.apply(outcome) }
                // Everything already typed is applied before the next frame: a held key or a
                // burst of drags (or resizes) costs one render, not one each.
                stale = true
                continue
            }
            if stale {
                // PgUp / PgDn move by the rows on screen, which only the view knows.
                let rows = pageRows(state, size: size, options: terminal.options)
                if rows != state.pageRows { state.apply(.setPageRows(rows)) }
                terminal.draw(render(state, size: size, options: terminal.options))
                stale = false
            }
            // Nothing buffered: sleep until a key, a mouse report, a resize or a signal.
            guard terminal.waitForInput() else { return state }  // hung up, as SIGHUP
        }
        return state
    }
}

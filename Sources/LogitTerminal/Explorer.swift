import LogitCore
import LogitView

/// The interactive explorer on a real terminal.
public enum TerminalExplorer {
    /// Runs the explorer until the user quits (q, Ctrl-C, SIGTERM, SIGHUP) and returns the final
    /// state, so the caller can print it as a command line. Throws `TerminalError` when there is no
    /// usable terminal; never lets ncurses print its own bare error.
    public static func run(_ initial: ExplorerState) throws(TerminalError) -> ExplorerState {
        let terminal = try Terminal()
        // Whatever happens below, the terminal is given back as it was found.
        defer { terminal.close() }
        var state = initial
        var input = InputDecoder()
        var size = terminal.size
        terminal.draw(render(state, size: size, options: terminal.options))

        while !state.quitting {
            switch Signals.take() {
            case .quit: return state
            case .suspend: terminal.suspend()
            case .redraw: terminal.invalidate()
            case nil: break
            }
            guard let read = input.poll(terminal.window) else {
                // Nothing buffered: sleep until a key, a mouse report, a resize or a signal.
                guard terminal.waitForInput() else { return state }  // hung up, as SIGHUP
                continue
            }
            switch read {
            case .key(let key)?:
                if let action = Keymap.action(for: key, in: state) { state = update(state, action) }
            case .mouse(let event)?:
                if let action = MouseMap.action(for: event, in: state, size: size, options: terminal.options) {
                    state = update(state, action)
                }
            case .resize?:
                size = terminal.size
            case nil:
                continue  // a key or mouse report the explorer does not use: nothing to redraw
            }
            terminal.draw(render(state, size: size, options: terminal.options))
        }
        return state
    }
}

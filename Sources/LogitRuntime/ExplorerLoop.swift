import LogitCore
import LogitView

/// The explorer's run loop, on any `TerminalBackend`: an event becomes an action through the
/// frame on screen (`Keymap`, `MouseMap`), the reducer applies it and returns the effects it asks
/// for, `perform` carries them out and its outcomes go back through the reducer, and when no
/// input is waiting the last frame is drawn. Nothing here touches a terminal or a file.
public enum ExplorerLoop {
    /// Runs until a quit (the `q` key's effect, or a `.quit` event from the backend) and returns
    /// the final state, for the caller to print as a command line.
    ///
    /// `perform` does what the core cannot (a save, an export) and returns the action that reports
    /// the outcome, or nil. It gets the frame of the state that asked, at the terminal's size: an
    /// SVG export draws it. A quit is not passed on: it ends the loop.
    ///
    /// One `Frame` is built per change (an event's action with its outcomes, or a resize) and one
    /// for each effect performed; the frame maps the next event: keys typed ahead meet the state
    /// the earlier ones left, and a page move carries the page height of the frame it was pressed
    /// on. A frame is drawn once, when the input runs dry.
    /// The state is taken over (`consuming`), so that the first edit can be made in place too.
    public static func run<Backend: TerminalBackend>(
        _ initial: consuming ExplorerState, on backend: inout Backend,
        perform: (Effect, Frame) -> Action? = { _, _ in nil }
    ) -> ExplorerState {
        var state = consume initial
        var size = backend.size
        let options = backend.options
        // nil when the state or the size has changed since it was built.
        var frame: Frame?
        var drawn = false

        while true {
            guard let event = backend.poll() else {
                if !drawn {
                    let shown = frame ?? Frame(state, size: size, options: options)
                    backend.draw(shown.screen)
                    frame = shown
                    drawn = true
                }
                backend.wait()
                continue
            }
            switch event {
            case .quit:
                return state
            case .redraw:
                drawn = false
                continue
            case .resize(let newSize):
                size = newSize
            case .key, .mouse:
                let current = frame ?? Frame(state, size: size, options: options)
                guard let action = Self.action(for: event, in: current) else {
                    frame = current  // a key or a report the explorer does not use
                    continue
                }
                // The frame holds the state it was built from, which shares its arrays: alive,
                // it would make the action's edit in place copy a 1M-logit vector (and keep the
                // old analysis). It goes first.
                frame = nil
                _ = consume current
                guard apply(action, to: &state, size: size, options: options, perform: perform) else { return state }
            }
            frame = nil
            drawn = false
        }
    }

    private static func action(for event: TerminalEvent, in frame: Frame) -> Action? {
        switch event {
        case .key(let key): Keymap.action(for: key, in: frame)
        case .mouse(let mouse): MouseMap.action(for: mouse, in: frame)
        case .resize, .redraw, .quit: nil
        }
    }

    /// Applies `action`, then performs each effect it asks for and applies the outcome, in order.
    /// False when a quit was asked for.
    private static func apply(
        _ action: Action, to state: inout ExplorerState, size: Size, options: RenderOptions,
        perform: (Effect, Frame) -> Action?
    ) -> Bool {
        var pending = [action]
        while !pending.isEmpty {
            for effect in state.apply(pending.removeFirst()) {
                if effect == .quit { return false }
                if let outcome = perform(effect, Frame(state, size: size, options: options)) {
                    pending.append(outcome)
                }
            }
        }
        return true
    }
}

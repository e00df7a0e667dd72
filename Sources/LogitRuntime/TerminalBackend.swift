import LogitView

/// A terminal the explorer's run loop can run on (ratatui's `Backend`): input comes out of it as
/// events, frames go into it. `LogitTerminal` drives ncurses; `InMemoryBackend` is scripted, for
/// tests. What only a real terminal has (signals, Ctrl-Z, the bytes on the wire) stays behind
/// this line and reaches the loop as events.
public protocol TerminalBackend {
    /// How the view may draw: Unicode blocks, or ASCII for a locale that is not UTF-8.
    var options: RenderOptions { get }
    /// The size when the loop starts; later sizes arrive as `.resize` events.
    var size: Size { get }
    /// The next event already waiting, or nil when there is none. Never blocks: the loop applies
    /// everything already typed before it draws, so a burst of keys, drags or resizes costs one
    /// frame drawn, not one each.
    mutating func poll() -> TerminalEvent?
    /// Blocks until an event may be waiting (returning with none is allowed: the loop polls
    /// again). An idle explorer must use no CPU here.
    mutating func wait()
    /// Shows a frame.
    mutating func draw(_ screen: Screen)
}

/// What a terminal tells the run loop.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal is now this size.
    case resize(Size)
    /// What the terminal shows may no longer be the last frame (back from Ctrl-Z, or continued
    /// after someone stopped the process): draw it again, whole.
    case redraw
    /// Leave now and hand back the state: SIGINT, SIGTERM, SIGHUP, or the terminal gone.
    case quit
}

import LogitView

/// A terminal in memory (ratatui's `TestBackend`): scripted input in, every frame drawn out, so
/// the run loop is tested without a terminal, styles included.
///
/// The script is a list of reads, each a burst of events that arrive together, as a terminal
/// delivers a fast typist's keys or a drag; between reads the loop goes idle and draws. When the
/// script runs out the terminal hangs up (a `.quit`), and the loop returns.
public struct InMemoryBackend: TerminalBackend {
    public let options: RenderOptions
    /// The size now: the initial one, then each `.resize` as the loop reads it.
    public private(set) var size: Size
    /// Every screen drawn, in order.
    public private(set) var drawn: [Screen] = []
    /// What the terminal showed each time the loop waited: the first frame, then the screen after
    /// each read, whether or not the read drew anything new.
    public private(set) var shownWhenIdle: [Screen] = []

    private var reads: [[TerminalEvent]]
    private var waiting: [TerminalEvent] = []

    public init(size: Size, options: RenderOptions = .init(), reads: [[TerminalEvent]]) {
        self.size = size
        self.options = options
        self.reads = reads
    }

    public mutating func poll() -> TerminalEvent? {
        guard !waiting.isEmpty else { return nil }
        let event = waiting.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public mutating func wait() {
        if let screen = drawn.last { shownWhenIdle.append(screen) }
        waiting = reads.isEmpty ? [.quit] : reads.removeFirst()
    }

    public mutating func draw(_ screen: Screen) {
        drawn.append(screen)
    }
}

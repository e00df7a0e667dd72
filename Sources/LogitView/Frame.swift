import LogitCore

/// One frame of the explorer, built once per event from the state, the terminal's size and the
/// render options (ratatui's `Frame`): the layout (the row panels' or the ranked list's), and from
/// it the page height, mouse hit-testing and the drawn `Screen`. Whatever depends on the screen
/// is read off the frame and carried in the action (`movePage(by:pageRows:)`), so nothing flows
/// back into the core between frames.
///
/// The layout is made in `init`, once; `screen` draws from it. Drawing is the costly part, so it
/// is not done until asked for: a run loop that applies a burst of events (a held key, a drag)
/// builds a frame after each to map the next, and draws only the last.
public struct Frame {
    public let state: ExplorerState
    public let size: Size
    public let options: RenderOptions
    let arrangement: Arrangement

    public init(_ state: ExplorerState, size: Size, options: RenderOptions = .init()) {
        self.state = state
        self.size = size
        self.options = options
        arrangement = Arrangement(state, size: size, mode: .interactive, options: options)
    }

    /// Below `Layout.minimumSize` a message replaces the panels, and the mouse does nothing.
    public var isTooSmall: Bool { arrangement.isTooSmall }

    /// The rows a page moves (PgUp, PgDn): the rows of classes on screen less one, so a page
    /// keeps one row of context.
    public var pageRows: Int {
        switch arrangement {
        case .panels(let layout): max(layout.window.slots - 1, 1)
        case .list(let layout): max(layout.rows.height - 1, 1)
        case .calibration(let layout): max(layout.rows.height - 1, 1)
        }
    }

    /// The frame drawn. Each read draws it again: read it once per frame shown.
    public var screen: Screen {
        var screen = Screen(size: size)
        if isTooSmall {
            TooSmallMessage.draw(in: size, options: options, on: &screen)
        } else {
            arrangement.draw(state, on: &screen)
            StatusLine.draw(state, in: arrangement.status, options: options, on: &screen)
            Overlays.draw(state.overlay, helpSections: arrangement.helpSections, in: size, options: options, on: &screen)
        }
        return screen.finished(options, presenting: state.classroom.presenting)
    }
}

/// The explorer's screen for a terminal of `size`: a frame's drawing, for callers that need
/// nothing else of the frame (`--tour --print`, tests).
public func render(_ state: ExplorerState, size: Size, options: RenderOptions = .init()) -> Screen {
    Frame(state, size: size, options: options).screen
}

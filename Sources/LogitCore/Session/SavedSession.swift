/// What a session file keeps of the explorer: the document (the user's work) and the settings a
/// person would be annoyed to set up again: the selection, the nudge step and the classroom's
/// panel, max-trick switch and presentation mode.
///
/// Left out on purpose: the undo history (up to 1000 whole documents: a 128k vocabulary would make
/// a session of gigabytes, and an undo across sessions surprises more than it helps), the tour's
/// progress, overlays, fields and messages (transient).
public struct SavedSession: Equatable, Sendable {
    public var document: LogitDocument
    public var selection: Int
    public var step: Double
    public var focus: ClassroomPanel?
    public var maxTrick: Bool
    public var presenting: Bool

    public init(
        document: LogitDocument, selection: Int = 0, step: Double = 0.1,
        focus: ClassroomPanel? = nil, maxTrick: Bool = true, presenting: Bool = false
    ) {
        self.document = document
        self.selection = selection
        self.step = step
        self.focus = focus
        self.maxTrick = maxTrick
        self.presenting = presenting
    }

    public init(_ state: ExplorerState) {
        self.init(
            document: state.document, selection: state.selection, step: state.step,
            focus: state.classroom.focus, maxTrick: state.classroom.maxTrick,
            presenting: state.classroom.presenting)
    }

    /// A fresh explorer on this session (empty undo history), with `document` in place of the saved
    /// one when the command line overrode some of it.
    public func explorerState(document override: LogitDocument? = nil) -> ExplorerState {
        var state = ExplorerState(document: override ?? document, selection: selection, step: step)
        state.classroom.focus = focus
        state.classroom.maxTrick = maxTrick
        state.classroom.presenting = presenting
        return state
    }
}

/// What an action asks of the world outside the core, which does no I/O: the reducer returns it
/// (Bubble Tea's `Cmd`, as data), the backend performs it and reports the outcome back as an
/// action. Each effect carries everything it needs, as it was when asked.
public enum Effect: Equatable, Sendable {
    /// Write the session file (`w`); answered with `SessionAction.saved`, `.saveFailed` or
    /// `.askToOverwrite`. The request holds the session as it was when asked, so a key pressed
    /// while the file is written cannot change what is saved.
    case save(SaveRequest)
    /// Write an export of the explorer (`e`); answered with `ClassroomAction.exportFinished` or
    /// `.exportFailed`. An SVG shows the screen: the performer draws it from the frame of the
    /// state that asked, on the terminal it runs on (the export menu is closed by then).
    case export(ExportFormat)
    /// Leave the explorer and hand back the state (`q`).
    case quit
}

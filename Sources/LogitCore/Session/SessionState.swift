/// Saving the session from the explorer: the path it goes to. A save itself is an effect the
/// reducer returns (`Effect.save`); the backend answers it with `saved`, `saveFailed`, or, for an
/// existing file logitscope did not write, `askToOverwrite`.
public struct SessionState: Equatable, Sendable {
    /// Where `w` offers to save: the file the session came from or was last saved to.
    public var path: String

    public init(path: String = SessionFile.defaultPath) {
        self.path = path
    }
}

/// A save for the backend to perform (`Effect.save`): the session as it was when asked, so a key
/// pressed while the file is written cannot change what is saved.
public struct SaveRequest: Equatable, Sendable {
    public let path: String
    public let session: SavedSession
    /// The user said yes to replacing a file that is not a session of ours.
    public let overwrite: Bool

    public init(path: String, session: SavedSession, overwrite: Bool = false) {
        self.path = path
        self.session = session
        self.overwrite = overwrite
    }
}

/// The session's intents: the `w` key and the backend's answers.
public enum SessionAction: Equatable, Sendable {
    /// Opens the path field, holding the last path (`w`).
    case beginSave
    /// Saves to `path` (the field's Enter ends here).
    case save(path: String)
    /// The backend found a file at the path that is not a session of ours: ask first.
    case askToOverwrite(path: String)
    /// y in the confirmation: save over it.
    case confirmOverwrite
    /// n or Esc in the confirmation: leave the file alone.
    case declineOverwrite
    case saved(path: String)
    case saveFailed(String)
}

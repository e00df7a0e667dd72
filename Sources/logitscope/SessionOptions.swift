import ArgumentParser
import LogitCore

/// `--session FILE`: start from a saved session; the document flags given with it override its
/// values, as they override a preset's.
struct SessionOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Restore a session saved with w in the explorer; other flags override its values.", valueName: "file"),
            completion: .file())
    var session: String?

    /// The saved session, read and judged, or nil without `--session`.
    func restored(presetGiven: Bool, fileGiven: Bool) throws(InputError) -> (path: String, session: SavedSession)? {
        guard let path = session else { return nil }
        if presetGiven { throw InputError("--session and --preset cannot be combined: choose one starting point") }
        if fileGiven { throw InputError("--session and --file cannot be combined: choose one starting point") }
        return (path, try SessionIO.load(path))
    }
}

import ArgumentParser
import LogitCore
import LogitReport
import LogitView

/// The classroom flags: a preset to start from, the guided tour, presentation mode and export.
/// Kept apart from the document flags, which override whatever a preset sets.
struct ClassroomOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Start from a named scenario (see --list-presets); other flags override its values.", valueName: "name"),
            completion: .list(Preset.all.map(\.name)))
    var preset: String?

    @Flag(name: .long, help: "List the presets, one line each, and exit.")
    var listPresets = false

    @Flag(name: .long, help: "Open the guided tour; with --print, print it as a handout.")
    var tour = false

    @Flag(name: .long, help: "Presentation mode: bigger bars and high contrast, for a projector.")
    var present = false

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Write the panels as svg, or the numbers as markdown or csv, and exit.", valueName: "format"),
            completion: .list(ExportFormat.allCases.map(\.rawValue)))
    var export: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("File for --export (default: stdout).", valueName: "path"),
            completion: .file())
    var output: String?

    /// The starting state: the preset's (or the seed example), with the document flags applied
    /// on top, then the tour and presentation mode.
    ///
    /// With a restored session, the session is the base instead (`--preset` and `--file` are then
    /// refused by `SessionOptions`), and `w` saves back to its file.
    func initialState(
        _ arguments: DocumentArguments, file: LoadedLogits? = nil, defaultSeed: UInt64 = 0,
        restored: (path: String, session: SavedSession)? = nil, rankingTop: Int? = nil
    ) throws(InputError) -> ExplorerState {
        var state: ExplorerState
        if let (path, saved) = restored {
            // The session's own seed stands unless --seed is given (not a new one from the clock).
            state = saved.explorerState(document: try arguments.document(base: saved.document, defaultSeed: saved.document.seed))
            state.session.path = path
        } else if let name = preset {
            guard let chosen = Preset.named(name) else { throw InputError(Preset.unknownMessage(name)) }
            state = ExplorerState(document: try arguments.document(base: chosen.document, file: file, defaultSeed: defaultSeed),
                                  rankingTop: rankingTop)
            state.classroom.focus = chosen.focus
        } else {
            state = ExplorerState(document: try arguments.document(file: file, defaultSeed: defaultSeed), rankingTop: rankingTop)
        }
        if file != nil && restored == nil {
            // A loaded vector opens on its most likely token, the top of the ranked list, not on
            // token 0 somewhere in the middle of it.
            state.apply(.select(state.analysis.argmax))
        }
        if tour {
            let classroom = state.classroom
            state.apply(.classroom(.startTour))
            state.classroom.presenting = classroom.presenting
        }
        if present { state.classroom.presenting = true }
        return state
    }

    /// The export format, if `--export` was given; refuses an unknown one and a stray `--output`.
    func exportFormat() throws(InputError) -> ExportFormat? {
        guard let name = export else {
            if output != nil { throw InputError("--output only applies to --export") }
            return nil
        }
        guard let format = ExportFormat(name: name) else {
            throw InputError("export format \"\(Substring(name).escapedForMessage)\" is unknown: use svg, markdown or csv")
        }
        return format
    }
}

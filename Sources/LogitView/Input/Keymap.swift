import LogitCore

/// Keys to actions, in the context of the frame on screen and its state: the help overlay takes
/// the keys first, then an open field, then the explorer's table (`KeyBindings`).
public enum Keymap {
    public static func action(for key: Key, in frame: Frame) -> Action? {
        if frame.state.field != nil {
            if case .character(let c) = key, isPrintable(c) { return .edit(.insert(String(c))) }
        }
        return lookup(key, in: sections(in: frame.state), frame)
    }

    /// The bindings that are in force in `state` (the help and the hints show these): an overlay's
    /// own, an open field's, or the explorer's with the classroom's (the tour's first while it runs,
    /// so the status line hints them). Help and quit stay last, as the status line expects.
    public static func sections(in state: ExplorerState) -> [KeySection] { sections(in: context(of: state)) }

    /// What decides the bindings in force: the overlay that is open, else whether a field is,
    /// else whether the tour runs.
    public enum Context: Hashable, Sendable, CaseIterable {
        case help, presets, export, confirmOverwrite, field, explorer, tour
        /// The explorer on a file of rows: the rows' keys first, so the status line hints them.
        case rows
        /// The calibration view of a dataset: its list, its keys and the temperature's.
        case calibration
    }

    public static func context(of state: ExplorerState) -> Context {
        switch state.overlay {
        case .help: return .help
        case .presets: return .presets
        case .export: return .export
        case .confirmOverwrite: return .confirmOverwrite
        case .none: break
        }
        if state.field != nil { return .field }
        if state.showsCalibration { return .calibration }
        if state.classroom.tour != nil { return .tour }
        return state.rows != nil ? .rows : .explorer
    }

    public static func sections(in context: Context) -> [KeySection] {
        switch context {
        case .help: KeyBindings.help
        case .presets: KeyBindings.presets
        case .export: KeyBindings.export
        case .confirmOverwrite: KeyBindings.confirmOverwrite
        case .field: KeyBindings.field
        case .explorer: explorerSections
        case .tour: tourSections
        case .rows: rowsSections
        case .calibration: calibrationSections
        }
    }

    // Joined once: every keystroke and every frame's hints ask for them.
    private static let explorerSections = explorerRest + KeyBindings.tour + KeyBindings.explorer.suffix(1)
    private static let tourSections = KeyBindings.tour + explorerRest + KeyBindings.explorer.suffix(1)
    private static let rowsSections = KeyBindings.rows + explorerRest.filter { $0.title != KeyBindings.rows[0].title }
        + KeyBindings.tour + KeyBindings.explorer.suffix(1)
    /// The view's own keys, then t T = (its figures follow T), undo, help and quit; the explorer's
    /// others do not apply to the view.
    private static let calibrationSections = KeyBindings.calibration + [
        KeySection(title: "Temperature", bindings: KeyBindings.explorer.flatMap(\.bindings).filter { ["t T", "="].contains($0.label) }),
    ] + KeyBindings.explorer.suffix(1)
    private static let explorerRest = Array(KeyBindings.explorer.dropLast()) + KeyBindings.rows + KeyBindings.vocabulary + KeyBindings.classroom

    private static func lookup(_ key: Key, in sections: [KeySection], _ frame: Frame) -> Action? {
        for section in sections {
            for binding in section.bindings {
                if let action = binding.action(for: key, in: frame) { return action }
            }
        }
        return nil
    }

    private static func isPrintable(_ c: Character) -> Bool {
        !c.unicodeScalars.contains { DisplayText.isControl($0) }
    }
}

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
    public static func sections(in state: ExplorerState) -> [KeySection] {
        switch state.overlay {
        case .help: return KeyBindings.help
        case .presets: return KeyBindings.presets
        case .export: return KeyBindings.export
        case .confirmOverwrite: return KeyBindings.confirmOverwrite
        case .none: break
        }
        if state.field != nil { return KeyBindings.field }
        let last = KeyBindings.explorer.suffix(1)
        // With rows open their keys come first, so the status line hints them.
        let rows = state.rows != nil ? KeyBindings.rows : []
        let rest = rows + Array(KeyBindings.explorer.dropLast()) + (state.rows == nil ? KeyBindings.rows : [])
            + KeyBindings.vocabulary + KeyBindings.classroom
        return state.classroom.tour != nil ? KeyBindings.tour + rest + last : rest + KeyBindings.tour + last
    }

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

import LogitCore

/// Keys to actions, in the context of the state: the help overlay takes the keys first, then an
/// open field, then the explorer's table (`KeyBindings`).
public enum Keymap {
    public static func action(for key: Key, in state: ExplorerState) -> Action? {
        if state.overlay == .help {
            return lookup(key, in: KeyBindings.help, state)
        }
        if state.field != nil {
            if case .character(let c) = key, isPrintable(c) { return .edit(.insert(String(c))) }
            return lookup(key, in: KeyBindings.field, state)
        }
        return lookup(key, in: KeyBindings.explorer, state)
    }

    /// The bindings that are in force in `state` (the help and the hints show these).
    public static func sections(in state: ExplorerState) -> [KeySection] {
        if state.overlay == .help { return KeyBindings.help }
        if state.field != nil { return KeyBindings.field }
        return KeyBindings.explorer
    }

    private static func lookup(_ key: Key, in sections: [KeySection], _ state: ExplorerState) -> Action? {
        for section in sections {
            for binding in section.bindings {
                if let action = binding.action(for: key, in: state) { return action }
            }
        }
        return nil
    }

    private static func isPrintable(_ c: Character) -> Bool {
        !c.unicodeScalars.contains { DisplayText.isControl($0) }
    }
}

import LogitCore

/// Keys to actions, in the context of the state (an open field takes the keys first).
public enum Keymap {
    public static func action(for key: Key, in state: ExplorerState) -> Action? {
        // Stub until the view lands.
        switch key {
        case .character("q"): .quit
        case .up, .character("k"): .moveSelection(by: -1)
        case .down, .character("j"): .moveSelection(by: 1)
        case .left, .character("h"): .nudgeLogit(steps: -1)
        case .right, .character("l"): .nudgeLogit(steps: 1)
        default: nil
        }
    }
}

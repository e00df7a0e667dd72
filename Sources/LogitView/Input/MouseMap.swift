import LogitCore

/// Mouse events to actions, by hit-testing the same layout `render` draws.
public enum MouseMap {
    public static func action(for event: MouseEvent, in state: ExplorerState, size: Size, options: RenderOptions = .init()) -> Action? {
        nil  // Stub until the view lands.
    }
}

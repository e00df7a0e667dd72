/// Undo and redo as stacks of whole documents (Bubble Tea's "undo is a stack of states"): a
/// document is a small value, and restoring one is exact by construction.
public struct History: Equatable, Sendable {
    public private(set) var past: [LogitDocument] = []
    public private(set) var future: [LogitDocument] = []
    /// Levels kept; the oldest is dropped beyond this.
    public static let limit = 1000

    public init() {}

    /// Records `previous` before a change; any redo branch is gone.
    mutating func record(_ previous: LogitDocument) {
        past.append(previous)
        if past.count > Self.limit { past.removeFirst(past.count - Self.limit) }
        future.removeAll()
    }

    mutating func undo(from current: LogitDocument) -> LogitDocument? {
        guard let previous = past.popLast() else { return nil }
        future.append(current)
        return previous
    }

    mutating func redo(from current: LogitDocument) -> LogitDocument? {
        guard let next = future.popLast() else { return nil }
        past.append(current)
        return next
    }

    public var canUndo: Bool { !past.isEmpty }
    public var canRedo: Bool { !future.isEmpty }
}

/// Undo and redo as stacks of documents (Bubble Tea's "undo is a stack of states"), stored compactly:
/// at a 1M-class vocabulary a document's logits are 8 MB, and 1000 levels of whole copies would be
/// 8 GB. So only the level on top of each stack holds its logits whole; every level below it holds
/// the entries in which its logits differ from the level above (its neighbour in time), which for a
/// keystroke is one entry. The other fields are kept as they are: arrays a change did not touch
/// share their storage with the neighbouring documents, so they cost nothing.
///
/// Restoring is exact by construction: a patch holds the old entries bit for bit, and a level whose
/// logits changed in more than a quarter of their entries (a shift of every logit, a class added or
/// deleted) keeps them whole.
public struct History: Equatable, Sendable {
    private var past: [Level] = []
    private var future: [Level] = []
    /// Levels kept; the oldest is dropped beyond this.
    public static let limit = 1000

    public init() {}

    /// Records `previous` before a change; any redo branch is gone.
    mutating func record(_ previous: LogitDocument) {
        // The old top is the document that came before `previous`: patch it against `previous`.
        if !past.isEmpty { past[past.count - 1].compact(against: previous.logits) }
        past.append(Level(previous))
        if past.count > Self.limit { past.removeFirst(past.count - Self.limit) }
        future.removeAll()
    }

    mutating func undo(from current: LogitDocument) -> LogitDocument? {
        guard let previous = past.popLast()?.document else { return nil }
        if !future.isEmpty { future[future.count - 1].compact(against: current.logits) }
        future.append(Level(current))
        if !past.isEmpty { past[past.count - 1].expand(from: previous.logits) }
        return previous
    }

    mutating func redo(from current: LogitDocument) -> LogitDocument? {
        guard let next = future.popLast()?.document else { return nil }
        if !past.isEmpty { past[past.count - 1].compact(against: current.logits) }
        past.append(Level(current))
        if !future.isEmpty { future[future.count - 1].expand(from: next.logits) }
        return next
    }

    public var canUndo: Bool { !past.isEmpty }
    public var canRedo: Bool { !future.isEmpty }

    /// One document of a stack; its logits either whole or as the changes from its neighbour's.
    private struct Level: Equatable, Sendable {
        /// The document, with `logits` emptied while `patch` is set.
        private(set) var document: LogitDocument
        /// The entries (index, value) in which these logits differ from the neighbour's.
        private var patch: [(index: Int, value: Double)]?

        init(_ document: LogitDocument) {
            self.document = document
            patch = nil
        }

        /// Keeps only the entries that differ from `neighbour`, when that is compact.
        mutating func compact(against neighbour: [Double]) {
            guard patch == nil else { return }
            let own = document.logits
            guard own.count == neighbour.count, own.count >= 16 else { return }
            var changes: [(index: Int, value: Double)] = []
            let limit = own.count / 4
            let sameStorage = own.withUnsafeBufferPointer { a in
                neighbour.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress }
            }
            if !sameStorage {
                for i in own.indices where own[i].bitPattern != neighbour[i].bitPattern {
                    changes.append((i, own[i]))
                    if changes.count > limit { return }
                }
            }
            patch = changes
            document.logits = []
        }

        /// Rebuilds the whole logits from `neighbour`'s, now that this level is on top.
        mutating func expand(from neighbour: [Double]) {
            guard let changes = patch else { return }
            var logits = neighbour
            for c in changes { logits[c.index] = c.value }
            document.logits = logits
            patch = nil
        }

        static func == (a: Level, b: Level) -> Bool {
            a.document == b.document && a.patch?.map(\.index) == b.patch?.map(\.index)
                && a.patch?.map(\.value.bitPattern) == b.patch?.map(\.value.bitPattern)
        }
    }
}

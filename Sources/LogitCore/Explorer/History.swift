/// Undo and redo as stacks of documents (Bubble Tea's "undo is a stack of states"), stored compactly:
/// at a 1M-class vocabulary a document's logits are 8 MB, and 1000 levels of whole copies would be
/// 8 GB. So every level holds its logits as a patch: the entries in which they differ from the
/// logits of the document above it (the next level up, or for the top of a stack the document
/// being edited), which for a keystroke is one entry. The other fields are kept as they are: arrays
/// a change did not touch share their storage with the neighbouring documents, so they cost nothing.
///
/// Because no level holds the current logits, an edit of one logit changes them in place (the
/// explorer's keystroke is O(1) here, not an 8 MB copy), and undo and redo patch them in place.
///
/// Restoring is exact by construction: a patch holds the old entries bit for bit, and a level whose
/// logits changed in more than a quarter of their entries (a shift of every logit, a class added or
/// deleted) keeps them whole.
public struct History: Equatable, Sendable {
    /// The levels from `pastStart` on; those below it are dropped (emptied), and removed from the
    /// array a limit's worth at a time: removing the oldest of a thousand levels on every edit
    /// moved the other 999, the cost that set an edit's p99 once the history was full.
    private var past: [Level] = []
    private var pastStart = 0
    private var future: [Level] = []
    /// Levels kept; the oldest is dropped beyond this.
    public static let limit = 1000

    public init() {}

    public var canUndo: Bool { past.count > pastStart }

    /// The same levels to undo and redo (the dropped ones, and where they are, are no part of it).
    public static func == (a: History, b: History) -> Bool {
        a.past[a.pastStart...] == b.past[b.pastStart...] && a.future == b.future
    }
    public var canRedo: Bool { !future.isEmpty }

    /// Records `previous` before the document becomes `next`; any redo branch is gone.
    mutating func record(_ previous: LogitDocument, becoming next: LogitDocument) {
        push(Level(previous, above: next.logits))
    }

    /// Records `previous` before its logit i alone changes in place.
    mutating func record(_ previous: LogitDocument, changingLogitAt i: Int) {
        push(Level(previous, changingLogitAt: i))
    }

    /// A change folded into the last level rather than recorded (the moves of one drag): the level
    /// must still restore what it recorded, now from `next`.
    mutating func fold(_ previous: LogitDocument, becoming next: LogitDocument) {
        guard canUndo else { return record(previous, becoming: next) }
        past[past.count - 1].keep(from: previous.logits, changedTo: next.logits)
    }

    /// As `fold(_:becoming:)`, when only logit i changes.
    mutating func fold(_ previous: LogitDocument, changingLogitAt i: Int) {
        guard canUndo else { return record(previous, changingLogitAt: i) }
        past[past.count - 1].keep(from: previous.logits, changedAt: i)
    }

    /// Replaces `current` with the document before it; false when there is none. The logits are
    /// patched in place when `current` holds the only reference to them.
    mutating func undo(_ current: inout LogitDocument) -> Bool {
        canUndo && Self.step(from: &past, to: &future, &current)
    }

    /// Replaces `current` with the document undo left; false when there is none.
    mutating func redo(_ current: inout LogitDocument) -> Bool {
        Self.step(from: &future, to: &past, &current)
    }

    private mutating func push(_ level: Level) {
        past.append(level)
        if past.count - pastStart > Self.limit {
            past[pastStart] = .dropped
            pastStart += 1
            if pastStart >= Self.limit {
                past.removeFirst(pastStart)
                pastStart = 0
            }
        }
        future.removeAll()
    }

    /// Moves `current` onto `to` (as a patch against the document it becomes) and the top of
    /// `from` into `current`.
    private static func step(from: inout [Level], to: inout [Level], _ current: inout LogitDocument) -> Bool {
        guard let level = from.popLast() else { return false }
        var logits = current.logits
        current.logits = []
        let restored = level.restore(onto: &logits)
        var left = current
        left.logits = logits
        to.append(restored.inverse(of: left))
        current = restored.document
        return true
    }

    /// One document of a stack, its logits as the changes from its neighbour's (or whole).
    private struct Level: Equatable, Sendable {
        /// The document, with `logits` emptied while `patch` is set.
        var document: LogitDocument
        /// This level's logit for each entry in which it differs from its neighbour's.
        var patch: [Int: Double]?

        /// What a level beyond the limit is left as until it is removed: nothing held.
        static let dropped = Level(LogitDocument(logits: []), patch: [:])

        /// `document` against the logits it is about to become.
        init(_ document: LogitDocument, above neighbour: [Double]) {
            self.document = document
            patch = Self.difference(document.logits, from: neighbour)
            if patch != nil { self.document.logits = [] }
        }

        init(_ document: LogitDocument, changingLogitAt i: Int) {
            self.init(document, patch: [i: document.logits[i]])
        }

        init(_ document: LogitDocument, patch: [Int: Double]) {
            self.document = document
            self.document.logits = []
            self.patch = patch
        }

        /// The entries of `own` that differ from `neighbour`, nil when that is not compact.
        static func difference(_ own: [Double], from neighbour: [Double]) -> [Int: Double]? {
            guard own.count == neighbour.count, own.count >= 16 else { return nil }
            let same = own.withUnsafeBufferPointer { a in
                neighbour.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress }
            }
            if same { return [:] }
            var changes: [Int: Double] = [:]
            let limit = own.count / 4
            for i in own.indices where own[i].bitPattern != neighbour[i].bitPattern {
                changes[i] = own[i]
                if changes.count > limit { return nil }
            }
            return changes
        }

        /// The neighbour's logits went from `old` to `new`: entries not yet patched keep their old
        /// value here.
        mutating func keep(from old: [Double], changedTo new: [Double]) {
            guard var changes = patch else { return }
            guard old.count == new.count else {
                expand(from: old)
                return
            }
            for i in old.indices where old[i].bitPattern != new[i].bitPattern && changes[i] == nil {
                changes[i] = old[i]
            }
            if changes.count > old.count / 4 {
                expand(from: old)
            } else {
                patch = changes
            }
        }

        mutating func keep(from old: [Double], changedAt i: Int) {
            if patch != nil && patch?[i] == nil { patch?[i] = old[i] }
        }

        /// Makes the logits whole from the neighbour's (`logits`, as they were before a change).
        private mutating func expand(from logits: [Double]) {
            guard let changes = patch else { return }
            var whole = logits
            for (i, z) in changes { whole[i] = z }
            document.logits = whole
            patch = nil
        }

        /// This level as a whole document, made from its neighbour's `logits` (patched in place).
        func restore(onto logits: inout [Double]) -> Restored {
            guard let changes = patch else {
                return Restored(document: document, replaced: nil)
            }
            var replaced: [Int: Double] = [:]
            for (i, z) in changes {
                replaced[i] = logits[i]
                logits[i] = z
            }
            var whole = document
            whole.logits = logits
            logits = []
            return Restored(document: whole, replaced: replaced)
        }

        static func == (a: Level, b: Level) -> Bool {
            a.document == b.document && a.patch?.mapValues(\.bitPattern) == b.patch?.mapValues(\.bitPattern)
        }
    }

    /// A level restored: the document, and what is needed to record the one it replaced.
    private struct Restored {
        let document: LogitDocument
        /// The entries the patch overwrote, with their values before; nil when the level was whole.
        let replaced: [Int: Double]?

        /// `left`, the document replaced (its logits whole when the level was), as a level above
        /// this document.
        func inverse(of left: LogitDocument) -> Level {
            guard let replaced else { return Level(left, above: document.logits) }
            return Level(left, patch: replaced)
        }
    }
}

extension ExplorerState {
    /// Returns the save the action asks for, if any (`Effect.save`).
    mutating func applySession(_ action: SessionAction) -> [Effect] {
        switch action {
        case .beginSave:
            overlay = .none
            field = EditField(purpose: .sessionPath, index: selection, text: session.path)
        case .save(let path):
            let trimmed = String(Substring(path).trimmingBlanks())
            guard !trimmed.isEmpty else {
                message = .error("type a file name to save the session to")
                return []
            }
            // A name that reorders itself on screen, or shows less than it holds, is not saved to.
            if let bad = trimmed.unicodeScalars.first(where: UnsafeScalar.refusedInFileName),
               let kind = UnsafeScalar.kind(of: bad) {
                message = .error("a file name cannot hold \(kind.described) (\(UnsafeScalar.codePoint(bad)))")
                return []
            }
            field = nil
            session.path = trimmed
            return [.save(SaveRequest(path: trimmed, session: SavedSession(self)))]
        case .askToOverwrite(let path):
            overlay = .confirmOverwrite(path: path)
        case .confirmOverwrite:
            guard case .confirmOverwrite(let path) = overlay else { return [] }
            overlay = .none
            return [.save(SaveRequest(path: path, session: SavedSession(self), overwrite: true))]
        case .declineOverwrite:
            guard case .confirmOverwrite(let path) = overlay else { return [] }
            overlay = .none
            message = .info("not saved: \(path) left as it was")
        case .saved(let path):
            message = .info("session saved to \(path) (--session \(path) reopens it)")
        case .saveFailed(let reason):
            message = .error(reason)
        }
        return []
    }
}

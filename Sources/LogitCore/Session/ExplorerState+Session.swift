extension ExplorerState {
    mutating func applySession(_ action: SessionAction) {
        switch action {
        case .beginSave:
            overlay = .none
            field = EditField(purpose: .sessionPath, index: selection, text: session.path)
        case .save(let path):
            let trimmed = String(Substring(path).trimmingBlanks())
            guard !trimmed.isEmpty else {
                message = .error("type a file name to save the session to")
                return
            }
            guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                message = .error("a file name cannot hold control characters")
                return
            }
            field = nil
            session.path = trimmed
            session.saveRequest = SaveRequest(path: trimmed, session: SavedSession(self))
        case .askToOverwrite(let path):
            session.saveRequest = nil
            overlay = .confirmOverwrite(path: path)
        case .confirmOverwrite:
            guard case .confirmOverwrite(let path) = overlay else { return }
            overlay = .none
            session.saveRequest = SaveRequest(path: path, session: SavedSession(self), overwrite: true)
        case .declineOverwrite:
            guard case .confirmOverwrite(let path) = overlay else { return }
            overlay = .none
            message = .info("not saved: \(path) left as it was")
        case .saved(let path):
            session.saveRequest = nil
            message = .info("session saved to \(path) (--session \(path) reopens it)")
        case .saveFailed(let reason):
            session.saveRequest = nil
            message = .error(reason)
        }
    }
}

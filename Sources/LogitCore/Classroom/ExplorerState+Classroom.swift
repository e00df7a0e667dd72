/// The classroom's actions, applied by the one reducer (`update` hands `.classroom` here).
extension ExplorerState {
    /// Returns what the action asks of the backend: an export, or whatever a tour step's revealed
    /// actions ask for.
    mutating func applyClassroom(_ action: ClassroomAction) -> [Effect] {
        switch action {
        case .toggleMaxTrick:
            classroom.maxTrick.toggle()
            message = .info(classroom.maxTrick
                ? "max trick on: the bars subtract the max logit before exp"
                : "max trick off: the bars show naive e^(z/T) / Σ e^(z/T) in \(document.precision.displayName)")
        case .focus(let panel):
            classroom.focus = panel
        case .cycleFocus(let forward):
            let order: [ClassroomPanel?] = [nil] + ClassroomPanel.allCases
            let i = order.firstIndex(of: classroom.focus) ?? 0
            classroom.focus = order[(i + (forward ? 1 : order.count - 1)) % order.count]
        case .cycleOnlineBlock:
            let next = OnlineSoftmax.nextBlock(after: document.effectiveOnlineBlock, count: document.count)
            return applyClassroom(.setOnlineBlock(next))
        case .setOnlineBlock(let b):
            guard b >= 1 else { return [] }
            change { $0.onlineBlock = b }
            classroom.focus = .online
            let blocks = OnlineSoftmax.blockCount(count: document.count, block: b)
            message = .info("online softmax in blocks of B = \(b): \(blocks) block\(blocks == 1 ? "" : "s") of \(document.count) classes")
        case .toggleBinaryLabel:
            let i = selection
            guard document.binaryLabels.indices.contains(i) else { return [] }
            change { $0.binaryLabels[i].toggle() }
            message = .info("\(document.labels.displayName(at: i)): multi-label target y = \(document.binaryLabels[i] ? 1 : 0)")

        case .openPresets:
            let current = Preset.all.firstIndex { $0.document == document } ?? 0
            overlay = .presets(cursor: current)
        case .movePresetCursor(let delta):
            guard case .presets(let cursor) = overlay else { return [] }
            let n = Preset.all.count
            overlay = .presets(cursor: min(max(cursor + min(max(delta, -n), n), 0), n - 1))
        case .choosePreset:
            guard case .presets(let cursor) = overlay, Preset.all.indices.contains(cursor) else { return [] }
            overlay = .none
            load(Preset.all[cursor])
        case .loadPreset(let name):
            guard let preset = Preset.named(name) else {
                message = .error(Preset.unknownMessage(name))
                return []
            }
            overlay = .none
            load(preset)

        case .startTour:
            goToTourStep(0)
        case .endTour:
            classroom.tour = nil
            message = .info("tour over: everything stays as it is (u undoes)")
        case .toggleTour:
            return applyClassroom(classroom.tour == nil ? .startTour : .endTour)
        case .tourStep(let delta):
            guard let tour = classroom.tour else { return [] }
            let next = tour.step + min(max(delta, -Tour.steps.count), Tour.steps.count)
            if next >= Tour.steps.count {
                return applyClassroom(.endTour)
            } else {
                goToTourStep(max(next, 0))
            }
        case .goToTourStep(let n):
            goToTourStep(n)
        case .revealTourStep:
            guard var tour = classroom.tour, !tour.revealed else { return [] }
            tour.revealed = true
            classroom.tour = tour
            return Tour.steps[tour.step].reveal.flatMap { apply($0) }

        case .togglePresentation:
            classroom.presenting.toggle()

        case .openExport:
            overlay = .export
        case .requestExport(let format):
            overlay = .none
            return [.export(format)]
        case .exportFinished(let path):
            message = .info("saved \(path)")
        case .exportFailed(let reason):
            message = .error(reason)
        }
        return []
    }

    private mutating func load(_ preset: Preset) {
        change { $0 = preset.document }
        selection = 0
        classroom.focus = preset.focus
        message = .info("\(preset.name): \(preset.summary)")
    }

    /// Sets the explorer up for step n: its document (one undo step), selection and panels.
    private mutating func goToTourStep(_ n: Int) {
        guard Tour.steps.indices.contains(n) else { return }
        let step = Tour.steps[n]
        overlay = .none
        field = nil
        change { $0 = step.document }
        selection = min(step.selection, max(document.count - 1, 0))
        classroom.focus = step.focus
        classroom.maxTrick = step.maxTrick
        classroom.tour = TourProgress(step: n, revealed: false)
    }
}

extension ExplorerState {
    /// An explorer running the guided tour from its first step (`--tour`).
    public static func touring() -> ExplorerState {
        update(ExplorerState(), .classroom(.startTour)).state
    }
}

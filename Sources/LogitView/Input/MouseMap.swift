import LogitCore

/// Mouse events to actions, by hit-testing the frame on screen: a click lands on what the user sees.
public enum MouseMap {
    public static func action(for event: MouseEvent, in frame: Frame) -> Action? {
        let state = frame.state
        if state.overlay == .help {
            return event.kind == .press ? .dismissOverlay : nil
        }
        // An open field keeps the input until Enter or Esc.
        guard state.field == nil else { return nil }
        if case .calibration(let layout) = frame.arrangement {
            return frame.isTooSmall && event.kind == .press ? nil : CalibrationView.action(for: event, layout: layout)
        }
        switch event.kind {
        case .scrollUp: return .moveSelection(by: -1)
        case .scrollDown: return .moveSelection(by: 1)
        case .release: return nil
        case .press, .drag: break
        }
        guard !frame.isTooSmall else { return nil }
        switch frame.arrangement {
        case .list(let layout): return ListView.action(for: event, in: state, layout: layout)
        case .panels(let layout): return action(for: event, in: state, layout: layout)
        case .calibration: return nil
        }
    }

    private static func action(for event: MouseEvent, in state: ExplorerState, layout: Layout) -> Action? {
        if event.kind == .press && layout.isHelpButton(x: event.x, y: event.y) { return .toggleHelp }
        if event.kind == .drag {
            // A drag keeps acting on the class it was pressed on (the press selected it), whatever
            // row the pointer wanders over; only x matters.
            let i = state.selection
            if let z = layout.logitValue(atX: event.x) {
                return .gesture(.setLogit(index: i, value: z), starts: false)
            }
            if let p = layout.probability(atX: event.x) {
                return .gesture(.setProbability(index: i, probability: p), starts: false)
            }
            return nil
        }
        guard let i = layout.classIndex(atY: event.y) else { return nil }
        if layout.logits.contains(x: event.x, y: event.y), let z = layout.logitValue(atX: event.x) {
            return .gesture(.setLogit(index: i, value: z), starts: true)
        }
        if layout.softmax.contains(x: event.x, y: event.y), let p = layout.probability(atX: event.x) {
            return .gesture(.setProbability(index: i, probability: p), starts: true)
        }
        return .select(i)
    }
}

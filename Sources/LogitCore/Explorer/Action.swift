/// Every user intent, named. Keys, mouse events and input fields all become actions; `update`
/// applies them. Nothing else changes the state.
public enum Action: Equatable, Sendable {
    // Selection
    case moveSelection(by: Int)
    case select(Int)
    case selectFirst
    case selectLast

    // Rows (a file of rows: generation steps or samples)
    /// Opens the row `by` rows on (−1 previous, +1 next), clamped to the rows.
    case moveRow(by: Int)
    /// Opens row i (clamped: `Int.max` is the last).
    case openRow(Int)

    // Logits
    /// Moves the selected logit by `steps` times the current step (−1 for ←, +1 for →).
    case nudgeLogit(steps: Int)
    case setLogit(index: Int, value: Double)
    /// Sets class i's softmax probability by solving for its logit with the others held fixed:
    /// zᵢ = T · (logit(p) + logsumexp of the others), which shows that a logit is log-odds against the rest.
    case setProbability(index: Int, probability: Double)
    /// Adds a constant to every finite logit (softmax does not move: shift invariance).
    case shiftAll(by: Double)
    /// Cycles the nudge step through 0.01, 0.1, 1, 10.
    case cycleStep(up: Bool)

    // Temperature and precision
    /// Multiplies or divides T by one log-scale step (×1.25, so 10 presses is ≈ ×9.3).
    case scaleTemperature(up: Bool)
    case resetTemperature
    case setTemperature(Double)
    case cyclePrecision
    case setPrecision(Precision)

    // Thresholds and target
    /// Moves the global sigmoid threshold by 0.05 (clamped inside (0, 1)).
    case nudgeThreshold(up: Bool)
    /// Moves the selected class's own threshold (created from the global one on first use).
    case nudgeClassThreshold(up: Bool)
    case clearClassThreshold
    /// Makes the selected class the cross-entropy target, or clears it if it already is.
    case toggleTarget

    // Classes
    case addClass
    case deleteClass

    /// A mouse press (`starts`) or a drag continuing it, carrying a `setLogit` or `setProbability`.
    /// It selects the class it acts on, and the whole press-and-drag is one undo step, not one per
    /// motion event.
    indirect case gesture(Action, starts: Bool)

    // History
    case undo
    case redo

    // Input fields
    case beginEdit(EditField.Purpose)
    case edit(TextEdit)
    case commitEdit
    case cancelEdit

    // Vocabulary scale: order, paging, search, filters, sampling
    /// Lists (and moves the selection through) the classes by index or by rank.
    case toggleOrder
    case setOrder(ClassOrder)
    /// Moves the selection by `pages` times `pageRows` in the order shown. A page is what the
    /// frame on screen shows, which only the view knows: the key mapping fills it in from the
    /// frame the key was pressed on, so the core never has to be told the screen's size.
    case movePage(by: Int, pageRows: Int)
    /// Selects the next (or previous) class, in the order shown, whose label matches the last search.
    case findNext(forward: Bool)
    /// Makes a filter tighter or looser by one step of its ladder; past the loosest step it turns off.
    case nudgeFilter(FilteredDistribution.Stage.Filter, looser: Bool)
    case setFilters(SamplingFilters)
    case setSeed(UInt64)
    /// Draws `count` tokens from the filtered distribution with the session's generator.
    case draw(count: Int)

    // Overlays and messages
    case toggleHelp
    case dismissOverlay
    /// Asks the backend to leave (`Effect.quit`).
    case quit

    /// The classroom: lab, presets, tour, presentation, export (see `ClassroomAction`).
    case classroom(ClassroomAction)

    /// The calibration view of a dataset (see `CalibrationAction`).
    case calibration(CalibrationAction)

    /// Saving the session (`w`) and the backend's answers (see `SessionAction`).
    case session(SessionAction)
}

/// One keystroke's effect on a text field.
public enum TextEdit: Equatable, Sendable {
    case insert(String)
    case deleteBackward
    case deleteForward
    case moveLeft
    case moveRight
    case moveToStart
    case moveToEnd
}

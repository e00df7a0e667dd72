/// The classroom's intents: every key of the lab, the presets, the tour, presentation and export
/// becomes one of these, applied by `update` like any other action.
public enum ClassroomAction: Equatable, Sendable {
    /// Turns the max-subtraction trick off (naive bars) or back on.
    case toggleMaxTrick
    /// Puts a classroom panel in focus, or nil for the sigmoid panel.
    case focus(ClassroomPanel?)
    /// Cycles the focus: none → steps → lab → binary → loss → log-softmax → online → none.
    case cycleFocus(forward: Bool)
    /// Steps the online softmax's block size through `OnlineSoftmax.blockSizes` (1, 2, 4, … and
    /// one block of every class), wrapping round, and shows the online panel, which draws it.
    case cycleOnlineBlock
    /// Sets the block size (at least 1), as `--block B` does.
    case setOnlineBlock(Int)
    /// Toggles the selected class's multi-label target (y = 1 or 0) for binary cross-entropy.
    case toggleBinaryLabel

    /// Opens the preset picker on the current preset (or the first).
    case openPresets
    case movePresetCursor(by: Int)
    /// Loads the preset under the picker's cursor.
    case choosePreset
    /// Loads a preset by name (the picker and `--preset` both end here).
    case loadPreset(String)

    case startTour
    case endTour
    case toggleTour
    /// Moves to the next (+1) or previous (−1) step.
    case tourStep(by: Int)
    case goToTourStep(Int)
    /// Reveals the current step's answer, applying its actions (space).
    case revealTourStep

    case togglePresentation

    case openExport
    /// Closes the export menu and asks for the export (`Effect.export`).
    case requestExport(ExportFormat)
    /// The backend's answer to an export.
    case exportFinished(path: String)
    case exportFailed(String)
}

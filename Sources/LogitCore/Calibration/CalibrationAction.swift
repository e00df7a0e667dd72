/// The calibration view's intents (issue 12): opening it over a dataset, setting the fitted
/// temperature, and walking its list of rows to open one in the explorer.
public enum CalibrationAction: Equatable, Sendable {
    /// Opens the view (making its figures and the fit the first time), or goes back to the explorer.
    case toggleView
    /// Sets T to the fitted temperature (one undo step, as any temperature change).
    case setFittedTemperature
    /// Lists the rows worst first, by confidence, or by loss, in turn.
    case cycleOrder
    /// Moves the list's cursor by n rows (a page is what the frame on screen shows).
    case moveCursor(by: Int)
    /// Moves the cursor to index i of the list (clamped: `Int.max` is the last).
    case moveCursorTo(Int)
    /// Opens the row under the cursor in the explorer.
    case openSelected
    /// A click on index i of the list: selects it, or opens it when it is already selected.
    case click(Int)
}

import LogitCore

/// What a screen of the explorer is made of: the row panels (logits, softmax, sigmoid, the
/// classroom's) with their `Layout`, or the ranked list with its `ListLayout`, as
/// `ExplorerState.showsList` says. The one place a layout is built, for a `Frame` and for
/// `--print` alike.
enum Arrangement {
    case panels(Layout)
    case list(ListLayout)
    /// The calibration view of a dataset, in place of either (`CalibrationView`).
    case calibration(CalibrationLayout)

    init(_ state: ExplorerState, size: Size, mode: Layout.Mode, options: RenderOptions) {
        #if DEBUG
        LayoutCensus.record()
        #endif
        if mode == .interactive && state.showsCalibration {
            self = .calibration(CalibrationLayout(state, size: size, options: options))
            return
        }
        self = state.showsList
            ? .list(ListLayout(state, size: size, mode: mode, options: options))
            : .panels(Layout(state, size: size, mode: mode, options: options))
    }

    var isTooSmall: Bool {
        switch self {
        case .panels(let layout): layout.isTooSmall
        case .list(let layout): layout.isTooSmall
        case .calibration(let layout): layout.isTooSmall
        }
    }

    /// The rows the screen takes (a printout grows to fit).
    var height: Int {
        switch self {
        case .panels(let layout): layout.height
        case .list(let layout): layout.height
        case .calibration(let layout): layout.size.height
        }
    }

    /// The status line (none in a printout).
    var status: Rect {
        switch self {
        case .panels(let layout): layout.status
        case .list(let layout): layout.status
        case .calibration(let layout): layout.status
        }
    }

    /// The keys the help overlay lists beside what is shown.
    var helpSections: [KeySection] {
        switch self {
        case .panels: HelpOverlay.panelSections
        case .list: HelpOverlay.listSections
        case .calibration: HelpOverlay.calibrationSections
        }
    }

    /// Draws everything but the status line and the overlays.
    func draw(_ state: ExplorerState, on screen: inout Screen) {
        switch self {
        case .panels(let layout):
            drawPanels(state, layout: layout, on: &screen)
            LessonBox.draw(state, in: layout.lesson, layout: layout, on: &screen)
        case .list(let layout):
            ListView.draw(state, layout: layout, on: &screen)
        case .calibration(let layout):
            CalibrationView.draw(state, layout: layout, on: &screen)
        }
    }
}

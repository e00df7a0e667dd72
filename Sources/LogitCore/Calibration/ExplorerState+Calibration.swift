extension ExplorerState {
    /// True while the calibration view replaces the explorer's panels.
    public var showsCalibration: Bool { rows?.calibrationOpen == true && rows?.calibration != nil }

    mutating func applyCalibration(_ action: CalibrationAction) {
        switch action {
        case .toggleView:
            if showsCalibration {
                rows!.calibrationOpen = false
                message = .info("the explorer on row \(rows!.position); C returns to the calibration view")
                return
            }
            guard prepareCalibration() else { return }
            rows!.calibrationOpen = true
            syncCalibration()
            let c = rows!.calibration!
            let fit = c.fitted.temperature.map { "fitted T = \(formatPlain(roundSignificant($0, digits: 6)))" } ?? c.fitted.explanation
            message = .info("calibration of \(c.set.count) rows: \(fit)\(c.fitted.temperature == nil ? "" : ", F sets it"); C goes back")
        case .setFittedTemperature:
            guard prepareCalibration() else { return }
            guard let t = rows!.calibration!.fitted.temperature else {
                message = .error("no fitted temperature: \(rows!.calibration!.fitted.explanation)")
                return
            }
            change { $0.temperature = t }
            message = .info("T = \(formatPlain(roundSignificant(t, digits: 6))), the temperature that minimizes the NLL")
        case .cycleOrder:
            guard showsCalibration else { return }
            rows!.calibration!.cycleOrder()
        case .moveCursor(let n):
            guard showsCalibration else { return }
            let c = rows!.calibration!.cursor
            // Clamped without overflow for a page of Int.max.
            rows!.calibration!.moveCursor(to: n >= 0 ? (c > Int.max - n ? Int.max : c + n) : (c < Int.min - n ? 0 : c + n))
        case .moveCursorTo(let i):
            guard showsCalibration else { return }
            rows!.calibration!.moveCursor(to: i)
        case .click(let i):
            guard showsCalibration, rows!.calibration!.listed.indices.contains(i) else { return }
            if rows!.calibration!.cursor == i {
                openCalibrationSelection()
            } else {
                rows!.calibration!.moveCursor(to: i)
            }
        case .openSelected:
            guard showsCalibration else { return }
            openCalibrationSelection()
        }
    }

    /// Makes the view's figures and the fit when they are not made yet; false (with the reason
    /// on the status line) when the file is not a dataset.
    private mutating func prepareCalibration() -> Bool {
        guard let session = rows else {
            message = .error("calibration needs a dataset: a --file of rows ([rows, classes]) with --targets")
            return false
        }
        if session.calibration != nil { return true }
        guard let tensor = session.tensor else {
            message = .error("calibration needs full rows: a response lists only its top alternatives")
            return false
        }
        guard tensor.hasTargets,
              let made = CalibrationSession(rows: tensor, bins: session.calibrationBins, temperature: document.temperature) else {
            message = .error("no targets: the calibration view needs --targets, one class per row")
            return false
        }
        rows!.calibration = made
        return true
    }

    private mutating func openCalibrationSelection() {
        let row = rows!.calibration!.selectedRow
        rows!.calibrationOpen = false
        if row == rows!.position {
            message = .info("row \(row) is open; C returns to the calibration view")
        } else {
            openRow(row)
        }
    }

    /// The view's figures at the document's temperature, after any action that may have changed
    /// it (a key, undo, a typed value); nothing while the view is closed.
    mutating func syncCalibration() {
        guard showsCalibration, rows!.calibration!.temperature != document.temperature else { return }
        rows!.calibration!.evaluate(at: document.temperature)
    }
}

import RealModule

/// What the calibration view shows of a dataset (issue 12): the figures at the explorer's
/// temperature beside those at the fitted one, and the rows in an order, with a cursor.
///
/// Made when the view first opens (the set, the fit: a few passes over the logits), kept in the
/// `RowSession` while the file is open, so going back to the explorer and returning costs nothing.
/// A temperature key while the view is open makes one `CalibrationPass` at the new T and bins it
/// (`evaluate`): the per-keystroke work is that pass, the bins and the order's sort. The figures
/// are the file's logits (an edit of the open row is the explorer's, not the dataset's), computed
/// in the file's type as `--json`'s `calibration` computes them.
public struct CalibrationSession: Sendable {
    public let logits: CalibrationLogits
    public let set: CalibrationSet
    public let bins: ConfidenceBins
    public let fitted: FittedTemperature
    /// The figures at the fitted temperature, nil when the NLL has no minimum.
    public let atFitted: CalibrationFigures?
    /// How many passes over the logits the fit took.
    public let fitPasses: Int
    /// The temperature `pass` and `figures` were made for (the document's, unrounded).
    public private(set) var temperature: Double
    public private(set) var pass: CalibrationPass
    public private(set) var figures: CalibrationFigures
    public private(set) var order: CalibrationRowOrder = .worstFirst
    /// Positions into `set.rows` (and the pass's arrays) in `order`.
    public private(set) var listed: [Int]
    /// The list's cursor, an index into `listed`.
    public private(set) var cursor = 0

    /// The rows' calibration at `temperature`, with the fit; nil when no row has a target.
    public init?(rows: LogitRows, bins: ConfidenceBins, temperature: Double) {
        guard rows.hasTargets else { return nil }
        let logits = CalibrationLogits(rows)
        let targets = rows.calibrationTargets
        typealias Made = (set: CalibrationSet, fit: TemperatureFit, pass: CalibrationPass)
        func make<F: LogitFloat>(_ z: UnsafeBufferPointer<F>) -> Made? {
            // The rows were checked when opened and the targets when given: only "no targets" is left.
            guard let set = try? CalibrationSet(logits: z, classes: rows.classCount, targets: targets) else { return nil }
            return (set, TemperatureFit(logits: z, set: set), CalibrationPass(logits: z, set: set, temperature: temperature, slope: false))
        }
        let made: Made? = logits.withMatrix { m in
            switch m {
            case .float32(let z): make(z)
            case .float64(let z): make(z)
            }
        }
        guard let made else { return nil }
        self.logits = logits
        set = made.set
        self.bins = bins
        fitted = made.fit.fitted
        atFitted = made.fit.pass.map { CalibrationFigures(pass: $0, set: made.set, bins: bins) }
        fitPasses = made.fit.evaluations
        self.temperature = temperature
        pass = made.pass
        figures = CalibrationFigures(pass: made.pass, set: made.set, bins: bins)
        listed = CalibrationRowOrder.worstFirst.ordered(made.pass, set: made.set)
    }

    /// The file row under the cursor.
    public var selectedRow: Int { self.set.rows[listed[cursor]] }

    /// p(target) of list position p (into `set.rows`) at the current T: e^(−loss).
    public func targetProbability(_ p: Int) -> Double { Double.exp(-pass.loss[p]) }

    /// Every figure again at `t`: one pass, the bins, the order; the cursor stays on its row.
    public mutating func evaluate(at t: Double) {
        guard t != temperature else { return }
        let kept = listed[cursor]
        let set = self.set
        pass = logits.withMatrix { m in
            switch m {
            case .float32(let z): CalibrationPass(logits: z, set: set, temperature: t, slope: false)
            case .float64(let z): CalibrationPass(logits: z, set: set, temperature: t, slope: false)
            }
        }
        temperature = t
        figures = CalibrationFigures(pass: pass, set: set, bins: bins)
        listed = order.ordered(pass, set: set)
        cursor = listed.firstIndex(of: kept) ?? 0
    }

    /// The next order (worst first → confidence → loss → worst first), the cursor at its top.
    public mutating func cycleOrder() {
        let all = CalibrationRowOrder.allCases
        order = all[(all.firstIndex(of: order)! + 1) % all.count]
        listed = order.ordered(pass, set: set)
        cursor = 0
    }

    /// Moves the cursor to index i of the list, clamped.
    public mutating func moveCursor(to i: Int) {
        cursor = min(max(i, 0), listed.count - 1)
    }
}

extension CalibrationSession: Equatable {
    /// The same data at the same temperature, order and cursor (the arrays follow from these).
    public static func == (a: CalibrationSession, b: CalibrationSession) -> Bool {
        a.set == b.set && a.bins == b.bins && a.temperature == b.temperature && a.figures == b.figures
            && a.order == b.order && a.cursor == b.cursor && a.fitted == b.fitted
    }
}

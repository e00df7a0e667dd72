/// The explorer on a file of rows: which row is open, each row's figures for the strip, and the
/// work left in rows the user stepped away from.
///
/// The open row is the document: its logits are `LogitRows.row(position)` as Doubles, its target
/// the row's target. Stepping keeps the temperature, precision, filters, thresholds and labels
/// (they belong to the reading, not to a row). A row left with edits — logits changed, the target
/// chosen anew, or anything to undo — keeps them here (`kept`), with its undo history, and gets
/// them back when it is opened again; the status line says so, and the quit line prints the open
/// row's edits with a note naming every other row that has some. Nothing is lost silently.
///
/// A file of rows keeps its classes: adding or deleting a class, a preset and the tour (which
/// replace the document) are refused while rows are open.
public struct RowSession: Sendable, Equatable {
    public let rows: LogitRows
    /// The open row, 0-based.
    public internal(set) var position: Int
    /// Every row's entropy and its chosen token's surprisal at T = 1 in Float64 — the model's own
    /// distribution, made once when the file opens (a temperature key would otherwise redo every
    /// row); the strip says so.
    public let figures: [RowFigures]
    /// The largest finite surprisal and entropy among `figures`: the strip's scales, made once.
    public let surprisalScale: Double
    public let entropyScale: Double
    /// Rows left with edits: their document logits, target and undo history.
    public internal(set) var kept: [Int: KeptRow] = [:]
    /// The calibration's confidence bins (`--bins`, default 15), when the rows have targets.
    public var calibrationBins = ConfidenceBins()
    /// The calibration view's figures, made when it first opens (nil before, and without targets).
    public internal(set) var calibration: CalibrationSession?
    /// The calibration view replaces the explorer's panels while this is true.
    public internal(set) var calibrationOpen = false

    public struct KeptRow: Sendable, Equatable {
        public let logits: [Double]
        public let target: Int?
        let history: History
    }

    /// `strip`: make the strip's figures (every row's); `--json` and `--print` make their own at
    /// the report's temperature and pass false.
    public init(rows: LogitRows, position: Int, strip: Bool = true) {
        self.rows = rows
        self.position = min(max(position, 0), rows.rowCount - 1)
        figures = strip ? rows.allFigures() : []
        surprisalScale = figures.map(\.surprisal).filter(\.isFinite).max() ?? 0
        entropyScale = figures.map(\.entropyNats).filter(\.isFinite).max() ?? 0
    }

    /// Rows other than the open one that hold edits, ascending.
    public var editedRows: [Int] { kept.keys.filter { $0 != position }.sorted() }

    public static func == (a: RowSession, b: RowSession) -> Bool {
        a.rows == b.rows && a.position == b.position && a.kept == b.kept && a.calibrationBins == b.calibrationBins
            && a.calibrationOpen == b.calibrationOpen && a.calibration == b.calibration
    }
}

extension LogitRows: Equatable {
    /// The same rows of the same bytes (one storage is one file opened once), and the same targets.
    public static func == (a: LogitRows, b: LogitRows) -> Bool {
        a.storage === b.storage && a.offset == b.offset && a.rowCount == b.rowCount
            && a.classCount == b.classCount && a.targets == b.targets
    }
}

extension ExplorerState {
    /// Opens row `p` (clamped to the rows), keeping the open row's edits first.
    mutating func openRow(_ p: Int) {
        guard var session = rows else {
            message = .error("no rows to step through: open a [rows, vocab] array file with --file")
            return
        }
        let p = min(max(p, 0), session.rows.rowCount - 1)
        guard p != session.position else {
            message = .info("row \(p) of 0–\(session.rows.rowCount - 1)\(p == 0 ? ": the first" : ": the last")")
            return
        }
        let left = session.position
        let pristine = session.rows.row(left)
        let edited = history.canUndo || history.canRedo || document.target != session.rows.target(at: left)
            || !document.logits.elementsEqual(pristine, by: { $0.bitPattern == $1.bitPattern })
        session.kept[left] = edited ? .init(logits: document.logits, target: document.target, history: history) : nil
        let ranking = detachDerived()
        if let k = session.kept[p] {
            document.logits = k.logits
            document.target = k.target
            history = k.history
        } else {
            document.logits = session.rows.row(p)
            document.target = session.rows.target(at: p)
            history = History()
        }
        session.position = p
        rows = session
        attachDerived(ranking: consume ranking)
        // The row's chosen token (its target, else its argmax) is selected, at the top of the
        // list or wherever the target ranks.
        selection = document.target ?? analysis.argmax
        let chosen = document.target.map { "target \($0)" } ?? "no target: the chosen token is the argmax"
        var text = "row \(p) of 0–\(session.rows.rowCount - 1), \(chosen)"
        if edited { text += "; row \(left)'s edits are kept" }
        if session.kept[p] != nil { text += "; this row's edits are back" }
        message = .info(text)
    }

    /// Why `action` is refused while rows are open, or nil.
    func refusalWithRows(_ action: Action) -> String? {
        guard rows != nil else { return nil }
        switch action {
        case .addClass, .deleteClass:
            return "a file of rows keeps its classes: adding or deleting one does not apply"
        case .classroom(.choosePreset), .classroom(.loadPreset), .classroom(.startTour), .classroom(.toggleTour):
            return "presets and the tour replace the document: not while a file of rows is open"
        default:
            return nil
        }
    }
}

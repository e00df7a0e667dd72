/// The explorer on a file of rows: which row is open, each row's figures for the strip, and the
/// work left in rows the user stepped away from.
///
/// The rows come from a `RowSource`: a tensor's rows (`LogitRows`) or an API response's generated
/// tokens (`LogprobSequence`), one code path for both. The open row is the document: its logits
/// and target are the row's (`RowSource.content(of:)`), and for a response's token its labels and
/// rest too. Stepping keeps the temperature, precision, filters, thresholds and labels of a
/// tensor (they belong to the reading, not to a row). A row left with edits — logits changed, the
/// target chosen anew, or anything to undo — keeps them here (`kept`), with its undo history, and
/// gets them back when it is opened again; the status line says so, and the quit line prints the
/// open row's edits with a note naming every other row that has some. Nothing is lost silently.
///
/// A file of rows keeps its classes: adding or deleting a class, a preset and the tour (which
/// replace the document) are refused while rows are open.
public struct RowSession: Sendable, Equatable {
    public let source: RowSource
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
        /// The row's own classes as the user left them (a response's token); nil for a tensor's.
        public let classes: RowClasses?
        let history: History

        var content: RowContent { RowContent(logits: logits, target: target, classes: classes) }
    }

    /// `strip`: make the strip's figures (every row's); `--json` and `--print` make their own at
    /// the report's temperature and pass false.
    public init(source: RowSource, position: Int, strip: Bool = true) {
        self.source = source
        self.position = min(max(position, 0), source.rowCount - 1)
        figures = strip ? source.allFigures() : []
        surprisalScale = figures.filter { !$0.belowListed }.map(\.surprisal).filter(\.isFinite).max() ?? 0
        entropyScale = figures.map(\.entropyNats).filter(\.isFinite).max() ?? 0
    }

    public init(rows: LogitRows, position: Int, strip: Bool = true) {
        self.init(source: .tensor(rows), position: position, strip: strip)
    }

    public var rowCount: Int { source.rowCount }

    /// The tensor, when the rows are one.
    public var tensor: LogitRows? { source.tensor }

    /// Rows other than the open one that hold edits, ascending.
    public var editedRows: [Int] { kept.keys.filter { $0 != position }.sorted() }

    /// Row r as it stands: its kept edits, else the file's row.
    public func content(of r: Int) -> RowContent {
        kept[r]?.content ?? source.content(of: r)
    }

    public static func == (a: RowSession, b: RowSession) -> Bool {
        a.source == b.source && a.position == b.position && a.kept == b.kept && a.calibrationBins == b.calibrationBins
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
            message = .error("no rows to step through: open a [rows, vocab] array file or an API response with --file")
            return
        }
        let last = session.rowCount - 1
        let p = min(max(p, 0), last)
        guard p != session.position else {
            message = .info("row \(p) of 0–\(last)\(p == 0 ? ": the first" : ": the last")")
            return
        }
        let left = session.position
        let edited = isEdited(row: left, of: session.source)
        session.kept[left] = edited
            ? .init(logits: document.logits, target: document.target,
                    classes: session.source.rowsHaveOwnClasses ? RowClasses(document) : nil, history: history)
            : nil
        var ranking = detachDerived()
        // Another row's order says nothing of this one's: sorted from scratch, into the same arrays.
        ranking.forgetOrder()
        let back = session.kept[p]
        document.take(session.content(of: p))
        history = back?.history ?? History()
        session.position = p
        rows = session
        attachDerived(ranking: consume ranking)
        // The row's chosen token (its target, else its argmax) is selected, at the top of the
        // list or wherever the target ranks.
        selection = document.target ?? analysis.argmax
        let chosen = document.target.map { "target \($0)" } ?? "no target: the chosen token is the argmax"
        var text = "row \(p) of 0–\(last), \(chosen)"
        if document.target.map(document.isBelowListed) == true { text += " (below the listed: its p is unknown)" }
        if edited { text += "; row \(left)'s edits are kept" }
        if back != nil { text += "; this row's edits are back" }
        message = .info(text)
    }

    /// Whether the open row differs from the file's row `r`: anything to undo or redo, another
    /// target, other logits (bit for bit), and for a row with its own classes, their names or
    /// per-class settings.
    private func isEdited(row r: Int, of source: RowSource) -> Bool {
        if history.canUndo || history.canRedo || document.target != source.target(at: r) { return true }
        // A tensor's row is compared with the file where it is, not decoded into a copy (1 MB at 128k).
        if let rows = source.tensor { return !rows.rowHolds(r, document.logits) }
        let pristine = source.content(of: r)
        if let classes = pristine.classes, classes != RowClasses(document) { return true }
        return !document.logits.elementsEqual(pristine.logits, by: { $0.bitPattern == $1.bitPattern })
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

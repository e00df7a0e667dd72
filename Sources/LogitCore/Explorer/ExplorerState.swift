/// The explorer's whole state, one value. The view renders it; `update` is the only way it changes.
public struct ExplorerState: Equatable, Sendable {
    public var document: LogitDocument
    /// The selected class, always a valid index.
    public var selection: Int
    /// How far ← and → move a logit.
    public var step: Double
    public var overlay: Overlay
    /// The input field, when one is open.
    public var field: EditField?
    /// The status line: the last refusal or confirmation.
    public var message: StatusMessage?
    public var history: History
    /// Whether the mouse gesture under way has already recorded its undo step.
    var gestureRecorded = false
    /// True while a gesture's action is applied, so `change` knows to coalesce.
    var applyingGesture = false
    /// The classroom panels, the lab's switch, the tour, presentation and export.
    public var classroom = ClassroomState()
    /// Where the session is saved.
    public var session = SessionState()
    /// The file of rows the document is one row of (`RowSession`), nil for one vector.
    public internal(set) var rows: RowSession?
    /// Computed once per change of the document; the view reads only this.
    public var analysis: Analysis { derived!.analysis }
    /// The order the classes are listed and walked in.
    public var order: ClassOrder
    /// The last `/` search, for `findNext`.
    public var search: LabelSearch?
    /// Draws made so far, from the document's seed.
    public var sampling: SamplingSession
    /// The classes by probability, updated with the analysis (never re-sorted per frame).
    public var rankOrder: RankOrder { derived!.filtered.ranking }
    /// The distribution after the document's filters: kept tokens, renormalized probabilities.
    public var filtered: FilteredDistribution { derived!.filtered }
    /// What follows from the document, made by `refresh` only. Never nil outside `refresh` and an
    /// edit in place (see `detachDerived`).
    private var derived: Derived?

    /// The analysis, and the filtered distribution that holds the ranking.
    struct Derived: Equatable, Sendable {
        let analysis: Analysis
        let filtered: FilteredDistribution
    }

    public enum Overlay: Equatable, Sendable {
        case none
        case help
        /// The preset picker, with the row under its cursor.
        case presets(cursor: Int)
        /// The export menu (SVG, Markdown, CSV).
        case export
        /// Asks before a save replaces a file that is not a session of ours.
        case confirmOverwrite(path: String)
    }

    /// The steps ← → can move by; a key cycles through them.
    public static let steps: [Double] = [0.01, 0.1, 1, 10]

    /// Above this many classes the explorer starts in rank order, with the ranked list: a
    /// vocabulary is read top tokens first, and its rows do not fit side by side in panels.
    public static let vocabularyScaleCount = 64

    /// True when the view lists the classes as a ranked list (rank order, or too many classes for
    /// the side-by-side panels) rather than as rows of the logits, softmax and sigmoid panels.
    /// A file of rows is always read in the list, with the strip of rows above it.
    public var showsList: Bool { order == .rank || document.count > Self.vocabularyScaleCount || rows != nil }

    /// With `rankingTop`, the ranking holds only that many top ranks while no filter is on
    /// (`RankOrder(top:)`): for `--print`, which lists the top of the ranking and nothing below it.
    public init(document: LogitDocument = .example, selection: Int = 0, step: Double = 0.1, rankingTop: Int? = nil) {
        self.document = document
        self.selection = min(max(selection, 0), max(document.count - 1, 0))
        self.step = step
        self.overlay = .none
        self.field = nil
        self.message = nil
        self.history = History()
        self.order = document.count > Self.vocabularyScaleCount ? .rank : .index
        self.search = nil
        self.sampling = SamplingSession(seed: document.seed)
        attachDerived(ranking: rankingTop.map(RankOrder.init(top:)) ?? RankOrder())
    }

    /// Makes the document the open row of `session`: its logits (unless they were already that
    /// row's, edited by `--edits`: same count, kept; a response's token is opened as its row by
    /// the caller, labels and rest included) and its target, unless `keepingTarget` (`--target`
    /// given: the document's target, none for `--target -1`, stands). The rest of the state stays.
    public mutating func attach(rows session: RowSession, keepingTarget: Bool = false) {
        let ranking = detachDerived()
        if let tensor = session.tensor, document.count != tensor.classCount {
            document.logits = tensor.row(session.position)
        }
        if !keepingTarget { document.target = session.source.target(at: session.position) }
        rows = session
        // Rows are read top tokens first, in the ranked list, whatever their class count.
        order = .rank
        attachDerived(ranking: consume ranking)
        selection = document.target ?? analysis.argmax
    }

    /// Recomputes the analysis after the document changed, and what follows from it: the ranking
    /// (repaired, not re-sorted), the filtered distribution, and the draws (which described the old
    /// distribution; a new seed also restarts the generator).
    mutating func refresh() {
        attachDerived(ranking: detachDerived())
    }

    /// Lets go of everything derived from the document, which shares storage with its logits (the
    /// analysis reads them where they are), and returns the ranking to repair. Then the logits can
    /// change in place: at a 1M-class vocabulary, an edit of one logit is not an 8 MB copy.
    mutating func detachDerived() -> RankOrder {
        derived.take()!.filtered.ranking
    }

    /// Derives again from the document: the analysis, which repairs the ranking on its scaled logits
    /// (by moving one class when only `movedClass`'s logit changed, else by `RankOrder.update`)
    /// and sums the prefix masses in the ranking's order in its pass.
    /// The ranking is consumed, so that it is repaired in place rather than copied (8 MB at 1M).
    mutating func attachDerived(ranking: consuming RankOrder, movedClass: Int? = nil) {
        // The filters walk the whole ranking: one of the top ranks alone is ranked in full.
        if ranking.top != nil && document.filters.isActive { ranking = RankOrder() }
        let analysis = Analysis(document.analysisInput, reranking: &ranking, movedClass: movedClass)
        derive(analysis, ranking: ranking)
        if sampling.seed != document.seed {
            sampling = SamplingSession(seed: document.seed)
        } else {
            sampling.forgetDraws()
        }
    }

    private mutating func derive(_ analysis: Analysis, ranking: RankOrder) {
        derived = Derived(analysis: analysis, filtered: document.filters.apply(to: analysis, ranking: ranking))
    }
}

/// One line of feedback: a refusal (shown as an error) or a note.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, error }
    public let kind: Kind
    public let text: String

    public static func info(_ text: String) -> StatusMessage { StatusMessage(kind: .info, text: text) }
    public static func error(_ text: String) -> StatusMessage { StatusMessage(kind: .error, text: text) }
}

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
    /// Set by `quit`: the backend leaves and prints the command line.
    public var quitting: Bool
    /// Whether the mouse gesture under way has already recorded its undo step.
    var gestureRecorded = false
    /// True while a gesture's action is applied, so `change` knows to coalesce.
    var applyingGesture = false
    /// The classroom panels, the lab's switch, the tour, presentation and export.
    public var classroom = ClassroomState()
    /// Where the session is saved, and a save waiting for the backend.
    public var session = SessionState()
    /// Computed once per change of the document; the view reads only this.
    public private(set) var analysis: Analysis

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

    public init(document: LogitDocument = .seed, selection: Int = 0, step: Double = 0.1) {
        self.document = document
        self.selection = min(max(selection, 0), max(document.count - 1, 0))
        self.step = step
        self.overlay = .none
        self.field = nil
        self.message = nil
        self.history = History()
        self.quitting = false
        self.analysis = Analysis(document.analysisInput)
    }

    /// Recomputes the analysis after the document changed.
    mutating func refresh() {
        analysis = Analysis(document.analysisInput)
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

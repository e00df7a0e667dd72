/// One step of the guided tour: how it sets up the explorer, the panel it points at, what it says
/// (two to four lines with its question), and what space reveals. A step's setup and its reveal
/// are ordinary documents and actions, so the learner can undo them and go on playing.
public struct TourStep: Sendable {
    public let title: String
    /// What the step says, before the question.
    public let text: [String]
    /// Asks the class to predict (ends with "Press space…"); nil for a step with nothing to reveal.
    public let question: String?
    /// Shown in place of the question once revealed.
    public let answer: [String]
    /// The panel that matters; the view highlights it.
    public let panel: ExplorerPanel
    public let document: LogitDocument
    public let selection: Int
    /// The classroom panel shown (nil: the sigmoid panel).
    public let focus: ClassroomPanel?
    public let maxTrick: Bool
    /// Applied, in order, when the answer is revealed.
    public let reveal: [Action]

    public init(
        _ title: String, panel: ExplorerPanel, document: LogitDocument = .example, selection: Int = 0,
        focus: ClassroomPanel? = nil, maxTrick: Bool = true,
        text: [String], question: String? = nil, answer: [String] = [], reveal: [Action] = []
    ) {
        self.title = title
        self.panel = panel
        self.document = document
        self.selection = selection
        self.focus = focus
        self.maxTrick = maxTrick
        self.text = text
        self.question = question
        self.answer = answer
        self.reveal = reveal
    }

    /// The lines the lesson box shows: the text, then the question or, once revealed, the answer.
    public func lines(revealed: Bool) -> [String] {
        if revealed { return text + answer }
        return text + (question.map { [$0] } ?? [])
    }
}

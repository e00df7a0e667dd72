/// The explorer's teaching state: which classroom panel is in focus, whether the main bars use the
/// max-subtraction trick, presentation mode and the tour's progress. None of it is the user's
/// work, so undo leaves it alone.
public struct ClassroomState: Equatable, Sendable {
    /// The classroom panel in focus; nil shows the sigmoid panel in its usual place.
    public var focus: ClassroomPanel?
    /// false: the softmax bars show naive exp(u)/Σexp(u), so a class watches them break.
    public var maxTrick: Bool
    /// Large bars, fewer panels, high-contrast colours, for a projector.
    public var presenting: Bool
    /// The guided tour, while it runs.
    public var tour: TourProgress?

    public init(focus: ClassroomPanel? = nil, maxTrick: Bool = true, presenting: Bool = false, tour: TourProgress? = nil) {
        self.focus = focus
        self.maxTrick = maxTrick
        self.presenting = presenting
        self.tour = tour
    }
}

/// Where the tour is: the step shown and whether its answer has been revealed.
public struct TourProgress: Equatable, Sendable {
    public var step: Int
    public var revealed: Bool

    public init(step: Int = 0, revealed: Bool = false) {
        self.step = step
        self.revealed = revealed
    }
}

/// What an export writes: the current screen as SVG, or the numbers as a table.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    case svg, markdown, csv

    /// Accepts `svg`, `markdown` (also `md`) and `csv`, case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "svg": self = .svg
        case "markdown", "md": self = .markdown
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The file extension, and the name the explorer saves to when none is given.
    public var fileExtension: String {
        switch self {
        case .svg: "svg"
        case .markdown: "md"
        case .csv: "csv"
        }
    }

    public var defaultFileName: String { "logitscope.\(fileExtension)" }
}

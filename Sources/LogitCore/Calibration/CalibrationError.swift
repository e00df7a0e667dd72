/// Why a set of targets cannot go with a [rows, classes] matrix of logits. The command line writes
/// `logitscope: <file>: <description>` and exits 64.
public enum CalibrationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The targets are not one per row.
    case targetCount(targets: Int, rows: Int)
    /// Row `row`'s target is neither −1 (none) nor a class index.
    case targetOutOfRange(row: Int, target: Int, classes: Int)
    /// Every row's target is −1: there is nothing to calibrate.
    case noTargets
    /// A logit of a row with a target is NaN or +inf.
    case notFinite(row: Int, column: Int)

    public var description: String {
        switch self {
        case let .targetCount(targets, rows):
            "\(targets) targets for \(rows) rows: give one per row (-1 for a row with none)"
        case let .targetOutOfRange(row, target, classes):
            "target of row \(row) is \(target): a class index is 0 to \(classes - 1), or -1 for none"
        case .noTargets:
            "every target is -1: calibration needs rows with a target"
        case let .notFinite(row, column):
            "row \(row), class \(column) is not a finite logit (NaN and +inf are refused)"
        }
    }
}

import LogitCore
import LogitView

/// The width `--print` lays its panels out in.
public enum PrintWidth {
    /// The view's own minimum for the explorer: narrower, the header and the threshold heading
    /// are cut off and labels shrink to a few letters.
    public static let minimum = minimumPanelWidth
    /// Wider than any terminal or slide; a guard against a typo making a multi-megabyte printout.
    public static let maximum = 1000

    public static func parse(_ text: String) throws(InputError) -> Int {
        let trimmed = Substring(text).trimmingBlanks()
        guard let n = Int(trimmed) else {
            throw InputError("width \"\(trimmed.escapedForMessage)\" is not a whole number of columns")
        }
        guard n > 0 else {
            throw InputError("width \(n) is not a positive number of columns (--print needs at least \(minimum))")
        }
        guard n >= minimum else {
            throw InputError("width \(n) is too narrow: --print needs at least \(minimum) columns")
        }
        guard n <= maximum else {
            throw InputError("width \(n) is too wide: at most \(maximum) columns")
        }
        return n
    }

    /// A width taken from the terminal or `COLUMNS` is not the user's choice: bring it into range
    /// rather than refuse.
    public static func clamped(_ n: Int) -> Int {
        min(max(n, minimum), maximum)
    }
}

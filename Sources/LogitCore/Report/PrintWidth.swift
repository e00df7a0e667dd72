/// The width `--print` lays its panels out in.
public enum PrintWidth {
    /// Narrower than this the panels cannot show a label, a bar and a percentage side by side.
    public static let minimum = 40
    /// Wider than any terminal or slide; a guard against a typo making a multi-megabyte printout.
    public static let maximum = 1000

    public static func parse(_ text: String) throws(InputError) -> Int {
        let trimmed = Substring(text).trimmingBlanks()
        guard let n = Int(trimmed) else {
            throw InputError("width \"\(trimmed.escapedForMessage)\" is not a whole number of columns")
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

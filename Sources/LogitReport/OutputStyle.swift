import LogitCore

/// How `--print` draws, decided from the environment the way terminal programs conventionally do.
/// Pure (the caller passes the environment and whether stdout is a terminal) so it can be tested.
public struct OutputStyle: Equatable, Sendable {
    /// Unicode blocks and rules; ASCII when the locale is not UTF-8.
    public var unicode: Bool
    /// Escape sequences at all (bold, reverse, colour): only on a terminal that is not `dumb`;
    /// a pipe or a file gets plain text.
    public var escapes: Bool
    /// Colour among those escapes: never when `NO_COLOR` is set, to any value (no-color.org says
    /// "present and not an empty string"; we honour the empty string too, the stricter reading).
    /// Without colour, bold and reverse stay: they mark the argmax and the headings.
    public var color: Bool

    public init(unicode: Bool, escapes: Bool, color: Bool) {
        self.unicode = unicode
        self.escapes = escapes
        self.color = escapes && color
    }

    public init(environment: [String: String], stdoutIsTerminal: Bool) {
        self.unicode = Self.localeIsUTF8(environment)
        self.escapes = stdoutIsTerminal && environment["TERM"] != "dumb"
        self.color = escapes && environment["NO_COLOR"] == nil
    }

    /// POSIX precedence: the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set and non-empty
    /// decides the character set; UTF-8 when it names `UTF-8` / `utf8` in any case.
    public static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let folded = name.lowercased()
        return folded.contains("utf-8") || folded.contains("utf8")
    }

    /// The `--print` width when none is given: the terminal's columns, else `COLUMNS`, else 80.
    public static func defaultWidth(terminalColumns: Int?, environment: [String: String]) -> Int {
        if let c = terminalColumns, c > 0 { return c }
        if let text = environment["COLUMNS"], let c = Int(text), c > 0 { return c }
        return 80
    }
}

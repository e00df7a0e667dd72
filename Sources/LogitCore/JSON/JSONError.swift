/// Why the JSON scanner or a reader on top of it refused a document, and where: the 1-based line
/// and column of the byte it stopped at.
///
/// Lines are counted by line feeds (a CR LF file counts the same). Columns count characters, that
/// is Unicode scalars, as an editor's status bar shows them: `é` is one column though it is two
/// bytes, and a tab is one column. (Exactly: the bytes before the place that do not continue a
/// UTF-8 sequence, plus one; in text that is not UTF-8 a stray continuation byte adds nothing.)
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, worded for a person (`expected ',' or ']' after item 2 of an array`).
    public let message: String
    public let line: Int
    public let column: Int
    /// True when the text is not JSON at all (a missing comma, a lone surrogate, bytes that are
    /// not UTF-8); false when it is JSON a reader will not take (a string where a number belongs,
    /// a key twice, nesting or size past a limit).
    public let isSyntax: Bool

    public init(_ message: String, line: Int, column: Int, isSyntax: Bool) {
        self.message = message
        self.line = line
        self.column = column
        self.isSyntax = isSyntax
    }

    public var description: String { "line \(line), column \(column): \(message)" }

    /// The refusal the user sees: `<file>: line L, column C: <what>`, where `what` starts with
    /// `context` when one is given (`not a valid session file: …`) and otherwise, for a syntax
    /// error, with `not valid JSON: `.
    public func inputError(file: String, context: String? = nil) -> InputError {
        let lead = context ?? (isSyntax ? "not valid JSON" : nil)
        return InputError("\(file): line \(line), column \(column): \(lead.map { "\($0): " } ?? "")\(message)")
    }

    /// The line and column of `offset` in `bytes`; an offset at or past the end is the place just
    /// after the last byte.
    static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for k in 0..<end where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        // A UTF-8 continuation byte (10xxxxxx) continues the character before it.
        let column = 1 + bytes[lineStart..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }
}

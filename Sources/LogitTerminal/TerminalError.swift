/// Why the explorer could not start: no terminal, `TERM` unset or `dumb`, and the like.
public struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

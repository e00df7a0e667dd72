/// A refusal of the user's input, worded for a person: it names the value and where it is
/// (`logit 3 is "two": not a number`). The command line prints it on stderr; the explorer shows it
/// in its status line and keeps the old value.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

import Foundation
import Testing

/// Colours by default; `NO_COLOR` (any value, even empty, per no-color.org) keeps only the
/// attributes, which carry the meaning on their own.
@Suite struct ExplorerColourTests {
    @Test func colouredByDefault() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        let styled = try session.tmux.screenWithStyles()
        #expect(styled.contains(Self.colour))
        #expect(styled.contains(Self.bold))
    }

    @Test(arguments: ["1", ""])
    func noColorKeepsOnlyTheAttributes(value: String) throws {
        let session = try ExplorerSession(environment: ["NO_COLOR": value])
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        let styled = try session.tmux.screenWithStyles()
        #expect(!styled.contains(Self.colour))
        #expect(styled.contains(Self.bold))
    }

    /// An SGR sequence setting one of the eight foreground or background colours (30–37, 40–47).
    nonisolated(unsafe) static let colour = /\u{1B}\[(?:[0-9]+;)*(?:3[0-7]|4[0-7])(?:;[0-9]+)*m/
    /// An SGR sequence turning bold on.
    nonisolated(unsafe) static let bold = /\u{1B}\[(?:[0-9]+;)*1(?:;[0-9]+)*m/
}

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

    /// `--theme light`, or a terminal that says (COLORFGBG) it is black on white: the colours that
    /// wash out on white (yellow, cyan, green) are gone, blue and magenta draw instead.
    @Test(arguments: [(["--theme", "light"], [:]), ([], ["COLORFGBG": "0;15"])] as [([String], [String: String])])
    func aLightBackgroundGetsTheLightColours(arguments: [String], environment: [String: String]) throws {
        let session = try ExplorerSession(arguments, environment: environment)
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        let styled = try session.tmux.screenWithStyles()
        for washedOut in [32, 33, 36] { #expect(!styled.contains(Self.foreground(washedOut)), "colour \(washedOut)") }
        for dark in [34, 35] { #expect(styled.contains(Self.foreground(dark)), "colour \(dark)") }
    }

    /// `--print` on a terminal draws in the theme's colours too.
    @Test func printOnATerminalFollowsTheTheme() throws {
        let tmux = try Tmux(width: 100, height: 40)
        defer { tmux.kill() }
        try tmux.type("clear; " + Tmux.quoted(Binary.url.path) + " --print --width 80 --theme light")
        try tmux.wait(for: "65.9%", "logsumexp")
        let styled = try tmux.screenWithStyles()
        #expect(!styled.contains(Self.foreground(33)) && !styled.contains(Self.foreground(36)))
        #expect(styled.contains(Self.foreground(34)) && styled.contains(Self.foreground(35)))
    }

    @Test func theDarkThemeByDefaultAndWhenTheTerminalSaysSo() throws {
        for environment in [[:], ["COLORFGBG": "15;0"]] {
            let session = try ExplorerSession(environment: environment)
            defer { session.close() }
            try session.tmux.wait(for: "65.9%")
            // The yellow argmax and the cyan headings.
            let styled = try session.tmux.screenWithStyles()
            #expect(styled.contains(Self.foreground(33)) && styled.contains(Self.foreground(36)))
        }
    }

    /// A terminal without colours or a mouse (vt100) runs the explorer all the same, says so once
    /// on the status line, and is not sent mouse requests it would print.
    @Test func aTerminalWithoutColoursOrMouseGetsANoteNotAnError() throws {
        let session = try ExplorerSession(environment: ["TERM": "vt100"])
        defer { session.close() }
        try session.tmux.wait(for: "65.9%", "TERM=vt100: no colours, no mouse", "? help  q quit")
        let styled = try session.tmux.screenWithStyles()
        #expect(!styled.contains(Self.colour))
        #expect(styled.contains(Self.bold))
        #expect(try session.tmux.query("#{mouse_any_flag}") == "0")
        // Once: the next key clears it, and the keys work.
        try session.tmux.press("l")
        try session.tmux.wait(for: "2.1", absent: ["no colours"])
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.contains("--logits=2.1,1,0.1"))
    }

    /// `NO_COLOR` on a terminal without colours: nothing to say about colours.
    @Test func noColorOnAMonochromeTerminalSaysOnlyWhatIsMissing() throws {
        let session = try ExplorerSession(environment: ["TERM": "vt100", "NO_COLOR": "1"])
        defer { session.close() }
        try session.tmux.wait(for: "65.9%", "TERM=vt100: no mouse;")
    }

    /// An SGR sequence setting foreground colour `code` (30–37), alone or among other parameters.
    static func foreground(_ code: Int) -> Regex<Substring> {
        try! Regex("\u{1B}\\[(?:[0-9]+;)*\(code)(?:;[0-9]+)*m")
    }

    /// An SGR sequence setting one of the eight foreground or background colours (30–37, 40–47).
    nonisolated(unsafe) static let colour = /\u{1B}\[(?:[0-9]+;)*(?:3[0-7]|4[0-7])(?:;[0-9]+)*m/
    /// An SGR sequence turning bold on.
    nonisolated(unsafe) static let bold = /\u{1B}\[(?:[0-9]+;)*1(?:;[0-9]+)*m/
}

import Foundation
import Testing

/// What a new user tries first, on the seed example (News 2.0 / Entertainment 1.0 / Technology 0.1),
/// checked by the numbers on screen. Expected percentages are scipy.special.softmax of the logits
/// divided by T, rounded to one decimal (scipy 1.17):
/// [2, 1, 0.1] → 65.90 / 24.24 / 9.86;  [2.1, 1, 0.1] → 68.11 / 22.67 / 9.22;
/// [3, 1, 0.1] → 84.01 / 11.37 / 4.62;  [2, 1.1, 0.1] → 64.26 / 26.13 / 9.61;
/// T = 1.25 → 59.95057 (60.0) / 26.94 / 13.11;    T = 0.8 → 72.49 / 20.77 / 6.74.
@Suite struct ExplorerEditingTests {
    @Test func startShowsTheSeedProbabilities() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        let screen = try session.tmux.wait(for: "65.9%", "24.2%", "9.9%")
        #expect(row("News", in: screen).contains("65.9%"))
        #expect(row("Entertainment", in: screen).contains("24.2%"))
        #expect(row("Technology", in: screen).contains("9.9%"))
    }

    @Test func rightArrowNudgesTheSelectedLogitAndItsProbabilityRises() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("Right")
        let screen = try session.tmux.wait(for: "68.1%", "22.7%", "9.2%")
        #expect(row("News", in: screen).contains("2.1"))
        #expect(row("News", in: screen).contains("68.1%"))
    }

    @Test func enterTypesAnExactValue() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("Enter")
        try session.tmux.typeLiteral("3")
        try session.tmux.press("Enter")
        let screen = try session.tmux.wait(for: "84.0%", "11.4%", "4.6%")
        #expect(row("News", in: screen).contains(" 3 "))
    }

    @Test func aBadValueIsRefusedAndTheOldValueStays() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("Enter")
        try session.tmux.typeLiteral("two")
        try session.tmux.press("Enter")
        let refused = try session.tmux.wait(for: #"logit 1 is "two": not a number"#)
        #expect(refused.contains("65.9%"))
        try session.tmux.press("Escape")
        let after = try session.tmux.wait(for: "65.9%", absent: ["not a number"])
        #expect(row("News", in: after).contains(" 2 "))
        try session.tmux.press("q")
        let (_, stdout) = try session.waitForExit()
        #expect(stdout.hasPrefix("logitscope --logits=2,1,0.1 "))
    }

    @Test func tAndShiftTChangeTheTemperature() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("T")
        try session.tmux.wait(for: "T = 1.25", "60.0%", "26.9%", "13.1%")
        try session.tmux.press("t", "t")
        try session.tmux.wait(for: "T = 0.8", "72.5%", "20.8%", "6.7%")
        try session.tmux.press("=")
        try session.tmux.wait(for: "T = 1 ", "65.9%")
    }

    /// p cycles Float64 → Float32 → Float16 → BFloat16 → Float64. In BFloat16 the seed is the
    /// reference's "seed bfloat16 T=1" (ml_dtypes): 0.66015625, 0.2421875, 0.0986328125, and 0.1
    /// is held as 0.10009765625 (six digits: 0.100098); the quit line keeps the precision.
    @Test func pCyclesThroughBFloat16() throws {
        let session = try ExplorerSession(["--seed", "1"])
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("p", "p", "p")
        let screen = try session.tmux.wait(for: "BFloat16", "66.0%", "24.2%", "9.9%", "0.100098")
        #expect(screen.contains("precision BFloat16"))
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout == "logitscope --logits=2,1,0.1 --labels=News,Entertainment,Technology -t 1 --precision bfloat16 --seed 1\n")
    }

    @Test func uUndoes() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("Right")
        try session.tmux.wait(for: "68.1%")
        try session.tmux.press("u")
        let screen = try session.tmux.wait(for: "65.9%", absent: ["68.1%"])
        #expect(row("News", in: screen).contains(" 2 "))
    }

    @Test func questionMarkOpensHelpListingTheKeys() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        try session.tmux.wait(for: "65.9%")
        try session.tmux.press("?")
        let help = try session.tmux.wait(for: "undo", "quit, print command line", "temperature down / up")
        #expect(help.contains("type a logit value"))
        try session.tmux.press("Escape")
        try session.tmux.wait(for: "65.9%", absent: ["quit, print command line"])
    }

    /// A click on a row selects it (the ▸ marker moves), so → then nudges that class.
    @Test func clickingARowSelectsIt() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        let start = try session.tmux.wait(for: "65.9%")
        let y = try #require(start.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("Entertainment") && $0.contains("24.2%") })
        try session.tmux.mouse(button: 0, x: 8, y: y)
        try session.tmux.mouse(button: 3, x: 8, y: y)
        try session.tmux.waitUntil("Entertainment selected") { row("Entertainment", in: $0).contains("▸") }
        try session.tmux.press("Right")
        try session.tmux.wait(for: "64.3%", "26.1%", "9.6%")
    }

    /// Dragging News's logit bar far to the left makes its logit negative: Entertainment becomes
    /// the argmax (★).
    @Test func draggingALogitBarSetsTheLogit() throws {
        let session = try ExplorerSession()
        defer { session.close() }
        let start = try session.tmux.wait(for: "65.9%")
        let lines = start.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = try #require(lines.firstIndex { $0.contains("News") && $0.contains("65.9%") })
        // The logit axis is drawn under its "-3 ─── 0 ─── +3" heading.
        let heading = try #require(lines.first { $0.contains("LOGIT") && $0.contains("-3") })
        let left = try #require(heading.range(of: "-3")).lowerBound.utf16Offset(in: heading)
        let zero = left + 7  // "-3 ─── 0": the 0 is 7 cells right of the "-"
        // Press, two drags and the release in one write: ncurses then reports them with a single
        // KEY_MOUSE, and a backend that reads one event per KEY_MOUSE loses the press.
        try session.tmux.mouse([(0, zero + 2, y), (32, zero - 2, y), (32, left + 1, y), (3, left + 1, y)])
        // The press alone already moves News; wait for the end of the drag (a negative logit).
        let screen = try session.tmux.waitUntil("News negative and Entertainment the argmax") {
            row("News", in: $0).contains(" -") && row("Entertainment", in: $0).contains("★")
        }
        #expect(!row("News", in: screen).contains("★"))
    }
}

/// The first screen row naming `label` in the class table (the one with a percentage).
func row(_ label: String, in screen: String) -> String {
    screen.split(separator: "\n").first { $0.contains(label) && $0.contains("%") }.map(String.init) ?? ""
}

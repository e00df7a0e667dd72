import Foundation
import LogitView
import Testing

/// A user measures a classifier's calibration in tmux: the committed digits dataset (scikit-learn's
/// validation logits and targets, `scripts/reference/make_calibration_reference.py`) opened as rows,
/// `C` opens the calibration view, `T` turns the temperature (the diagram and the ECE change), `F`
/// sets the fitted T, Enter opens the worst row in the explorer and `C` returns. The figures on
/// screen are numpy/scipy's from `calibration-reference.json`, rounded as the screen rounds them.
@Suite struct CalibrationExplorerTests {
    struct Reference: Decodable {
        struct Case: Decodable {
            let name: String
            let at: [Figures]
            let fitted: Fitted?
            let at_fitted: Figures?
        }
        struct Fitted: Decodable { let temperature: Double }
        struct Figures: Decodable { let temperature, accuracy, nll, ece, mce: Double }
        let cases: [Case]
    }

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/calibration")
    }

    /// The figures row as the view writes it: `at T = 1   96.0%   0.3385   3.2%   49.0%`.
    static func row(_ label: String, _ f: Reference.Figures) -> [String] {
        [label, NumberFormat.probability(f.accuracy).text, NumberFormat.number(f.nll).text,
         NumberFormat.probability(f.ece).text, NumberFormat.probability(f.mce).text]
    }

    static func figures(on screen: String, label: String) -> [String]? {
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix(" \(label) ") }) else { return nil }
        let words = line.split(separator: " ").map(String.init)
        let skip = label.split(separator: " ").count
        return [label] + words.dropFirst(skip).prefix(4)
    }

    @Test func temperatureScalingOnTheDigitsDataset() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("calibration-reference.json"))
        let digits = try #require(try JSONDecoder().decode(Reference.self, from: data).cases.first { $0.name == "digits" })
        let at1 = try #require(digits.at.first { $0.temperature == 1 })
        let at25 = try #require(digits.at.first { $0.temperature == 2.5 })
        let fittedT = NumberFormat.number(try #require(digits.fitted).temperature, digits: 6).text

        let logits = Self.folder.appendingPathComponent("digits-logits.npy").path
        let targets = Self.folder.appendingPathComponent("digits-targets.txt").path
        let session = try ExplorerSession(["--file", logits, "--targets", targets], width: 80, height: 24)
        defer { session.close() }
        try session.tmux.wait(for: "row 0 of 0–898")

        try session.tmux.press("C")
        var screen = try session.tmux.wait(for: "RELIABILITY", "CONFIDENCE HISTOGRAM", "ROWS worst first", "at fitted T = \(fittedT)")
        #expect(Self.figures(on: screen, label: "at T = 1") == Self.row("at T = 1", at1))
        #expect(Self.figures(on: screen, label: "at fitted T = \(fittedT)") == Self.row("at fitted T = \(fittedT)", try #require(digits.at_fitted)))
        let diagramAt1 = screen.split(separator: "\n").dropFirst(5).prefix(10).map { String($0.prefix(52)) }

        // Two T presses: T = 1.25², read 1.563; every figure and the diagram follow.
        try session.tmux.press("T")
        try session.tmux.press("T")
        screen = try session.tmux.wait(for: "at T = 1.563", "T = 1.563 ·")
        let now = try #require(Self.figures(on: screen, label: "at T = 1.563"))
        #expect(now[3] != NumberFormat.probability(at1.ece).text, "the ECE did not move")
        // The NLL is convex in 1/T with its minimum at the fitted 3.51: at 1.563 it lies between
        // numpy's at 1 and at 2.5.
        let nll = try #require(Double(now[2]))
        #expect(nll < at1.nll && nll > at25.nll)
        #expect(screen.split(separator: "\n").dropFirst(5).prefix(10).map { String($0.prefix(52)) } != diagramAt1)

        // F: T becomes the fitted temperature, and the figures at T are the fitted ones.
        try session.tmux.press("F")
        screen = try session.tmux.wait(for: "at T = \(fittedT)", "T = \(fittedT) ·", "in use")
        #expect(Self.figures(on: screen, label: "at T = \(fittedT)") == Self.row("at T = \(fittedT)", try #require(digits.at_fitted)))

        // Enter opens the worst row (548: an 8 read as a 1) in the explorer; C comes back.
        try session.tmux.press("Enter")
        try session.tmux.wait(for: "row 548 of 0–898", absent: ["RELIABILITY"])
        try session.tmux.press("C")
        try session.tmux.wait(for: "RELIABILITY", "at T = \(fittedT)")
        try session.tmux.press("q")
        let (status, stdout) = try session.waitForExit()
        #expect(status == 0)
        #expect(stdout.contains("--position 548"))
        #expect(stdout.contains("-t 3.50987605"))
        #expect(try session.terminalDamage() == [])
    }

    /// The same rows without --targets: C says on the status line why there is no view.
    @Test func withoutTargetsCSaysSo() throws {
        let logits = Self.folder.appendingPathComponent("digits-logits.npy").path
        let session = try ExplorerSession(["--file", logits], width: 80, height: 24)
        defer { session.close() }
        try session.tmux.wait(for: "row 0 of 0–898")
        try session.tmux.press("C")
        try session.tmux.wait(for: "no targets: the calibration view needs --targets", absent: ["RELIABILITY"])
        try session.tmux.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}

import LogitCore
@testable import LogitView
import Testing

/// What the calibration view must show and do, each checked against numpy/scipy's figures
/// (`CalibrationExamples.digits`, from `calibration-reference.json`) rounded as the screen
/// rounds them, not against the screen's own output.
@Suite struct CalibrationFactsTests {
    typealias Figures = CalibrationExamples.Reference.Figures

    /// A figures row as the view writes it: accuracy, NLL, ECE, MCE (and RMSCE when wide).
    static func cells(_ f: Figures, rmsce: Bool) -> [String] {
        var out = [NumberFormat.probability(f.accuracy).text, NumberFormat.number(f.nll).text,
                   NumberFormat.probability(f.ece).text, NumberFormat.probability(f.mce).text]
        if rmsce { out.append(NumberFormat.probability(f.rmsce).text) }
        return out
    }

    static func words(_ line: String) -> [String] { line.split(separator: " ").map(String.init) }

    static func line(_ lines: [String], startingWith prefix: String) -> String? {
        lines.first { $0.hasPrefix(prefix) }
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func theReferenceFiguresAreOnScreen(width: Int, height: Int) throws {
        let f = frame(CalibrationExamples.view, screenSize(width, height))
        guard case .calibration(let layout) = f.arrangement else { Issue.record("not the calibration view"); return }
        // The left pane only (the list is beside it).
        let full = f.screen.lines
        let lines = full.map { String($0.prefix(layout.list.x)) }
        let wide = width >= 120
        let now = try #require(Self.line(full, startingWith: " at T = 1 "))
        #expect(Array(Self.words(now)[4..<(wide ? 9 : 8)]) == Self.cells(CalibrationExamples.at(1), rmsce: wide))
        let fittedT = NumberFormat.number(CalibrationExamples.digits.fitted!.temperature, digits: 6).text
        #expect(fittedT == "3.50988")
        let fitted = try #require(Self.line(full, startingWith: " at fitted T = \(fittedT) "))
        #expect(Array(Self.words(fitted)[5..<(wide ? 10 : 9)]) == Self.cells(CalibrationExamples.digits.at_fitted!, rmsce: wide))
        // The bins' counts, in bin order (over two rows when they do not fit a bin).
        let counts = CalibrationExamples.at(1).reliability.map(\.count).filter { $0 > 0 }.map(String.init)
        let countRow = try #require(lines.firstIndex { $0.hasPrefix(" rows ") })
        let shown = wide ? Self.words(lines[countRow]).dropFirst().filter { $0 != "0" }
            : zip(Self.words(lines[countRow]).dropFirst(), Self.words(lines[countRow + 1])).flatMap { [$1, $0] }
                + Array(Self.words(lines[countRow + 1]).dropFirst(Self.words(lines[countRow]).count - 1))
        #expect(Array(shown) == counts)
    }

    @Test func eachBinsAccuracyAndConfidenceAt200x60() throws {
        let lines = render(CalibrationExamples.view, size: screenSize(200, 60)).lines
        let bins = CalibrationExamples.at(1).reliability
        func shown(_ p: Double?) -> String { p.map { $0 == 1 ? "100%" : NumberFormat.probability($0).text } ?? "-" }
        let acc = try #require(Self.line(lines, startingWith: "  acc "))
        let conf = try #require(Self.line(lines, startingWith: " conf     "))
        #expect(Array(Self.words(acc)[1...bins.count]) == bins.map { shown($0.accuracy) })
        #expect(Array(Self.words(conf)[1...bins.count]) == bins.map { shown($0.confidence) })
    }

    @Test func aTemperatureMovesTheDiagramAndTheFigures() throws {
        let at25 = update(CalibrationExamples.view, .setTemperature(2.5)).state
        let before = render(CalibrationExamples.view, size: screenSize(80, 24)).lines
        let after = render(at25, size: screenSize(80, 24)).lines
        let row = try #require(Self.line(after, startingWith: " at T = 2.5 "))
        #expect(Array(Self.words(row)[4..<8]) == Self.cells(CalibrationExamples.at(2.5), rmsce: false))
        #expect(after[0].contains("T = 2.5"))
        // The diagram's rows changed (bins 7 to 14 hold other rows at 2.5: 7, 12, 13, 12, 20, 16, 28, 788).
        #expect(before[6..<15] != after[6..<15])
        let fit = update(CalibrationExamples.view, .calibration(.setFittedTemperature)).state
        let fitLines = render(fit, size: screenSize(80, 24)).lines
        #expect(fitLines.contains { $0.hasPrefix(" at T = 3.50988 ") })
        #expect(fitLines.contains { $0.contains("in use") })
    }

    @Test func theHeaderSaysWhatIsMeasured() {
        let header = render(CalibrationExamples.view, size: screenSize(200, 60)).lines[0]
        #expect(header.contains("calibration · T = 1 · Float64 · 899 rows · digits-logits.npy"))
    }

    @Test func aRowListedOpensInTheExplorer() {
        var s = CalibrationExamples.view
        s.apply(.calibration(.openSelected))
        let text = render(s, size: screenSize(80, 24)).plainText()
        // The most confident wrong row (548: an 8 read as a 1) in the usual panels, with its strip.
        #expect(text.contains("row 548 of 0–898"))
        #expect(text.contains("target 8"))
        #expect(!text.contains("RELIABILITY"))
    }

    @Test(arguments: [(1, 1), (10, 3), (30, 8), (59, 16), (60, 15)])
    func aTinyTerminalSaysTooSmall(width: Int, height: Int) {
        let screen = render(CalibrationExamples.view, size: screenSize(width, height))
        #expect(screen.lines.count == height)
        let text = screen.plainText()
        #expect(text.contains("too small") || text.contains("…"))
        #expect(!text.contains("RELIABILITY"))
        #expect(MouseMap.action(for: MouseEvent(.press, x: 0, y: 0), in: frame(CalibrationExamples.view, screenSize(width, height))) == nil)
    }

    @Test(arguments: [(60, 16), (61, 17), (100, 30), (120, 40), (300, 90)])
    func everySizeFromTheMinimumDrawsTheWholeView(width: Int, height: Int) {
        let screen = render(CalibrationExamples.view, size: screenSize(width, height))
        let text = screen.plainText()
        #expect(screen.lines.allSatisfy { DisplayText.width($0, unicode: true) <= width })
        for part in ["RELIABILITY", "CONFIDENCE", "ROWS", "at T = 1", "3.50988", "548"] {
            #expect(text.contains(part), "\(width)×\(height) lacks \(part)")
        }
    }

    @Test func asciiOnlyWithoutUnicode() {
        let text = render(CalibrationExamples.view, size: screenSize(80, 24), options: RenderOptions(unicode: false)).plainText()
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("# accuracy : gap + under . ideal"))
    }

    @Test func theKeysOfTheView() {
        let f = frame(CalibrationExamples.view)
        let expected: [(Key, Action)] = [
            (.character("C"), .calibration(.toggleView)), (.escape, .calibration(.toggleView)),
            (.character("j"), .calibration(.moveCursor(by: 1))), (.up, .calibration(.moveCursor(by: -1))),
            (.character("g"), .calibration(.moveCursorTo(0))), (.character("G"), .calibration(.moveCursorTo(Int.max))),
            (.pageDown, .calibration(.moveCursor(by: f.pageRows))), (.enter, .calibration(.openSelected)),
            (.character("O"), .calibration(.cycleOrder)), (.character("F"), .calibration(.setFittedTemperature)),
            (.character("t"), .scaleTemperature(up: false)), (.character("T"), .scaleTemperature(up: true)),
            (.character("="), .resetTemperature), (.character("u"), .undo), (.character("?"), .toggleHelp),
            (.character("q"), .quit),
        ]
        for (key, action) in expected {
            #expect(Keymap.action(for: key, in: f) == action, "\(key)")
        }
        // The explorer's editing keys do nothing here; C opens the view from the rows.
        #expect(Keymap.action(for: .character("l"), in: f) == nil)
        #expect(Keymap.action(for: .character("C"), in: frame(CalibrationExamples.state(open: false))) == .calibration(.toggleView))
        let keys = KeyBindings.calibration.flatMap(\.bindings).flatMap(\.mappings).flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func theMouseSelectsARowAndTheWheelMovesTheCursor() throws {
        let f = frame(CalibrationExamples.view)
        guard case .calibration(let layout) = f.arrangement else { Issue.record("not the calibration view"); return }
        // The third row of the list, on screen at rows.y + 2.
        #expect(MouseMap.action(for: MouseEvent(.press, x: layout.list.x + 5, y: layout.rows.y + 2), in: f) == .calibration(.click(2)))
        #expect(MouseMap.action(for: MouseEvent(.press, x: 10, y: layout.rows.y + 2), in: f) == nil)
        #expect(MouseMap.action(for: MouseEvent(.scrollDown, x: 10, y: 10), in: f) == .calibration(.moveCursor(by: 1)))
        #expect(MouseMap.action(for: MouseEvent(.press, x: 79, y: 0), in: f) == .toggleHelp)
    }

    @Test func theHelpListsTheViewsKeys() {
        let text = render(update(CalibrationExamples.view, .toggleHelp).state, size: screenSize(80, 24)).plainText()
        #expect(!text.contains("taller terminal"))
        for binding in KeyBindings.calibration.flatMap(\.bindings) {
            #expect(text.contains(binding.label), "help lacks \(binding.label)")
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
    }

    @Test func withoutTargetsTheKeySaysSoOnTheStatusLine() {
        let s = update(CalibrationExamples.state(targets: false, open: false), .calibration(.toggleView)).state
        let last = render(s, size: screenSize(80, 24)).lines[23]
        #expect(last.contains("no targets: the calibration view needs --targets, one class per row"))
    }

    /// The reference's always-right case (every target a largest logit): numpy finds no minimum
    /// (`towards_zero`), and the view says where the NLL falls instead of a number; F refuses.
    @Test func withoutAMinimumTheViewSaysWhy() {
        let c = CalibrationExamples.reference("always-right")
        #expect(c.fit == "towards_zero")
        let s = CalibrationExamples.state(of: c)
        #expect(s.showsCalibration)
        let text = render(s, size: screenSize(80, 24)).plainText()
        #expect(text.contains("no fitted T: NLL falls as T → 0"))
        #expect(text.contains("100.0%"))
        let refused = update(s, .calibration(.setFittedTemperature)).state
        #expect(refused.document.temperature == 1)
        #expect(render(refused, size: screenSize(80, 24)).lines[23].contains("no fitted temperature: NLL falls as T → 0"))
    }
}

import Foundation
import LogitCore
import Testing

/// The calibration view's actions through the reducer, on the committed digits dataset
/// (`digits-logits.npy` with the reference's targets): the figures it holds are checked against
/// numpy/scipy's (`calibration-reference.json`), not against our own output.
@Suite struct CalibrationViewActionTests {
    static let reference = CalibrationReferenceFile.shared.cases.first { $0.name == "digits" }!

    /// The explorer as the command line opens `--file digits-logits.npy --targets …`, on row 0.
    static func digits(targets: Bool = true) throws -> ExplorerState {
        let url = CalibrationReferenceFile.directory.appendingPathComponent("digits-logits.npy")
        let bytes = [UInt8](try Data(contentsOf: url))
        var rows = try ArrayFile.open(ByteStorage(copying: bytes), format: .npy, name: "digits-logits.npy").rows
        if targets { rows = rows.withTargets(reference.targets.map { Optional($0) }) }
        var state = ExplorerState(document: LogitDocument(logits: rows.row(0)))
        state.attach(rows: RowSession(rows: rows, position: 0))
        return state
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        (a - b).magnitude <= tolerance * max(a.magnitude, b.magnitude)
    }

    static func at(_ t: Double) -> CalibrationReferenceFile.Figures { reference.at.first { $0.temperature == t }! }

    @Test func openingTheViewMakesTheFiguresAndTheFit() throws {
        let s = update(try Self.digits(), .calibration(.toggleView)).state
        #expect(s.showsCalibration)
        let c = try #require(s.rows?.calibration)
        let want = Self.at(1)
        #expect(Self.close(c.figures.nll, want.nll) && Self.close(c.figures.ece, want.ece) && Self.close(c.figures.mce, want.mce))
        #expect(c.figures.accuracy == want.accuracy)
        let fitted = try #require(c.fitted.temperature)
        #expect(Self.close(fitted, Self.reference.fitted!.temperature, 1e-6))
        #expect(Self.close(try #require(c.atFitted).nll, Self.reference.atFitted!.nll))
        #expect(s.message?.text.contains("fitted T = 3.50988") == true)
        // And back: the figures are kept for the next time.
        let back = update(s, .calibration(.toggleView)).state
        #expect(!back.showsCalibration)
        #expect(back.rows?.calibration != nil)
        #expect(back.message?.text.contains("C returns to the calibration view") == true)
    }

    @Test func withoutTargetsTheStatusLineSaysSo() throws {
        let s = update(try Self.digits(targets: false), .calibration(.toggleView)).state
        #expect(!s.showsCalibration)
        #expect(s.message?.kind == .error)
        #expect(s.message?.text.contains("no targets") == true)
        let vector = update(ExplorerState(), .calibration(.toggleView)).state
        #expect(!vector.showsCalibration)
        #expect(vector.message?.text.contains("calibration needs a dataset") == true)
        #expect(update(ExplorerState(), .calibration(.setFittedTemperature)).state.document.temperature == 1)
    }

    @Test func theTemperatureKeysReevaluateEveryFigure() throws {
        var s = update(try Self.digits(), .calibration(.toggleView)).state
        s.apply(.setTemperature(2.5))
        var c = try #require(s.rows?.calibration)
        let want = Self.at(2.5)
        #expect(c.temperature == 2.5)
        #expect(Self.close(c.figures.nll, want.nll) && Self.close(c.figures.ece, want.ece) && Self.close(c.figures.rmsce, want.rmsce))
        #expect(c.figures.reliability.map(\.count) == want.reliability.map(\.count))
        // A key (T → 2.5 / 1.25 = 2) moves them, and undo brings back 2.5's.
        s.apply(.scaleTemperature(up: false))
        c = try #require(s.rows?.calibration)
        #expect(c.temperature == 2 && !Self.close(c.figures.nll, want.nll))
        s.apply(.undo)
        #expect(Self.close(try #require(s.rows?.calibration).figures.nll, want.nll))
        // While the view is closed nothing is computed; on return it follows T.
        s.apply(.calibration(.toggleView))
        s.apply(.setTemperature(0.5))
        #expect(s.rows?.calibration?.temperature == 2.5)
        s.apply(.calibration(.toggleView))
        #expect(Self.close(try #require(s.rows?.calibration).figures.nll, Self.at(0.5).nll))
    }

    @Test func theFitKeySetsTheFittedTemperature() throws {
        var s = update(try Self.digits(), .calibration(.toggleView)).state
        s.apply(.calibration(.setFittedTemperature))
        #expect(Self.close(s.document.temperature, Self.reference.fitted!.temperature, 1e-6))
        let c = try #require(s.rows?.calibration)
        #expect(Self.close(c.figures.nll, Self.reference.atFitted!.nll))
        #expect(Self.close(c.figures.ece, Self.reference.atFitted!.ece))
        #expect(s.message?.text.contains("minimizes the NLL") == true)
        s.apply(.undo)
        #expect(s.document.temperature == 1)
    }

    @Test func theOrderCyclesWorstFirstConfidenceLoss() throws {
        var s = update(try Self.digits(), .calibration(.toggleView)).state
        var c = try #require(s.rows?.calibration)
        #expect(c.order == .worstFirst)
        // Worst first: every wrong row (36 of 899: accuracy 96.0%) before any right one, the most
        // confident wrong row first.
        let wrong = Self.reference.targets.count - Int((Self.at(1).accuracy * Double(Self.reference.targets.count)).rounded())
        #expect(c.listed.prefix(wrong).allSatisfy { !c.set.correct[$0] })
        #expect(c.listed.dropFirst(wrong).allSatisfy { c.set.correct[$0] })
        let confidences = c.listed.prefix(wrong).map { c.pass.confidence[$0] }
        #expect(confidences == confidences.sorted(by: >))
        s.apply(.calibration(.moveCursor(by: 5)))
        s.apply(.calibration(.cycleOrder))
        c = try #require(s.rows?.calibration)
        #expect(c.order == .confidence && c.cursor == 0)
        #expect(c.listed == CalibrationRowOrder.confidence.ordered(c.pass, set: c.set))
        s.apply(.calibration(.cycleOrder))
        #expect(s.rows?.calibration?.order == .loss)
        s.apply(.calibration(.cycleOrder))
        #expect(s.rows?.calibration?.order == .worstFirst)
    }

    @Test func enterOpensTheRowAndCReturns() throws {
        var s = update(try Self.digits(), .calibration(.toggleView)).state
        s.apply(.calibration(.moveCursor(by: 2)))
        let row = try #require(s.rows?.calibration).selectedRow
        s.apply(.calibration(.openSelected))
        #expect(!s.showsCalibration)
        #expect(s.rows?.position == row)
        #expect(s.document.target == Self.reference.targets[row])
        #expect(s.message?.text.hasPrefix("row \(row) of 0–898") == true)
        s.apply(.calibration(.toggleView))
        #expect(s.showsCalibration && s.rows?.calibration?.cursor == 2)
    }

    @Test func aClickSelectsThenOpens() throws {
        var s = update(try Self.digits(), .calibration(.toggleView)).state
        s.apply(.calibration(.click(4)))
        #expect(s.showsCalibration && s.rows?.calibration?.cursor == 4)
        let row = try #require(s.rows?.calibration).selectedRow
        s.apply(.calibration(.click(4)))
        #expect(!s.showsCalibration && s.rows?.position == row)
    }

    @Test func theCursorStaysInTheList() throws {
        var s = update(try Self.digits(), .calibration(.toggleView)).state
        s.apply(.calibration(.moveCursor(by: Int.max)))
        #expect(s.rows?.calibration?.cursor == 898)
        s.apply(.calibration(.moveCursor(by: Int.min)))
        #expect(s.rows?.calibration?.cursor == 0)
        s.apply(.calibration(.moveCursorTo(Int.max)))
        #expect(s.rows?.calibration?.cursor == 898)
        s.apply(.calibration(.click(5000)))
        #expect(s.rows?.calibration?.cursor == 898 && s.showsCalibration)
    }
}

import LogitCore
import Testing

/// Every figure of `calibration` against numpy/scipy on a real classifier's logits (scikit-learn's
/// digits, a logistic regression trained by the reference script) and on hand-made cases: 1e-9
/// relative for every figure, 1e-6 for the fitted temperature (the script refines it far beyond).
@Suite("Calibration against numpy and scipy")
struct CalibrationReferenceTests {
    static let file = CalibrationReferenceFile.shared

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        a == b || (a - b).magnitude <= tolerance * max(a.magnitude, b.magnitude)
    }

    static func check(_ got: CalibrationFigures, _ want: CalibrationReferenceFile.Figures, _ what: String) {
        #expect(got.rows == want.rows, "\(what) rows")
        #expect(close(got.accuracy, want.accuracy, 1e-12), "\(what) accuracy \(got.accuracy) vs \(want.accuracy)")
        #expect(close(got.nll, want.nll, 1e-9), "\(what) nll \(got.nll) vs \(want.nll)")
        #expect(close(got.ece, want.ece, 1e-9), "\(what) ece \(got.ece) vs \(want.ece)")
        #expect(close(got.mce, want.mce, 1e-9), "\(what) mce \(got.mce) vs \(want.mce)")
        #expect(close(got.rmsce, want.rmsce, 1e-9), "\(what) rmsce \(got.rmsce) vs \(want.rmsce)")
        #expect(got.reliability.count == want.reliability.count)
        for (k, (g, w)) in zip(got.reliability, want.reliability).enumerated() {
            #expect(g.lower == w.lower && g.upper == w.upper, "\(what) bin \(k) edges")
            #expect(g.count == w.count, "\(what) bin \(k) count \(g.count) vs \(w.count)")
            #expect((g.confidence == nil) == (w.confidence == nil), "\(what) bin \(k) null confidence")
            #expect((g.accuracy == nil) == (w.accuracy == nil), "\(what) bin \(k) null accuracy")
            if let gc = g.confidence, let wc = w.confidence {
                #expect(close(gc, wc, 1e-9), "\(what) bin \(k) confidence \(gc) vs \(wc)")
            }
            if let ga = g.accuracy, let wa = w.accuracy {
                #expect(close(ga, wa, 1e-12), "\(what) bin \(k) accuracy")
            }
        }
    }

    @Test("figures at each temperature and at the fitted one, on every path", arguments: file.cases)
    func figures(_ c: CalibrationReferenceFile.Case) throws {
        let logits = Self.file.logits(of: c)
        for kernels in Kernels.supported {
            try logits.withUnsafeBufferPointer { z in
                let set = try CalibrationSet(logits: z, classes: c.classes, targets: c.targets)
                for want in c.at {
                    let report = CalibrationReport(
                        logits: z, set: set, temperature: want.temperature, bins: ConfidenceBins(count: c.bins), kernels: kernels)
                    Self.check(report.atTemperature, want, "\(c.name) \(kernels) T=\(want.temperature)")
                }
                let report = CalibrationReport(logits: z, set: set, temperature: 1, bins: ConfidenceBins(count: c.bins), kernels: kernels)
                switch c.fit {
                case "value":
                    let want = try #require(c.fitted)
                    let got = try #require(report.fitted.temperature, "\(c.name): \(report.fitted)")
                    #expect(Self.close(got, want.temperature, 1e-6), "\(c.name) \(kernels) fitted \(got) vs \(want.temperature)")
                    // The grid of 4001 temperatures within ±2% found nothing lower than the fitted T.
                    #expect((got - want.gridBest).magnitude <= want.gridStep)
                    Self.check(try #require(report.atFitted), try #require(c.atFitted), "\(c.name) \(kernels) at fitted")
                case "towards_zero":
                    #expect(report.fitted == .towardsZero)
                    #expect(report.atFitted == nil)
                case "towards_infinity":
                    #expect(report.fitted == .towardsInfinity)
                    #expect(report.atFitted == nil)
                default:
                    Issue.record("unknown fit \(c.fit)")
                }
            }
        }
    }

    @Test("the digits model is overconfident: T comes out above 1, and ECE falls at it")
    func overconfident() throws {
        let c = try #require(Self.file.cases.first { $0.name == "digits" })
        let t = try #require(c.fitted?.temperature)
        #expect(t > 1)
        #expect(try #require(c.atFitted).ece < c.at[0].ece)
        #expect(try #require(c.atFitted).nll < c.at[0].nll)
    }
}

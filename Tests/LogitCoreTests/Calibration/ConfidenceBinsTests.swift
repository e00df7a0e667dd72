import LogitCore
import Testing

/// The bin convention of Guo et al.'s `_ECELoss` (conf > lower and conf ≤ upper), on confidences
/// that are exactly an edge, and the refusals of a target list.
@Suite("Confidence bins and targets")
struct ConfidenceBinsTests {
    @Test("an edge goes to the bin below it: k/B < c ≤ (k+1)/B")
    func edges() {
        let ten = ConfidenceBins(count: 10)
        #expect(ten.index(of: 0.5) == 4)
        #expect(ten.index(of: 0.5.nextUp) == 5)
        #expect(ten.index(of: 1.0) == 9)
        #expect(ten.index(of: 0.1) == 0)
        // 0.3 is not 3/10 exactly; the edge is 3/10 rounded, which 0.3 equals: bin 2.
        #expect(ten.edge(3) == 0.3)
        #expect(ten.index(of: 0.3) == 2)
        #expect(ten.index(of: 0.3.nextUp) == 3)
        let twelve = ConfidenceBins(count: 12)
        #expect(twelve.index(of: 1.0 / 3) == 3)  // 4/12 rounded is 1/3 rounded
        #expect(twelve.index(of: 0.25) == 2)
        let fifteen = ConfidenceBins()
        #expect(fifteen.count == 15)
        for k in 1...15 {
            #expect(fifteen.index(of: fifteen.edge(k)) == k - 1)
            #expect(fifteen.index(of: fifteen.edge(k).nextUp) == min(k, 14))
        }
    }

    @Test("empty bins have count 0 and no confidence or accuracy; ECE weighs the others")
    func emptyBins() {
        let confidence: [Double] = [0.95, 0.95, 0.55]
        let correct = [true, false, true]
        let binned = confidence.withUnsafeBufferPointer { c in
            correct.withUnsafeBufferPointer { BinnedCalibration(confidence: c, correct: $0, bins: ConfidenceBins(count: 10)) }
        }
        #expect(binned.bins.filter { $0.count == 0 }.count == 8)
        #expect(binned.bins[0].lower == 0 && binned.bins[0].upper == 0.1 && binned.bins[0].count == 0)
        #expect(binned.bins[0].confidence == nil && binned.bins[0].accuracy == nil && binned.bins[0].gap == nil)
        #expect(binned.bins[9].count == 2 && binned.bins[9].accuracy == 0.5)
        // (2/3)·|0.5 − 0.95| + (1/3)·|1 − 0.55| = 0.3 + 0.15
        #expect((binned.ece - 0.45).magnitude < 1e-15)
        #expect(binned.mce == 1 - 0.55)  // the larger gap, as computed: 0.44999999999999996
    }

    @Test("targets: one per row, a class index or -1")
    func refusals() {
        let z: [Double] = [1, 2, 3, 4, 5, 6]
        z.withUnsafeBufferPointer { z in
            #expect(throws: CalibrationError.targetCount(targets: 3, rows: 2)) {
                try CalibrationSet(logits: z, classes: 3, targets: [0, 1, 2])
            }
            #expect(throws: CalibrationError.targetOutOfRange(row: 1, target: 3, classes: 3)) {
                try CalibrationSet(logits: z, classes: 3, targets: [0, 3])
            }
            #expect(throws: CalibrationError.targetOutOfRange(row: 0, target: -2, classes: 3)) {
                try CalibrationSet(logits: z, classes: 3, targets: [-2, 0])
            }
            #expect(throws: CalibrationError.noTargets) {
                try CalibrationSet(logits: z, classes: 3, targets: [-1, -1])
            }
        }
        let nan: [Double] = [1, .nan, 3]
        _ = nan.withUnsafeBufferPointer { z in
            #expect(throws: CalibrationError.notFinite(row: 0, column: 1)) {
                try CalibrationSet(logits: z, classes: 3, targets: [0])
            }
        }
        #expect(CalibrationError.targetOutOfRange(row: 1, target: 3, classes: 3).description
            == "target of row 1 is 3: a class index is 0 to 2, or -1 for none")
    }

    @Test("a masked target makes the NLL infinite and leaves no fitted temperature")
    func maskedTarget() throws {
        let z: [Double] = [0, -.infinity, 1, 0]
        try z.withUnsafeBufferPointer { z in
            let set = try CalibrationSet(logits: z, classes: 2, targets: [1, 0])
            let report = CalibrationReport(logits: z, set: set, temperature: 1, bins: ConfidenceBins())
            #expect(report.atTemperature.nll == .infinity)
            #expect(report.fitted == .undefined)
        }
    }

    @Test("Float logits give the figures of the same logits in Double, to Float's rounding")
    func float32() throws {
        let file = CalibrationReferenceFile.shared
        let c = try #require(file.cases.first { $0.name == "digits" })
        let doubles = file.logits(of: c)
        let floats = doubles.map { Float($0) }
        let report = try floats.withUnsafeBufferPointer { z in
            let set = try CalibrationSet(logits: z, classes: c.classes, targets: c.targets)
            return CalibrationReport(logits: z, set: set, temperature: 1, bins: ConfidenceBins())
        }
        #expect((report.atTemperature.nll - c.at[0].nll).magnitude < 1e-5 * c.at[0].nll)
        #expect((report.atTemperature.ece - c.at[0].ece).magnitude < 1e-4)
        let t = try #require(report.fitted.temperature)
        #expect((t - c.fitted!.temperature).magnitude < 1e-5 * t)
    }
}

@Suite("Calibration row orders")
struct CalibrationRowOrderTests {
    @Test("worst first puts the confidently wrong on top; by confidence; by loss")
    func orders() throws {
        // Rows: right and sure, wrong and sure, wrong and unsure, right and unsure.
        let z: [Double] = [5, 0, 0, 5, 0.2, 0, 0.1, 0]
        try z.withUnsafeBufferPointer { z in
            let set = try CalibrationSet(logits: z, classes: 2, targets: [0, 0, 1, 0])
            let pass = CalibrationPass(logits: z, set: set, temperature: 1, slope: false)
            #expect(CalibrationRowOrder.worstFirst.ordered(pass, set: set) == [1, 2, 3, 0])
            // Rows 0 and 1 are equally sure (1/(1 + e^-5)): ties keep row order.
            #expect(CalibrationRowOrder.confidence.ordered(pass, set: set) == [0, 1, 2, 3])
            #expect(CalibrationRowOrder.loss.ordered(pass, set: set) == [1, 2, 3, 0])
        }
    }
}

import Testing
@testable import LogitCore

/// BCE naive against PyTorch's BCEWithLogitsLoss formula. Expected figures computed with numpy
/// (naive, every operation in float32) and Python floats (stable: max(u,0) − u·y + log1p(exp(−|u|)),
/// rounded to float32):
///   u=20 y=1: naive nan, stable 2.06115369216775e-09     u=20 y=0: naive inf, stable 20.0
///   u=−100 y=1: naive inf, stable 100.0                  u=−100 y=0: naive nan, stable 3.783505853677006e-44
///   u=2 y=1: stable 0.12692801654338837                  u=0 y=1: both 0.6931471824645996
@Suite struct BinaryCrossEntropyTests {
    @Test func naiveBreaksWhereStableIsFinite() {
        #expect(naiveBinaryCrossEntropy(Float(20), label: 1).isNaN)
        #expect(Double(binaryCrossEntropyWithLogits(Float(20), label: 1)) == 2.06115369216775e-09)
        #expect(naiveBinaryCrossEntropy(Float(20), label: 0) == .infinity)
        #expect(binaryCrossEntropyWithLogits(Float(20), label: 0) == 20)
        #expect(naiveBinaryCrossEntropy(Float(-100), label: 1) == .infinity)
        #expect(binaryCrossEntropyWithLogits(Float(-100), label: 1) == 100)
        #expect(naiveBinaryCrossEntropy(Float(-100), label: 0).isNaN)
        #expect(Double(binaryCrossEntropyWithLogits(Float(-100), label: 0)) == 3.783505853677006e-44)
    }

    @Test func agreeWhereNaiveIsSafe() {
        #expect(Double(binaryCrossEntropyWithLogits(Float(2), label: 1)) == 0.12692801654338837)
        #expect(Double(binaryCrossEntropyWithLogits(Float(0), label: 1)) == 0.6931471824645996)
        #expect(Double(naiveBinaryCrossEntropy(Float(0), label: 1)) == 0.6931471824645996)
        #expect(isClose(Double(naiveBinaryCrossEntropy(Float(2), label: 1)), 0.12692801654338837, within: 1e-6))
    }

    @Test func stableIsFiniteEverywhereInEveryType() {
        for u in [-1000.0, -50, -1, 0, 1, 50, 1000] {
            for y in [0.0, 1.0] {
                #expect(binaryCrossEntropyWithLogits(u, label: y).isFinite)
                #expect(binaryCrossEntropyWithLogits(Float(u), label: Float(y)).isFinite)
                #expect(binaryCrossEntropyWithLogits(Float16(u), label: Float16(y)).isFinite)
            }
        }
    }
}

import Testing
@testable import LogitCore

/// The fused passes (max; exp, Σe and Σ e log e; the division) on lengths that are not a multiple
/// of the lanes (8 Floats, 4 Doubles), against the scalar formulas of NUMERICS.md computed here
/// term by term in the wider type.
@Suite struct SoftmaxPassTests {
    static let lengths = [1, 2, 3, 7, 8, 9, 17, 33]

    /// Deterministic logits in [−20, 20] with a masked class when n > 2.
    static func logits(_ n: Int) -> [Double] {
        var g = SplitMix64(seed: UInt64(n))
        var z = (0..<n).map { _ in 40 * g.nextUnitDouble() - 20 }
        if n > 2 { z[n / 2] = -.infinity }
        return z
    }

    @Test(arguments: lengths)
    func floatPassesMatchTheScalarFormulas(_ n: Int) {
        let u = Self.logits(n).map { Float($0) }
        let m = u.max()!
        let (p, lse) = softmaxAndLogSumExp(u)
        let e = u.map { VectorExp.exp($0 - m) }
        let S = e.reduce(0.0) { $0 + Double($1) }
        #expect(p == e.map { Float(Double($0) / S) })
        #expect(ulpDistance(Double(lse), Double(m) + Double.log(S), in: .float32) <= 1)
        let parts = ShiftedExponentials(u)
        #expect(parts.max == m && parts.exponentials == e)
        #expect(ulpDistance(parts.sum, S, in: .float64) <= 1)
        let h = -e.indices.filter { e[$0] > 0 }.map { Double(e[$0]) / S * (Double.log(Double(e[$0])) - Double.log(S)) }.reduce(0, +)
        #expect(ulpDistance(Double(entropy(u)), h, in: .float32) <= 1)
    }

    @Test(arguments: lengths)
    func doublePassesMatchTheScalarFormulas(_ n: Int) {
        let u = Self.logits(n)
        let m = u.max()!
        let (p, lse) = softmaxAndLogSumExp(u)
        let e = u.map { VectorExp.exp($0 - m) }
        let S = e.compensatedSum()
        #expect(maxULPDistance(p, e.map { $0 / S }, in: .float64) <= 1)
        #expect(ulpDistance(lse, m + Double.log(S), in: .float64) <= 1)
        let parts = ShiftedExponentials(u)
        #expect(parts.max == m && parts.exponentials == e)
        #expect(ulpDistance(parts.sum, S, in: .float64) <= 1)
    }

    /// Each per-class value equals the same entry of its whole array, in every precision.
    @Test(arguments: Precision.allCases)
    func perClassValuesEqualTheArrays(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: Self.logits(17), temperature: 0.7, precision: p, target: 3))
        let softmax = a.softmax, naive = a.naiveSoftmax, log = a.logSoftmax, sig = a.sigmoid
        let grad = a.gradient!, e = a.shiftedExponentials, u = a.scaled
        for i in 0..<17 {
            #expect(a.softmax(at: i) == softmax[i])
            #expect(a.logSoftmax(at: i) == log[i])
            #expect(a.sigmoid(at: i) == sig[i])
            #expect(a.gradient(at: i) == grad[i])
            #expect(a.shiftedExponential(at: i) == e[i])
            #expect(a.scaled(at: i) == u[i])
            let n = a.naiveSoftmax(at: i)
            #expect(n == naive[i] || (n.isNaN && naive[i].isNaN))
        }
        // The vectorized array is what the scalar formula gives: e / S, rounded once.
        for i in 0..<17 where p != .float16 {
            #expect(ulpDistance(softmax[i], e[i] / a.shiftedSum, in: p) <= 1)
        }
    }

    /// n = 1: the one class has probability 1 and log-probability 0, whatever its value.
    @Test(arguments: Precision.allCases)
    func oneClass(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: [-3.25], precision: p))
        #expect(a.softmax == [1] && a.logSoftmax == [0])
        #expect(a.entropyNats == 0 && a.logsumexp == -3.25)
    }

    /// naiveSoftmaxIsFinite says what the naive array holds: the overflow and underflow cases of
    /// NUMERICS.md, a sum that overflows with finite terms (Float16: 2 · exp(11) = 119748 > 65504,
    /// each term 59874 finite, so every p is 59874/inf = 0), and a plain case.
    @Test func naiveFinitenessWithoutTheArray() {
        let cases: [([Double], Precision, Bool)] = [
            ([12, 11, 10], .float16, false), ([89, 88, 87], .float32, false), ([710, 709, 708], .float64, false),
            ([-18, -19, -20], .float16, false), ([-746, -747], .float64, false),
            ([11, 11], .float16, true), ([2, 1, 0.1], .float64, true),
        ]
        for (z, p, finite) in cases {
            let a = Analysis(AnalysisInput(logits: z, precision: p))
            #expect(a.naiveSoftmaxIsFinite == finite, "\(z) \(p)")
            #expect(a.naiveSoftmax.allSatisfy(\.isFinite) == finite, "\(z) \(p)")
        }
    }
}

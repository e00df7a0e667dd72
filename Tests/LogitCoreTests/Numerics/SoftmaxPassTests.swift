import RealModule
import Testing
@testable import LogitCore

/// The passes (max; exp, Σe and Σ e log e; the division) on every path this processor runs
/// (`Kernels.supported`), on lengths that are not a multiple of the lanes (16 or 32 Floats, 8 or
/// 16 Doubles a block), against the scalar formulas of NUMERICS.md computed here term by term in
/// the wider type; and each per-class value against the whole-vector pass, bit for bit.
@Suite struct SoftmaxPassTests {
    static let lengths = [1, 2, 3, 7, 8, 9, 17, 33, 64, 65, 1000]

    /// Deterministic logits in [−20, 20] with a masked class when n > 2.
    static func logits(_ n: Int) -> [Double] {
        var g = SplitMix64(seed: UInt64(n))
        var z = (0..<n).map { _ in 40 * g.nextUnitDouble() - 20 }
        if n > 2 { z[n / 2] = -.infinity }
        return z
    }

    /// The pass over u, its shift checked against the scalar max.
    static func pass<F: LogitFloat>(_ u: [F], _ k: Kernels) -> (parts: ShiftedExponentials<F>, max: F, e: [F]) {
        let parts = ShiftedExponentials(u, kernels: k)
        let m = u.max()!
        #expect(parts.max == m)
        return (parts, m, parts.exponentials)
    }

    @Test(arguments: lengths, Kernels.supported)
    func floatPassesMatchTheScalarFormulas(_ n: Int, _ k: Kernels) {
        let u = Self.logits(n).map { Float($0) }
        let (parts, m, e) = Self.pass(u, k)
        // Each exp within an ulp of the exact one, and the one the path gives the class alone.
        for i in u.indices {
            #expect(ulpDistance(Double(e[i]), Double(Float(Double.exp(Double(u[i] - m)))), in: .float32) <= 1)
            #expect(e[i] == Float.shiftedExp(u[i], shift: m, on: k))
        }
        // The lanes' plain Double sums, within the bound of recursive summation (n·2⁻⁵³ relative)
        // of the compensated one: far below what a Float probability can show.
        let S = e.map(Double.init).compensatedSum()
        #expect((parts.sum - S).magnitude <= Double(n) * 0x1p-53 * S)
        let (p, lse) = softmaxAndLogSumExp(u, kernels: k)
        #expect(p == e.map { Float.probability($0, sum: parts.sum, on: k) })
        #expect(maxULPDistance(p.map(Double.init), e.map { Double(Float(Double($0) / S)) }, in: .float32) <= 1)
        #expect(ulpDistance(Double(lse), Double(m) + Double.log(S), in: .float32) <= 1)
        let h = -e.indices.filter { e[$0] > 0 }.map { Double(e[$0]) / S * (Double.log(Double(e[$0])) - Double.log(S)) }.reduce(0, +)
        #expect(ulpDistance(Double(entropy(sum: parts.sum, eLogE: parts.eLogE)), h, in: .float32) <= 1)
    }

    @Test(arguments: lengths, Kernels.supported)
    func doublePassesMatchTheScalarFormulas(_ n: Int, _ k: Kernels) {
        let u = Self.logits(n)
        let (parts, m, e) = Self.pass(u, k)
        for i in u.indices {
            #expect(ulpDistance(e[i], Double.exp(u[i] - m), in: .float64) <= 1)
            #expect(e[i] == Double.shiftedExp(u[i], shift: m, on: k))
        }
        let S = e.compensatedSum()
        #expect(ulpDistance(parts.sum, S, in: .float64) <= 1)
        let (p, lse) = softmaxAndLogSumExp(u, kernels: k)
        // Divided, correctly rounded, on every path (the AVX paths without a divide instruction).
        #expect(p == e.map { $0 / parts.sum })
        #expect(p == e.map { Double.probability($0, sum: parts.sum, on: k) })
        #expect(ulpDistance(lse, m + Double.log(S), in: .float64) <= 1)
    }

    #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
    /// Float16: every step as the scalar Float16 code takes it (`Float16.exp` of the half u − m,
    /// Float(e) / S rounded to a half), exactly, and the sums as the scalar code's compensated ones.
    @Test(arguments: lengths, Kernels.supported)
    func float16PassesMatchTheScalarCode(_ n: Int, _ k: Kernels) {
        let u = Self.logits(n).map { Float16($0) }
        let (parts, m, e) = Self.pass(u, k)
        #expect(e.map(\.bitPattern) == u.map { Float16.exp($0 - m).bitPattern })
        #expect(e == u.map { Float16.shiftedExp($0, shift: m, on: k) })
        let S = e.map(Float.init).compensatedSum()
        #expect(parts.sum == S)
        let eLogE = e.filter { $0 > 0 }.map { Float($0) * Float.log(Float($0)) }.compensatedSum()
        #expect(ulpDistance(Double(parts.eLogE), Double(eLogE), in: .float32) <= 1)
        let (p, _) = softmaxAndLogSumExp(u, kernels: k)
        #expect(p == e.map { Float16(Float($0) / parts.sum) })
        #expect(p == e.map { Float16.probability($0, sum: parts.sum, on: k) })
    }
    #endif

    /// Each per-class value is the value the whole-vector pass computed for that class, bit for
    /// bit, on every path and in every precision: the exps, the probabilities (both the pass of
    /// `softmaxAndLogSumExp` and the chunked one behind `softmax` and the filters), the gradient;
    /// and the arrays `--json` writes equal the per-class values the view draws.
    @Test(arguments: Precision.allCases, Kernels.supported)
    func perClassValuesEqualTheWholeVectorPass(_ p: Precision, _ k: Kernels) {
        let a = Analysis(AnalysisInput(logits: Self.logits(1017), temperature: 0.7, precision: p, target: 3), kernels: k)
        switch p {
        case .float16: Self.checkPerClass(a, Half.self)
        case .float32: Self.checkPerClass(a, Float.self)
        case .float64: Self.checkPerClass(a, Double.self)
        case .bfloat16: Self.checkPerClass(a, BFloat16.self)
        }
        let softmax = a.softmax, naive = a.naiveSoftmax, log = a.logSoftmax, sig = a.sigmoid
        let grad = a.gradient!, e = a.shiftedExponentials, u = a.scaled, naivePass = a.naive
        for i in 0..<a.count {
            #expect(a.softmax(at: i) == softmax[i])
            #expect(a.logSoftmax(at: i) == log[i])
            #expect(a.sigmoid(at: i) == sig[i])
            #expect(a.gradient(at: i) == grad[i])
            #expect(a.shiftedExponential(at: i) == e[i])
            #expect(a.scaled(at: i) == u[i])
            let n = naivePass.softmax(at: i)
            #expect(n == naive[i] || (n.isNaN && naive[i].isNaN))
        }
    }

    private static func checkPerClass<F: LogitFloat>(_ a: Analysis, _: F.Type) {
        let u = a.scaled.map { F($0) }
        let parts = ShiftedExponentials(u, kernels: a.kernels)
        let (p, _) = softmaxAndLogSumExp(u, kernels: a.kernels)
        #expect(Double(parts.sum) == a.shiftedSum)
        typealias A = F.Accumulator
        for i in u.indices {
            #expect(a.shiftedExponential(at: i) == Double(parts.exponentials[i]))
            #expect(a.softmax(at: i) == Double(p[i]))
            let g = F((A(parts.exponentials[i]) / parts.sum - (i == 3 ? 1 : 0)) / A(F(a.temperature)))
            #expect(a.gradient(at: i) == Double(g))
        }
    }

    /// The paths agree to the last bits (Float and Double fuse multiply-adds on AVX, which moves an
    /// exp by an ulp and the sum by less, so a probability by up to two), and Float16 exactly: its
    /// lookups, conversions and sums are exact on every path.
    @Test(arguments: Precision.allCases)
    func thePathsAgree(_ p: Precision) {
        let z = Self.logits(1017)
        let results = Kernels.supported.map { Analysis(AnalysisInput(logits: z, temperature: 0.7, precision: p), kernels: $0) }
        for a in results.dropFirst() {
            let d = maxULPDistance(a.softmax, results[0].softmax, in: p)
            #expect(d <= (p == .float16 ? 0 : 2), "\(a.kernels) against \(results[0].kernels): \(d) ulp")
            #expect(ulpDistance(a.entropyNats, results[0].entropyNats, in: p) <= (p == .float16 ? 0 : 1))
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

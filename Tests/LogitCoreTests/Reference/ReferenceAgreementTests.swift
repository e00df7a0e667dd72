import Testing
@testable import LogitCore

/// `Analysis` against numpy/scipy, field by field, counted in ulps of the case's precision, on
/// every vector-kernel path this processor runs (`Kernels.supported`).
///
/// Tolerances, and why:
/// - inputs (rounded logits, T, u = z/T), argmax and the above-threshold flags: exact. They are one
///   correctly rounded IEEE operation, or a comparison.
/// - elementwise results (softmax, naive softmax, log-softmax, logsumexp, sigmoid, CE, gradient):
///   ≤ `Tolerance.elementwise` = 2 ulp. Each is a few correctly rounded operations in the wide type
///   and one rounding to the precision; libm's exp/log (glibc here, numpy's own loops there) may
///   differ by an ulp, and a double rounding can add one more.
/// - reductions over the whole vector (entropy in nats and bits, perplexity): ≤ `Tolerance.reduction`
///   = 4 ulp: a sum of up to 1000 terms, each carrying the elementwise error, compensated on both sides.
/// - T·logit(τ): ≤ 1 ulp of Float64 (scipy.special.logit against log(p/(1−p))).
/// - Float16 and BFloat16: 0 ulp, every field. Their figures are computed in Float, whose error is
///   far below a half's or a bfloat16's rounding, so they round to what numpy's code rounds to.
enum Tolerance {
    static let elementwise = 2
    static let reduction = 4

    static func elementwise(_ p: Precision) -> Int { p == .float16 || p == .bfloat16 ? 0 : elementwise }
    static func reduction(_ p: Precision) -> Int { p == .float16 || p == .bfloat16 ? 0 : reduction }
}

@Suite struct ReferenceAgreementTests {
    @Test(arguments: ReferenceFile.shared.cases, Kernels.supported)
    func inputsRoundExactlyAsNumpyRounds(_ c: ReferenceCase, _ k: Kernels) {
        let a = Analysis(c.input, kernels: k)
        #expect(Array(a.logits).bitwiseEqual(c.expected.logits))
        #expect(a.temperature == c.expected.temperature)
        #expect(a.scaled.bitwiseEqual(c.expected.scaled))
        #expect(a.argmax == c.expected.argmax)
        #expect(a.aboveThreshold == c.expected.aboveThreshold)
    }

    @Test(arguments: ReferenceFile.shared.cases, Kernels.supported)
    func elementwiseResultsWithinTwoULP(_ c: ReferenceCase, _ k: Kernels) {
        let a = Analysis(c.input, kernels: k)
        let p = c.input.precision
        for (field, ours, theirs) in [
            ("softmax", a.softmax, c.expected.softmax),
            ("naive softmax", a.naiveSoftmax, c.expected.naiveSoftmax),
            ("log-softmax", a.logSoftmax, c.expected.logSoftmax),
            ("sigmoid", a.sigmoid, c.expected.sigmoid),
            ("logsumexp", [a.logsumexp], [c.expected.logsumexp]),
        ] {
            let d = maxULPDistance(ours, theirs, in: p)
            #expect(d <= Tolerance.elementwise(p), "\(field): \(d) ulp")
        }
        if let ce = c.expected.crossEntropy, let grad = c.expected.gradient {
            #expect(ulpDistance(a.crossEntropy ?? .nan, ce, in: p) <= Tolerance.elementwise(p))
            #expect(maxULPDistance(a.gradient ?? [], grad, in: p) <= Tolerance.elementwise(p))
        } else {
            #expect(a.crossEntropy == nil && a.gradient == nil)
        }
    }

    @Test(arguments: ReferenceFile.shared.cases, Kernels.supported)
    func reductionsWithinFourULP(_ c: ReferenceCase, _ k: Kernels) {
        let a = Analysis(c.input, kernels: k)
        let p = c.input.precision
        #expect(ulpDistance(a.entropyNats, c.expected.entropyNats, in: p) <= Tolerance.reduction(p))
        #expect(ulpDistance(a.entropyBits, c.expected.entropyBits, in: p) <= Tolerance.reduction(p))
        #expect(ulpDistance(a.perplexity, c.expected.perplexity, in: p) <= Tolerance.reduction(p))
    }

    @Test(arguments: ReferenceFile.shared.cases)
    func logitThresholdWithinOneULPOfFloat64(_ c: ReferenceCase) {
        let a = Analysis(c.input)
        for t in a.logitThresholds {
            #expect(ulpDistance(t, c.expected.logitThreshold, in: .float64) <= 1)
        }
    }

    /// Prints the worst distance seen per path, precision and field (the figures the report quotes).
    @Test(arguments: Kernels.supported)
    func worstULPPerPrecision(_ k: Kernels) {
        var worst: [Precision: [String: Int]] = [:]
        for c in ReferenceFile.shared.cases {
            let a = Analysis(c.input, kernels: k)
            let p = c.input.precision
            let fields: [(String, [Double], [Double])] = [
                ("softmax", a.softmax, c.expected.softmax),
                ("naive", a.naiveSoftmax, c.expected.naiveSoftmax),
                ("logSoftmax", a.logSoftmax, c.expected.logSoftmax),
                ("sigmoid", a.sigmoid, c.expected.sigmoid),
                ("logsumexp", [a.logsumexp], [c.expected.logsumexp]),
                ("entropy", [a.entropyNats, a.entropyBits, a.perplexity],
                 [c.expected.entropyNats, c.expected.entropyBits, c.expected.perplexity]),
                ("ce+grad", [a.crossEntropy ?? 0] + (a.gradient ?? []),
                 [c.expected.crossEntropy ?? 0] + (c.expected.gradient ?? [])),
            ]
            for (name, ours, theirs) in fields {
                worst[p, default: [:]][name] = max(worst[p]?[name] ?? 0, maxULPDistance(ours, theirs, in: p))
            }
        }
        for p in Precision.allCases {
            let row = (worst[p] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            print("worst ulp \(k) \(p.rawValue): \(row.joined(separator: ", "))")
            #expect((worst[p]?.values.max() ?? .max) <= Tolerance.reduction(p))
        }
    }
}

extension Array where Element == Double {
    /// Equal element by element, NaN equal to NaN.
    func bitwiseEqual(_ other: [Double]) -> Bool {
        count == other.count && zip(self, other).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }
}

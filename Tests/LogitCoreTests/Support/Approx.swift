/// |a − b| ≤ tolerance, for figures quoted to a few decimals (the seed's 0.659, NUMERICS.md's 0.665).
func isClose(_ a: Double, _ b: Double, within tolerance: Double) -> Bool {
    (a - b).magnitude <= tolerance
}

func isClose(_ a: [Double], _ b: [Double], within tolerance: Double) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, within: tolerance) }
}

/// The seed vector (News, Entertainment, Technology) and NUMERICS.md's rows, shared by several suites.
enum Figures {
    static let seed = [2.0, 1.0, 0.1]
    /// The seed's probabilities at T = 1 as the article prints them.
    static let seedSoftmax = [0.659, 0.242, 0.099]
    /// NUMERICS.md: the stable softmax of any [a, a−1, a−2].
    static let stepDown = [0.665, 0.245, 0.090]
    static let overflow: [Precision: [Double]] = [
        .float16: [12, 11, 10], .float32: [89, 88, 87], .float64: [710, 709, 708], .bfloat16: [89, 88, 87],
    ]
    /// BFloat16's exp is 0 below ln 2⁻¹³⁴ = −92.88 (half its smallest subnormal).
    static let underflow: [Precision: [Double]] = [
        .float16: [-18, -19, -20], .float32: [-104, -105, -106], .float64: [-746, -747, -748],
        .bfloat16: [-94, -95, -96],
    ]

    /// How close a probability computed in `p` comes to a figure quoted to three decimals: the
    /// quote's own 5e-4, plus, in BFloat16, an ulp near 1 (2⁻⁸): its 8 bits hold 0.659 only as
    /// 0.66015625, and the naive path's three roundings can add up to an ulp.
    static func quoted(_ p: Precision) -> Double {
        p == .bfloat16 ? 5e-4 + 0x1p-8 : 5e-4
    }
}

import LogitCore

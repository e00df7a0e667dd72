/// Naive softmax, exp(uᵢ) / Σⱼ exp(uⱼ), as naive code computes it: libm's exp and every operation
/// in the precision, the sum left to right (overflow, underflow, inf and NaN included). Its sum is a
/// loop of libm exps (15 ms at a million classes) that no stable figure needs, so the analysis does
/// not make it on every change; the figures that show it (the naive bars, the lab, the worked
/// steps, `--json`, the exports) ask for this once per frame or report.
public struct NaiveSoftmax: Sendable {
    public let analysis: Analysis
    /// Σ exp(uᵢ), left to right in the precision: the naive path's denominator.
    public let sum: Double
    /// How many positive terms that sum lost whole: each left the running sum unchanged, being
    /// under half an ulp of it (in BFloat16, 256 + 1 = 256; in Float16, 2048 + 1 = 2048).
    public let lostTerms: Int

    public init(_ analysis: Analysis) {
        self.analysis = analysis
        (sum, lostTerms) = switch analysis.input.precision {
        case .float16: Self.sum(analysis, Half.self)
        case .float32: Self.sum(analysis, Float.self)
        case .float64: Self.sum(analysis, Double.self)
        case .bfloat16: Self.sum(analysis, BFloat16.self)
        }
    }

    /// exp(uᵢ) in the precision: the naive numerator (the article's 7.389, 2.718, 1.105).
    public func exponential(at i: Int) -> Double {
        switch analysis.input.precision {
        case .float16: Double(Self.exp(analysis, i, Half.self))
        case .float32: Double(Self.exp(analysis, i, Float.self))
        case .float64: Double(Self.exp(analysis, i, Double.self))
        case .bfloat16: Double(Self.exp(analysis, i, BFloat16.self))
        }
    }

    /// exp(uᵢ) / Σ, divided in the precision.
    public func softmax(at i: Int) -> Double {
        switch analysis.input.precision {
        case .float16: Double(Self.exp(analysis, i, Half.self) / Half(sum))
        case .float32: Double(Self.exp(analysis, i, Float.self) / Float(sum))
        case .float64: Self.exp(analysis, i, Double.self) / sum
        case .bfloat16: Double(Self.exp(analysis, i, BFloat16.self) / BFloat16(sum))
        }
    }

    /// Every class's `exponential(at:)`; builds the array.
    public var exponentials: [Double] { (0..<analysis.count).map(exponential(at:)) }
    /// Every class's `softmax(at:)`; builds the array.
    public var softmax: [Double] { (0..<analysis.count).map(softmax(at:)) }

    private static func exp<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> F {
        F.exp(a.input.scaled(at: i, as: F.self))
    }

    private static func sum<F: LogitFloat>(_ a: Analysis, _: F.Type) -> (Double, Int) {
        let u = (0..<a.count).map { a.input.scaled(at: $0, as: F.self) }
        let (sum, lost) = u.withUnsafeBufferPointer(naiveSum)
        return (Double(sum), lost)
    }
}

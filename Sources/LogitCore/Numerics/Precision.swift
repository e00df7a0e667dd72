/// The arithmetic a computation runs in. The user picks one; every number on screen is then
/// what that type really produces, overflow included.
public enum Precision: String, CaseIterable, Sendable, Codable {
    case float16, float32, float64
    /// bfloat16 as PyTorch computes it on a CPU: each operation in Float, rounded (see `BFloat16`).
    case bfloat16

    /// Accepts the long names and the short ones (`f16`, `f32`, `f64`, `bf16`), case-insensitively,
    /// and the C and PyTorch spellings (`half`, `float`, `double`, `fp16`…).
    public init?(name: String) {
        let folded = name.lowercased()
        if let p = Self.allCases.first(where: { $0.names.contains(folded) }) {
            self = p
            return
        }
        switch folded {
        case "half", "fp16": self = .float16
        case "float", "single", "fp32": self = .float32
        case "double", "fp64": self = .float64
        default: return nil
        }
    }

    /// The names the command line shows and completes: the long one and the short one.
    public var names: [String] { [rawValue, shortName] }

    /// `f16`, `f32`, `f64`, `bf16`.
    public var shortName: String {
        switch self {
        case .float16: "f16"
        case .float32: "f32"
        case .float64: "f64"
        case .bfloat16: "bf16"
        }
    }

    /// The largest finite value of the type, as a Double (65504 for Float16, about 3.39e38 for
    /// BFloat16).
    public var greatestFiniteMagnitude: Double {
        switch self {
        case .float16: Double(Float16.greatestFiniteMagnitude)
        case .float32: Double(Float.greatestFiniteMagnitude)
        case .float64: Double.greatestFiniteMagnitude
        case .bfloat16: Double(BFloat16.greatestFiniteMagnitude)
        }
    }

    /// exp(x) overflows to +inf above this: ln(greatestFiniteMagnitude), 11.09 / 88.72 / 709.78,
    /// and 88.72 for BFloat16 (its range is Float's; the values near it are 88.5 and 89).
    public var expOverflowLimit: Double { Double.log(greatestFiniteMagnitude) }

    /// exp(x) rounds to exactly 0 below this: ln(leastNonzeroMagnitude / 2), the point where the
    /// result is nearer zero than the smallest subnormal (−17.33 / −103.97 / −745.13; BFloat16,
    /// whose exp is Float's rounded to 8 bits, −92.88).
    public var expUnderflowLimit: Double {
        switch self {
        case .float16: Double.log(Double(Float16.leastNonzeroMagnitude) / 2)
        case .float32: Double.log(Double(Float.leastNonzeroMagnitude) / 2)
        case .float64: Double.log(Double.leastNonzeroMagnitude) - Double.log(2)
        case .bfloat16: Double.log(Double(BFloat16.leastNonzeroMagnitude) / 2)
        }
    }

    /// Rounds a Double to the nearest value of this precision (ties to even), returned as a Double.
    /// BFloat16 rounds through Float, as PyTorch converts a Python float (see `BFloat16.init`).
    public func round(_ x: Double) -> Double {
        switch self {
        case .float16: Double(Float16(x))
        case .float32: Double(Float(x))
        case .float64: x
        case .bfloat16: Double(BFloat16(x))
        }
    }

    /// The next precision in the cycle float64 → float32 → float16 → bfloat16 → float64.
    public var next: Precision {
        switch self {
        case .float64: .float32
        case .float32: .float16
        case .float16: .bfloat16
        case .bfloat16: .float64
        }
    }

    /// The short name used in headers (`Float16`, `BFloat16`).
    public var displayName: String {
        switch self {
        case .float16: "Float16"
        case .float32: "Float32"
        case .float64: "Float64"
        case .bfloat16: "BFloat16"
        }
    }

    /// How many values of this precision lie between a and b (Doubles holding values of it
    /// exactly, as `Analysis` gives them): 0 when equal, 1 for neighbours, counted across zero
    /// (+0 and −0 are one value). Equal non-finite values are 0 apart; any other pair with a
    /// non-finite value is `Int.max`.
    public func ulpDistance(_ a: Double, _ b: Double) -> Int {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : .max }
        if a.isInfinite || b.isInfinite { return a == b ? 0 : .max }
        func distance<F: BinaryFloatingPoint>(_: F.Type) -> Int {
            // Sign-magnitude onto a line of integers: the bits of |x| count its place among the
            // values of F, and Int128 holds any difference.
            func line(_ x: F) -> Int128 {
                let place = Int128(x.exponentBitPattern) << F.significandBitCount | Int128(x.significandBitPattern)
                return x.sign == .minus ? -place : place
            }
            let d = (line(F(a)) - line(F(b))).magnitude
            return d > UInt128(Int.max) ? .max : Int(d)
        }
        return switch self {
        case .float16: distance(Half.self)
        case .float32: distance(Float.self)
        case .float64: distance(Double.self)
        case .bfloat16: distance(BFloat16.self)
        }
    }
}

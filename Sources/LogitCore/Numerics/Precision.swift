/// The arithmetic a computation runs in. The user picks one; every number on screen is then
/// what that type really produces, overflow included.
public enum Precision: String, CaseIterable, Sendable, Codable {
    case float16, float32, float64

    /// Accepts the long names and the short ones (`f16`, `f32`, `f64`), case-insensitively, and
    /// the C and PyTorch spellings (`half`, `float`, `double`, `fp16`…).
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

    /// `f16`, `f32`, `f64`.
    public var shortName: String {
        switch self {
        case .float16: "f16"
        case .float32: "f32"
        case .float64: "f64"
        }
    }

    /// The largest finite value of the type, as a Double (65504 for Float16).
    public var greatestFiniteMagnitude: Double {
        switch self {
        case .float16: Double(Float16.greatestFiniteMagnitude)
        case .float32: Double(Float.greatestFiniteMagnitude)
        case .float64: Double.greatestFiniteMagnitude
        }
    }

    /// exp(x) overflows to +inf above this: ln(greatestFiniteMagnitude), 11.09 / 88.72 / 709.78.
    public var expOverflowLimit: Double { Double.log(greatestFiniteMagnitude) }

    /// exp(x) rounds to exactly 0 below this: ln(leastNonzeroMagnitude / 2), the point where the
    /// result is nearer zero than the smallest subnormal (−17.33 / −103.97 / −745.13).
    public var expUnderflowLimit: Double {
        switch self {
        case .float16: Double.log(Double(Float16.leastNonzeroMagnitude) / 2)
        case .float32: Double.log(Double(Float.leastNonzeroMagnitude) / 2)
        case .float64: Double.log(Double.leastNonzeroMagnitude) - Double.log(2)
        }
    }

    /// Rounds a Double to the nearest value of this precision (ties to even), returned as a Double.
    public func round(_ x: Double) -> Double {
        switch self {
        case .float16: Double(Float16(x))
        case .float32: Double(Float(x))
        case .float64: x
        }
    }

    /// The next precision in the cycle float64 → float32 → float16 → float64.
    public var next: Precision {
        switch self {
        case .float64: .float32
        case .float32: .float16
        case .float16: .float64
        }
    }

    /// The short name used in headers (`Float16`).
    public var displayName: String {
        switch self {
        case .float16: "Float16"
        case .float32: "Float32"
        case .float64: "Float64"
        }
    }
}

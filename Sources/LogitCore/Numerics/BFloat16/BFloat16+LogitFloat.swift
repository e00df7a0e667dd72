import RealModule

/// BFloat16 in the numerics: the scalar passes of `LogitFloat`'s defaults, each operation in Float
/// and rounded, as PyTorch on a CPU. The naive sum runs in BFloat16 and stalls (256 + 1 rounds back
/// to 256); the stable path sums in Float, as PyTorch accumulates a bfloat16 reduction.
extension BFloat16: LogitFloat {
    public typealias Accumulator = Float
    public static var precision: Precision { .bfloat16 }

    /// The bits shifted into a Float's high half (see `LogitFloat.widen`).
    public static func widen(_ x: BFloat16) -> Float { Float(x) }
}

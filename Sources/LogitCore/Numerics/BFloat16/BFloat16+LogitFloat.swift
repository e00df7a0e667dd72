import RealModule

/// BFloat16 in the numerics: the scalar passes of `LogitFloat`, each operation in Float and
/// rounded, as PyTorch on a CPU. The naive sum runs in BFloat16 and stalls (256 + 1 rounds back to
/// 256); the stable path sums in Float, as PyTorch accumulates a bfloat16 reduction.
///
/// `shiftedPass` and `probability` are the protocol's default formulas, written again here only
/// so that each widening to Float is this type's exact bit shift: a generic `Float(e)` sends an
/// 8 + 7-bit format through the standard library's unspecialized bit-by-bit conversion, which
/// made a 128k-class analysis six times slower than Float16's.
extension BFloat16: LogitFloat {
    public typealias Accumulator = Float
    public static var precision: Precision { .bfloat16 }

    public static func shiftedPass(
        _ u: UnsafeBufferPointer<BFloat16>, shift m: BFloat16, into out: UnsafeMutablePointer<BFloat16>?
    ) -> (sum: Float, eLogE: Float) {
        var sum = CompensatedSum<Float>()
        var eLogE = CompensatedSum<Float>()
        for i in u.indices {
            let e = passExp(u[i] - m)
            out?[i] = e
            let wide = Float(e)
            sum.add(wide)
            // 0 · log 0 = 0; log of the rounded e, as scipy's entr(p) sees the rounded value.
            if wide > 0 { eLogE.add(wide * Float.log(wide)) }
        }
        return (sum.value, eLogE.value)
    }

    public static func probability(_ e: BFloat16, sum: Float) -> BFloat16 {
        BFloat16(Float(e) / sum)
    }
}

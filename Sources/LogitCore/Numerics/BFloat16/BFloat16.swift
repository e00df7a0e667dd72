/// bfloat16, the "brain floating point" of TPUs and of most models trained and served today: a
/// Float with its low 16 bits cut off. 1 sign bit, 8 exponent bits (Float's range, up to about
/// 3.39e38) and 7 stored significand bits (8 with the implicit one: 0.1 becomes 0.10009765625).
///
/// Swift has no such type. This one follows PyTorch on a CPU, where a bfloat16 tensor's every
/// operation is computed in Float and its result rounded to bfloat16 (`c10/util/BFloat16.h`,
/// the `Vectorized<BFloat16>` kernels): each operator and function here converts to Float, computes,
/// and rounds once. For + − × ÷ and √ that is exactly the correctly rounded bfloat16 result (Float's
/// 24 bits are more than 2 · 8 + 2, so the double rounding is innocuous); for exp and log it is
/// glibc's Float result, rounded.
///
/// Float → BFloat16 rounds to nearest, ties to even; overflow gives ±inf; Float's subnormals round
/// to bfloat16's (down to 2⁻¹³³); NaN stays a quiet NaN with its sign (0x7FC0 or 0xFFC0), as
/// `ml_dtypes` (JAX's numpy dtype) converts. BFloat16 → Float is exact: the bits shifted left.
/// `scripts/reference/make_bfloat16_table.py` writes ml_dtypes' answer for every one of the
/// 65,536 patterns and for the rounding ties, and `BFloat16Tests` checks each.
@frozen
public struct BFloat16: Sendable {
    /// The sign, exponent and significand bits: the high half of the Float with the same value.
    public var bitPattern: UInt16

    @inlinable
    public init(bitPattern: UInt16) {
        self.bitPattern = bitPattern
    }

    /// `x` rounded to nearest, ties to even (the round-to-nearest-even of PyTorch and ml_dtypes:
    /// add 0x7FFF plus the lowest kept bit, then cut). Carrying into the exponent is how a value
    /// rounds up to the next binade, and from the greatest finite value to infinity.
    @inlinable
    public init(_ x: Float) {
        let bits = x.bitPattern
        if x.isNaN {
            // Quiet, and the sign kept (ml_dtypes; PyTorch's c10 gives +NaN whatever the sign).
            bitPattern = UInt16(truncatingIfNeeded: bits >> 16) & 0x8000 | 0x7FC0
        } else {
            let lowestKept = (bits >> 16) & 1
            bitPattern = UInt16(truncatingIfNeeded: (bits &+ 0x7FFF &+ lowestKept) >> 16)
        }
    }

    /// `x` rounded to Float first, then to BFloat16, as PyTorch converts a Python float (a double):
    /// `c10::BFloat16` has a constructor from float only. It differs from one correct rounding
    /// (ml_dtypes' float64 cast) only for a double within 2⁻²⁴ of a halfway point between two
    /// bfloat16 values, which the Float rounds onto the halfway point.
    @inlinable
    public init(_ x: Double) {
        self.init(Float(x))
    }
}

extension Float {
    /// The BFloat16's value, exactly.
    @inlinable
    public init(_ x: BFloat16) {
        self.init(bitPattern: UInt32(x.bitPattern) << 16)
    }
}

extension Double {
    /// The BFloat16's value, exactly.
    @inlinable
    public init(_ x: BFloat16) {
        self.init(Float(x))
    }
}

extension BFloat16: CustomStringConvertible, CustomDebugStringConvertible {
    /// Float's shortest spelling of the same value (`0.10009766`): it reads back to this BFloat16.
    public var description: String { Float(self).description }
    public var debugDescription: String { Float(self).debugDescription }
}

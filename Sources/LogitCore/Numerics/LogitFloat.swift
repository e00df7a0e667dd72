import RealModule

/// A floating-point type the numerics run in. Each names the wider type its stable path sums in,
/// as the big frameworks do: summing thousands of Float16 values in Float16 stalls (3000 ones added
/// one at a time stop at 2048), so Float16 accumulates in Float and Float in Double.
public protocol LogitFloat: BinaryFloatingPoint, Real, Sendable {
    associatedtype Accumulator: BinaryFloatingPoint & Real & Sendable
    static var precision: Precision { get }
}

import LogitCore

/// Distance in units in the last place, counted in the precision the figures were computed in:
/// the number of representable values of that type between a and b. Both are Doubles holding
/// values of that type exactly (as `Analysis` and the reference file do), so converting back is exact.
/// Equal non-finite values (inf = inf, NaN = NaN) are 0 apart; anything else non-finite is `Int.max`.
func ulpDistance(_ a: Double, _ b: Double, in precision: Precision) -> Int {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : .max }
    if a.isInfinite || b.isInfinite { return a == b ? 0 : .max }
    switch precision {
    case .float16: return orderedDistance(Int64(Float16(a).bitPattern), Int64(Float16(b).bitPattern), signBit: 1 << 15)
    case .float32: return orderedDistance(Int64(Float(a).bitPattern), Int64(Float(b).bitPattern), signBit: 1 << 31)
    case .float64:
        // Map sign-magnitude onto a line of integers in Int128, where no subtraction overflows.
        func line(_ x: Double) -> Int128 {
            let magnitude = Int128(x.bitPattern & ~(1 << 63))
            return x.sign == .minus ? -magnitude : magnitude
        }
        let d = (line(a) - line(b)).magnitude
        return d > UInt128(Int.max) ? .max : Int(d)
    }
}

private func orderedDistance(_ a: Int64, _ b: Int64, signBit: Int64) -> Int {
    func line(_ bits: Int64) -> Int64 { bits & signBit != 0 ? -(bits & ~signBit) : bits }
    return Int((line(a) - line(b)).magnitude)
}

/// The largest distance between two lists, element by element (Int.max when the lengths differ).
func maxULPDistance(_ a: [Double], _ b: [Double], in precision: Precision) -> Int {
    guard a.count == b.count else { return .max }
    return zip(a, b).map { ulpDistance($0, $1, in: precision) }.max() ?? 0
}

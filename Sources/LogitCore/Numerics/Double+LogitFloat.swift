import RealModule

/// Float64 has no wider hardware type; its stable sums are compensated instead (see `CompensatedSum`).
extension Double: LogitFloat {
    public typealias Accumulator = Double
    public static var precision: Precision { .float64 }
}

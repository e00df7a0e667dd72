/// The shortest text that reads back as the same Double, without a needless ".0" (2, -0.5, -inf).
public func formatPlain(_ x: Double) -> String {
    if x == .infinity { return "inf" }
    if x == -.infinity { return "-inf" }
    if x.isNaN { return "nan" }
    if x == x.rounded(), Swift.abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
}

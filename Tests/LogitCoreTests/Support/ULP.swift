import LogitCore

/// Distance in units in the last place of `precision` (see `Precision.ulpDistance`, whose own
/// tests count it against neighbours found bit by bit).
func ulpDistance(_ a: Double, _ b: Double, in precision: Precision) -> Int {
    precision.ulpDistance(a, b)
}

/// The largest distance between two lists, element by element (Int.max when the lengths differ).
func maxULPDistance(_ a: [Double], _ b: [Double], in precision: Precision) -> Int {
    guard a.count == b.count else { return .max }
    return zip(a, b).map { ulpDistance($0, $1, in: precision) }.max() ?? 0
}

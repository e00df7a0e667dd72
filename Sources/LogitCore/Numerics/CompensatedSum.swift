/// Neumaier's compensated summation: the error of each addition is carried along and added back,
/// so the sum of n terms is as good as if it were done in twice the precision. Used for every
/// stable-path reduction, in the accumulator type.
public struct CompensatedSum<F: BinaryFloatingPoint & Sendable>: Sendable {
    public private(set) var sum: F = 0
    private var compensation: F = 0

    public init() {}

    public mutating func add(_ x: F) {
        let t = sum + x
        if sum.magnitude >= x.magnitude {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    /// Multiplies the running total by r, keeping the product's rounding error (exact, from a fused
    /// multiply-add) in the compensation: the online softmax rescales its sum this way, so that
    /// only the rounding of r itself is lost.
    public mutating func scale(by r: F) {
        let product = sum * r
        compensation = compensation * r + (-product).addingProduct(sum, r)
        sum = product
    }

    /// The compensated total. Non-finite sums pass through (the compensation would turn inf into NaN).
    public var value: F { sum.isFinite ? sum + compensation : sum }
}

extension Sequence where Element: BinaryFloatingPoint & Sendable {
    /// The compensated sum of the elements.
    public func compensatedSum() -> Element {
        var acc = CompensatedSum<Element>()
        for x in self { acc.add(x) }
        return acc.value
    }
}

/// Σ p over the first positions of an order (by rank, or by index), for the ranked list's
/// cumulative column. At a 1M-token vocabulary the row on screen may be the 500,000th: summing the
/// probabilities above it on every frame would be half a million exps. So the analysis pass, which
/// computes every pᵢ anyway, also adds them up in blocks of positions; a frame then adds the blocks
/// before its first row and at most one block's worth of single probabilities.
public struct PrefixMass: Sendable, Equatable {
    public static let blockShift = 10
    public static var blockSize: Int { 1 << blockShift }
    /// starts[b]: the mass of positions below b · blockSize, compensated across blocks.
    let starts: [Double]

    /// Prefix sums from the mass of each block.
    init(blockMasses: [Double]) {
        var running = CompensatedSum<Double>()
        var starts = [Double]()
        starts.reserveCapacity(blockMasses.count + 1)
        starts.append(0)
        for m in blockMasses {
            running.add(m)
            starts.append(running.value)
        }
        self.starts = starts
    }

    /// The mass of the positions before `position`; `probability(q)` is the probability at
    /// position q, asked for the positions of `position`'s block that come before it.
    public func mass(before position: Int, probability: (Int) -> Double) -> Double {
        let block = Swift.min(position / Self.blockSize, starts.count - 1)
        var sum = CompensatedSum<Double>()
        sum.add(starts[block])
        for q in (block * Self.blockSize)..<position { sum.add(probability(q)) }
        return sum.value
    }
}

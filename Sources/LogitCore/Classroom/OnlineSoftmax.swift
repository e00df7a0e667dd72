import RealModule

/// Softmax in one pass, the way attention kernels compute it (Milakov and Gimelshein 2018,
/// "Online normalizer calculation for softmax"; Dao et al. 2022, FlashAttention): u is read in
/// blocks of B, keeping only the running max m and the running sum ℓ of e^(u − m). A block whose
/// max raises m first rescales ℓ by e^(m_old − m_new), since the terms already in ℓ were taken
/// against the old max; at the end pᵢ = e^(uᵢ − m) / ℓ. Every exponent is ≤ 0, so nothing
/// overflows where the naive path does (Float16 [12, 11, 10], BFloat16 [89, 88, 87]).
///
/// Computed as the analysis computes the stable path: u = z / T, each exp (the rescale factor
/// included) and each p in the precision, ℓ compensated in the accumulator type as the stable sum
/// is (rescaling it keeps the product's rounding error too), pᵢ divided in the accumulator type and
/// rounded once. The final max is the stable path's and each eᵢ the same number, so the two
/// softmaxes differ only through ℓ against the stable sum S: by the rounding of each rescale factor
/// in the precision, within a few ulps (see `OnlineSoftmaxTests`).
///
/// Built when shown, from the analysis; the steps are one per block, the per-class values on
/// demand, as `Analysis` gives them.
public struct OnlineSoftmax: Sendable {
    /// The state after one block.
    public struct Step: Sendable, Equatable {
        /// The block's positions, in index order.
        public let range: Range<Int>
        /// max u over the block.
        public let blockMax: Double
        /// m before the block (−inf before the first) and after it.
        public let previousMax: Double
        public let max: Double
        /// e^(m_old − m_new), in the precision: what ℓ is multiplied by (1 when the block does not
        /// raise the max). nil while there is no sum to rescale yet (the first block, or blocks
        /// of masked classes only).
        public let rescale: Double?
        /// Σ e^(u − m_new) over the block, in the accumulator type.
        public let blockSum: Double
        /// ℓ before and after the block: ℓ_old · rescale + blockSum (compensated, so not always
        /// that sum of the rounded numbers shown).
        public let previousSum: Double
        public let sum: Double
    }

    /// The block size B (at least 1; a B beyond the class count makes one block).
    public let block: Int
    public let steps: [Step]
    /// The analysis it walked: the stable softmax it is compared with.
    public let analysis: Analysis

    /// The default B: two blocks (2 for the seed's 3 classes), the fewest that can show a rescale.
    public static func defaultBlock(count: Int) -> Int {
        Swift.max(1, (count + 1) / 2)
    }

    /// How many blocks of B the online softmax walks n classes in (the last may be short).
    public static func blockCount(count: Int, block: Int) -> Int {
        let b = Swift.max(block, 1)
        return (Swift.max(count, 0) + b - 1) / b
    }

    /// The block sizes the explorer's key steps through for n classes: the powers of two below
    /// n, then n itself (one block, which is the stable softmax's single pass). Doubling B halves
    /// the blocks, so each press changes the walk visibly and a vocabulary takes a few presses.
    public static func blockSizes(count: Int) -> [Int] {
        var sizes: [Int] = []
        var b = 1
        while b < count {
            sizes.append(b)
            b *= 2
        }
        return sizes + [Swift.max(count, 1)]
    }

    /// The size after B in `blockSizes`, back to 1 after one block.
    public static func nextBlock(after block: Int, count: Int) -> Int {
        blockSizes(count: count).first { $0 > block } ?? 1
    }

    public init(_ analysis: Analysis, block: Int) {
        self.analysis = analysis
        self.block = Swift.max(block, 1)
        steps = switch analysis.input.precision {
        case .float16: Self.walk(analysis, self.block, Half.self)
        case .float32: Self.walk(analysis, self.block, Float.self)
        case .float64: Self.walk(analysis, self.block, Double.self)
        case .bfloat16: Self.walk(analysis, self.block, BFloat16.self)
        }
    }

    /// m after the last block: max u, as the stable path has it.
    public var max: Double { steps.last?.max ?? -.infinity }
    /// ℓ after the last block: the online path's Σ e^(u − m).
    public var sum: Double { steps.last?.sum ?? 0 }
    public var count: Int { analysis.count }

    /// pᵢ = e^(uᵢ − m) / ℓ, in the precision.
    public func softmax(at i: Int) -> Double {
        switch analysis.input.precision {
        case .float16: probability(i, Half.self)
        case .float32: probability(i, Float.self)
        case .float64: probability(i, Double.self)
        case .bfloat16: probability(i, BFloat16.self)
        }
    }

    /// How many values of the precision lie between the online pᵢ and the stable one.
    public func ulps(at i: Int) -> Int {
        analysis.input.precision.ulpDistance(softmax(at: i), analysis.softmax(at: i))
    }

    /// Every pᵢ; builds the array.
    public var softmax: [Double] { (0..<count).map(softmax(at:)) }
    /// The largest difference from the stable softmax over the classes, in ulps.
    public var maxULPs: Int { (0..<count).map(ulps(at:)).max() ?? 0 }

    private func probability<F: LogitFloat>(_ i: Int, _: F.Type) -> Double {
        let e = F.shiftedExp(analysis.input.scaled(at: i, as: F.self), shift: F(max), on: analysis.kernels)
        return Double(F.probability(e, sum: F.Accumulator(sum), on: analysis.kernels))
    }

    private static func walk<F: LogitFloat>(_ a: Analysis, _ block: Int, _: F.Type) -> [Step] {
        typealias A = F.Accumulator
        let n = a.count
        var steps: [Step] = []
        steps.reserveCapacity((n + block - 1) / block)
        var m = -F.infinity
        var l = CompensatedSum<A>()
        var start = 0
        while start < n {
            let range = start..<Swift.min(start + block, n)
            let u = range.map { a.input.scaled(at: $0, as: F.self) }
            let blockMax = u.max() ?? -F.infinity
            let newMax = Swift.max(m, blockMax)
            var rescale: F?
            var blockSum = CompensatedSum<A>()
            // Until some class is unmasked there is no max to measure against (−inf − −inf is NaN).
            let previous = l.value
            if newMax > -F.infinity {
                if m > -F.infinity {
                    let r = F.shiftedExp(m, shift: newMax, on: a.kernels)
                    rescale = r
                    l.scale(by: F.widen(r))
                }
                for x in u {
                    let e = F.widen(F.shiftedExp(x, shift: newMax, on: a.kernels))
                    blockSum.add(e)
                    l.add(e)
                }
            }
            steps.append(Step(
                range: range, blockMax: Double(blockMax), previousMax: Double(m), max: Double(newMax),
                rescale: rescale.map(Double.init), blockSum: Double(blockSum.value),
                previousSum: Double(previous), sum: Double(l.value)))
            m = newMax
            start = range.upperBound
        }
        return steps
    }
}

/// One bin of a reliability diagram: the rows whose confidence c has lower < c ≤ upper.
/// An empty bin has count 0 and no confidence or accuracy (JSON null), as the issue asks.
public struct ReliabilityBin: Sendable, Equatable {
    public let lower: Double
    public let upper: Double
    public let count: Int
    /// Mean confidence of the bin's rows; nil when empty.
    public let confidence: Double?
    /// Fraction of the bin's rows whose argmax is the target; nil when empty.
    public let accuracy: Double?

    /// |accuracy − confidence|, nil when empty.
    public var gap: Double? {
        guard let a = accuracy, let c = confidence else { return nil }
        return (a - c).magnitude
    }
}

/// B equal-width confidence bins with the convention of Guo et al.'s code (`_ECELoss`:
/// `conf > lower & conf <= upper`): bin k holds k/B < c ≤ (k+1)/B. The edges are k/B rounded once
/// to the nearest Double (numpy's `np.arange(B + 1) / B`), so a confidence that is exactly an edge,
/// such as 0.5 with B = 10, goes to the bin below it.
public struct ConfidenceBins: Sendable, Equatable {
    /// The default of the issue and of Guo et al.
    public static let defaultCount = 15
    /// The most bins `--bins` accepts: more than a validation set could fill.
    public static let maximumCount = 10_000

    public let count: Int

    public init(count: Int = ConfidenceBins.defaultCount) {
        precondition(count >= 1, "at least one bin")
        self.count = count
    }

    /// The k-th edge, k/B.
    public func edge(_ k: Int) -> Double { Double(k) / Double(count) }

    /// The bin holding confidence c: the k with edge(k) < c ≤ edge(k+1). A confidence at or below
    /// 0 goes to the first bin and one above 1 to the last (neither arises from a softmax).
    public func index(of c: Double) -> Int {
        guard c.isFinite else { return c > 0 ? count - 1 : 0 }
        var k = Int((c * Double(count)).rounded(.up)) - 1
        k = min(max(k, 0), count - 1)
        // c·B is rounded: step to the bin whose edges, rounded as edge(_:) rounds them, hold c.
        while k > 0 && c <= edge(k) { k -= 1 }
        while k < count - 1 && c > edge(k + 1) { k += 1 }
        return k
    }
}

/// The figures a set of (confidence, right or wrong) pairs gives: Guo et al. 2017's ECE, MCE and
/// the root-mean-square calibration error, and the reliability diagram's bins.
public struct BinnedCalibration: Sendable, Equatable {
    public let bins: [ReliabilityBin]
    /// Σₖ (nₖ/N)·|accₖ − confₖ|.
    public let ece: Double
    /// maxₖ |accₖ − confₖ| over non-empty bins (0 for no rows).
    public let mce: Double
    /// √(Σₖ (nₖ/N)·(accₖ − confₖ)²).
    public let rmsce: Double

    /// Bins `confidence[i]` with `correct[i]`, in row order (sums compensated, so the figures do
    /// not depend on how the rows were split among threads).
    public init(confidence: UnsafeBufferPointer<Double>, correct: UnsafeBufferPointer<Bool>, bins: ConfidenceBins) {
        precondition(confidence.count == correct.count)
        let b = bins.count
        var counts = [Int](repeating: 0, count: b)
        var rights = [Int](repeating: 0, count: b)
        var sums = [CompensatedSum<Double>](repeating: CompensatedSum(), count: b)
        for i in confidence.indices {
            let k = bins.index(of: confidence[i])
            counts[k] += 1
            if correct[i] { rights[k] += 1 }
            sums[k].add(confidence[i])
        }
        let n = Double(confidence.count)
        var ece = CompensatedSum<Double>(), squares = CompensatedSum<Double>()
        var mce = 0.0
        var made: [ReliabilityBin] = []
        made.reserveCapacity(b)
        for k in 0..<b {
            guard counts[k] > 0 else {
                made.append(ReliabilityBin(lower: bins.edge(k), upper: bins.edge(k + 1), count: 0, confidence: nil, accuracy: nil))
                continue
            }
            let nk = Double(counts[k])
            let conf = sums[k].value / nk
            let acc = Double(rights[k]) / nk
            let gap = (acc - conf).magnitude
            ece.add(nk / n * gap)
            squares.add(nk / n * gap * gap)
            mce = max(mce, gap)
            made.append(ReliabilityBin(lower: bins.edge(k), upper: bins.edge(k + 1), count: counts[k], confidence: conf, accuracy: acc))
        }
        self.bins = made
        self.ece = ece.value
        self.mce = mce
        self.rmsce = squares.value.squareRoot()
    }
}

extension ConfidenceBins {
    /// `--bins B`: a whole number from 1 to `maximumCount`.
    public static func parse(_ text: String) throws(InputError) -> ConfidenceBins {
        let t = Substring(text).trimmingBlanks()
        guard let b = Int(t), (1...maximumCount).contains(b) else {
            throw InputError("--bins \"\(t.escapedForMessage)\": the number of calibration bins is a whole number from 1 to \(maximumCount)")
        }
        return ConfidenceBins(count: b)
    }
}

extension ExplorerState {
    /// The calibration's bins for a file of rows (nothing without rows).
    public mutating func setCalibrationBins(_ bins: ConfidenceBins) {
        rows?.calibrationBins = bins
    }
}

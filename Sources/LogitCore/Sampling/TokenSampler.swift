/// Draws tokens from a filtered distribution by inverse CDF: a cumulative table over the kept
/// tokens in ascending index order, a uniform u in [0, 1) from `SplitMix64`, and the first token
/// whose cumulative weight exceeds u · total, found by binary search. The table is built once
/// (O(kept)); each draw is O(log kept), so 1000 draws from a 128k vocabulary cost ~17k comparisons.
///
/// Every step is specified (the generator, its Double, the table order, the search), so a seed
/// gives the same draws on every machine; `scripts/reference/make_filter_reference.py` repeats them
/// in Python.
public struct TokenSampler: Sendable, Equatable {
    /// The token each table entry stands for (ascending).
    public let tokens: [Int]
    /// Running sums of the weights, left to right in Double; the last is the total.
    public let cumulative: [Double]

    /// A sampler over the kept tokens with their renormalized probabilities; nil when they are not
    /// all finite (a Float16 logit beyond its range makes +inf, and softmax NaN) or all 0.
    public init?(_ distribution: FilteredDistribution) {
        let tokens = distribution.kept
        let weights = tokens.map(distribution.filteredSoftmax(at:))
        guard weights.allSatisfy({ $0.isFinite && $0 >= 0 }), weights.contains(where: { $0 > 0 }) else { return nil }
        self.init(tokens: tokens, weights: weights)
    }

    /// A sampler over any tokens with non-negative weights, not all zero (they need not sum to 1).
    public init(tokens: [Int], weights: [Double]) {
        precondition(tokens.count == weights.count && !tokens.isEmpty, "one weight per token, at least one token")
        var running = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(weights.count)
        for w in weights {
            precondition(w >= 0 && w.isFinite, "weights must be finite and non-negative")
            running += w
            cumulative.append(running)
        }
        precondition(running > 0, "at least one weight must be positive")
        self.tokens = tokens
        self.cumulative = cumulative
    }

    /// The token for a uniform u in [0, 1): the first whose cumulative weight is > u · total, so a
    /// token of weight 0 is never drawn.
    public func token(at u: Double) -> Int {
        let target = u * cumulative[cumulative.count - 1]
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > target { hi = mid } else { lo = mid + 1 }
        }
        if cumulative[lo] <= target {
            // u · total rounded up to the total itself: take the last token of positive weight
            // (the first to reach the total), never a trailing token of weight 0.
            let total = cumulative[cumulative.count - 1]
            lo = 0
            hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] >= total { hi = mid } else { lo = mid + 1 }
            }
        }
        return tokens[lo]
    }

    /// One draw.
    public func draw(using generator: inout SplitMix64) -> Int {
        token(at: generator.nextUnitDouble())
    }

    /// `count` draws in order, the generator advanced by `count` steps.
    public func draw(_ count: Int, using generator: inout SplitMix64) -> [Int] {
        (0..<max(count, 0)).map { _ in token(at: generator.nextUnitDouble()) }
    }

    /// Validates `--samples` (a count of draws): at least 1, at most 10,000,000 (80 MB of indices).
    public static func sampleCount(_ text: String) throws(InputError) -> Int {
        let t = Substring(text).trimmingBlanks()
        guard let n = Int(t) else { throw InputError("samples \"\(t.escapedForMessage)\" is not a whole number") }
        guard n >= 1 && n <= 10_000_000 else {
            throw InputError("samples is \(n): it must be a whole number from 1 to 10000000")
        }
        return n
    }
}

/// A repeatable batch of draws: the seed, the draws, and how often each token came up.
public struct SampleRun: Sendable, Equatable {
    public let seed: UInt64
    /// Token indices in the order drawn (`--json`'s `samples`).
    public let draws: [Int]
    /// The generator after the run, to continue from in the explorer.
    public let generator: SplitMix64

    public init(seed: UInt64, count: Int, from sampler: TokenSampler) {
        var g = SplitMix64(seed: seed)
        self.seed = seed
        draws = sampler.draw(count, using: &g)
        generator = g
    }

    public init(continuing generator: SplitMix64, seed: UInt64, count: Int, from sampler: TokenSampler) {
        var g = generator
        self.seed = seed
        draws = sampler.draw(count, using: &g)
        self.generator = g
    }

    /// Draw counts per token index, over `classCount` classes.
    public func counts(classCount: Int) -> [Int] {
        var c = [Int](repeating: 0, count: classCount)
        for d in draws where d < classCount { c[d] += 1 }
        return c
    }

    /// The empirical frequency of each token (count / draws), to show beside the probabilities.
    public func frequencies(classCount: Int) -> [Double] {
        let n = Double(max(draws.count, 1))
        return counts(classCount: classCount).map { Double($0) / n }
    }
}

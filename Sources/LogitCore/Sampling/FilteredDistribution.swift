/// The distribution after the sampling filters: which tokens survive and their renormalized
/// probabilities. What the view draws (the cut, the count and mass kept) and `--json` reports
/// (`kept`, `filtered_softmax`).
///
/// The kept tokens are always a prefix of the ranking by scaled logit, highest first, lower index
/// first among equals: top-k keeps a prefix (with all ties of the k-th), top-p keeps a prefix of that
/// order, and min-p's p ≥ min_p·p_max keeps a prefix because p grows with the logit; masked tokens
/// (−inf), never kept, rank last. So the distribution is held as that ranking and a count, not as
/// arrays: at a 1M-token vocabulary the arrays would be 16 MB made again on every keystroke. In a
/// list ranked that way, the cut falls after `keptCount` rows.
public struct FilteredDistribution: Sendable, Equatable {
    public let filters: SamplingFilters
    /// How many tokens are kept: the first `keptCount` of `ranking`.
    public let keptCount: Int
    /// The probability the kept tokens held before filtering; exactly 1 when no token is removed.
    public let keptMass: Double
    /// Tokens left after each filter that is on, in order (for a display of what each one cut).
    public let stages: [Stage]
    /// The ranking the kept tokens are a prefix of.
    public let ranking: RankOrder
    /// Where each token's probability before filtering comes from.
    let source: Source

    public struct Stage: Sendable, Equatable {
        public enum Filter: String, Sendable { case topK = "top-k", topP = "top-p", minP = "min-p" }
        public let filter: Filter
        /// Tokens left after this filter.
        public let keptCount: Int

        public init(filter: Filter, keptCount: Int) {
            self.filter = filter
            self.keptCount = keptCount
        }
    }

    /// The scaled logits and probabilities the filters read: an analysis (the explorer, `--json`),
    /// or arrays given whole (the reference tests).
    enum Source: Sendable {
        case analysis(Analysis)
        case arrays(logits: [Double], probabilities: [Double])

        var count: Int {
            switch self {
            case .analysis(let a): a.count
            case .arrays(let u, _): u.count
            }
        }

        func logit(_ i: Int) -> Double {
            switch self {
            case .analysis(let a): a.scaled(at: i)
            case .arrays(let u, _): u[i]
            }
        }

        func probability(_ i: Int) -> Double {
            switch self {
            case .analysis(let a): a.softmax(at: i)
            case .arrays(_, let p): p[i]
            }
        }

        /// Every probability in index order (vectorized for an analysis).
        func forEachProbability(_ body: (Int, Double) -> Void) {
            switch self {
            case .analysis(let a): a.forEachSoftmax(body)
            case .arrays(_, let p): for i in p.indices { body(i, p[i]) }
            }
        }
    }

    /// Whether class i survives the filters.
    /// (A partial ranking, never filtered, keeps exactly the classes whose u is not −inf.)
    public func isKept(_ i: Int) -> Bool {
        ranking.isPartial ? source.logit(i) != -.infinity : ranking.rank(of: i) < keptCount
    }

    /// pᵢ / Σ_kept p for a kept token, exactly 0 for a removed one.
    public func filteredSoftmax(at i: Int) -> Double {
        isKept(i) ? source.probability(i) / keptMass : 0
    }

    /// The kept indices, ascending; builds the array (O(kept log kept)).
    public var kept: [Int] {
        (0..<keptCount).map(ranking.index(atRank:)).sorted()
    }

    /// `filteredSoftmax(at:)` for every class; builds the array (O(n)).
    public var filteredSoftmax: [Double] {
        var out = [Double](repeating: 0, count: ranking.count)
        for r in 0..<keptCount {
            let i = ranking.index(atRank: r)
            out[i] = source.probability(i) / keptMass
        }
        return out
    }

    /// Equal filters over equal rankings give equal distributions: the source is the analysis (or
    /// arrays) the ranking was made from.
    public static func == (a: FilteredDistribution, b: FilteredDistribution) -> Bool {
        a.filters == b.filters && a.keptCount == b.keptCount && a.keptMass.bitPattern == b.keptMass.bitPattern
            && a.stages == b.stages && a.ranking == b.ranking
    }
}

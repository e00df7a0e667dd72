/// The distribution after the sampling filters: which tokens survive and their renormalized
/// probabilities. What the view draws (the cut, the count and mass kept) and `--json` reports
/// (`kept`, `filtered_softmax`).
///
/// The kept tokens are always a prefix of the ranking by scaled logit, highest first, lower index
/// first among equals: top-k keeps a prefix (with all ties of the k-th), top-p keeps a prefix of that
/// order, and min-p's p ≥ min_p·p_max keeps a prefix because p grows with the logit. So in a list
/// ranked that way, the cut falls after `keptCount` rows.
public struct FilteredDistribution: Sendable, Equatable {
    public let filters: SamplingFilters
    /// Indices of the kept tokens, ascending. Masked tokens (−inf) are never kept. Masked tokens (−inf) are never kept.
    public let kept: [Int]
    /// pᵢ / Σ_kept p for a kept token, exactly 0 for a removed one.
    public let filteredSoftmax: [Double]
    /// The probability the kept tokens held before filtering (1 with no filter, up to rounding).
    public let keptMass: Double
    /// Tokens left after each filter that is on, in order (for a display of what each one cut).
    public let stages: [Stage]

    public var keptCount: Int { kept.count }

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
}

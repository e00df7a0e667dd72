extension SamplingFilters {
    /// Filters the distribution the explorer shows: the scaled logits u = z/T and their softmax, in
    /// the chosen precision (so a Float16 run filters what Float16 computed, as HF filters in the
    /// model's dtype), along `ranking`, the order of `analysis.scaled` (the explorer keeps it).
    public func apply(to analysis: Analysis, ranking: RankOrder) -> FilteredDistribution {
        apply(.analysis(analysis), ranking: ranking)
    }

    /// As `apply(to:ranking:)`, ranking the classes first (O(n log n)).
    public func apply(to analysis: Analysis) -> FilteredDistribution {
        apply(.analysis(analysis), ranking: RankOrder(scaled: analysis.scaled))
    }

    /// The filters on scaled logits and probabilities given whole.
    /// - Precondition: `logits` and `probabilities` have the same non-zero count; no NaN; not all −inf.
    public func apply(logits u: [Double], probabilities p: [Double]) -> FilteredDistribution {
        precondition(u.count == p.count && !u.isEmpty, "logits and probabilities must match and be non-empty")
        return apply(.arrays(logits: u, probabilities: p), ranking: RankOrder(scaled: u))
    }

    /// Applies top-k, top-p and min-p in that order, each to what the previous one kept, then
    /// renormalizes over the kept tokens.
    ///
    /// Transcribed from HuggingFace transformers, `src/transformers/generation/logits_process.py`:
    /// - `TopKLogitsWarper`: `scores < torch.topk(scores, top_k)[0][..., -1, None]` is removed, so
    ///   every token whose logit equals the k-th largest stays (k = min(k, vocabulary)).
    /// - `TopPLogitsWarper`: sorts ascending, takes the cumulative softmax of the surviving logits and
    ///   removes `cumulative_probs <= (1 - top_p)`, but never the last (largest) token. A token's
    ///   ascending cumulative sum is the mass at or below it, so, walking down from the top, a token is
    ///   kept while the mass from it downwards is > 1 − p: the smallest prefix reaching p. Among equal
    ///   logits that straddle the cut only some are kept; torch's sort leaves their order unspecified
    ///   (`std::sort` or x86-simd-sort in `aten/src/ATen/native/cpu/SortingKernel.cpp`), and logitscope
    ///   fixes it: the lower index ranks higher, as in argmax. At p = 1 only tokens of probability 0
    ///   are removed (their cumulative sum is 0 ≤ 0). The probabilities are renormalized over the
    ///   survivors of top-k first, as HF's softmax of the masked scores does.
    /// - `MinPLogitsWarper`: removes `probs < min_p * probs.max()`, strictly, so tokens tied with the
    ///   top always stay. The comparison uses the unrenormalized p, the same up to a common factor.
    ///
    /// The sums are Neumaier-compensated in Double rather than HF's float32 `cumsum`; the two decide
    /// differently only when the mass below a token is within rounding of 1 − p.
    ///
    /// The filters walk the ranking (kept up to date by the explorer, never re-sorted per change):
    /// top-k and min-p find their cut by binary search along it, top-p walks it from the top to its
    /// cut. The masses (top-p's total, the kept mass) are summed in ascending index order, whatever
    /// the ranking, so a result does not depend on how the ranking was reached. Cost: O(log n) for
    /// top-k and min-p, O(cut) for top-p, and for the kept mass one vectorized pass over the
    /// probabilities when the filters keep most of the vocabulary but not all of it.
    ///
    /// `kept` is what HF's filtered scores leave finite: masked tokens (−inf) are never in it, even
    /// with every filter off.
    ///
    func apply(_ source: FilteredDistribution.Source, ranking: RankOrder) -> FilteredDistribution {
        precondition(ranking.count == source.count, "the ranking must rank the source's classes")
        let n = source.count
        let u = { (r: Int) in source.logit(ranking.index(atRank: r)) }
        let p = { (r: Int) in source.probability(ranking.index(atRank: r)) }
        // A masked token (u = −inf) is never kept: HF's filtered scores cannot tell it from a
        // removed one, and it can never be drawn. Masked tokens rank last.
        precondition(!isActive || !ranking.isPartial, "the filters walk the whole ranking, not its top ranks alone")
        let unmasked = ranking.unmaskedCount ?? RankOrder.first(in: 0..<n) { u($0) == -.infinity }
        var alive = unmasked
        var stages: [FilteredDistribution.Stage] = []

        if let topK {
            // Every token tied with the k-th largest stays.
            let kth = u(min(topK, n) - 1)
            alive = min(alive, RankOrder.first(in: 0..<n) { !(u($0) >= kth) })
            stages.append(.init(filter: .topK, keptCount: alive))
        }

        if let topP {
            let total = Self.mass(ofFirst: alive, of: unmasked, source, ranking)
            alive = Self.topPCut(alive, probabilityAtRank: p, total: total, topP: topP)
            stages.append(.init(filter: .topP, keptCount: alive))
        }

        if let minP, alive > 0 {
            // p grows with the logit, so the most probable survivor is the first.
            let threshold = minP * max(p(0), 0)
            alive = RankOrder.first(in: 0..<alive) { p($0) < threshold }
            stages.append(.init(filter: .minP, keptCount: alive))
        } else if minP != nil {
            stages.append(.init(filter: .minP, keptCount: 0))
        }

        return FilteredDistribution(
            filters: self, keptCount: alive, keptMass: Self.mass(ofFirst: alive, of: unmasked, source, ranking),
            stages: stages, ranking: ranking, source: source)
    }

    /// Σ p over the first `count` ranks. Over every unmasked token it is 1: the softmax sums to 1,
    /// as HF's probabilities do before any warper (their rounded terms sum to within n ulps of it,
    /// HF's float32 cumsum further off). So nothing is renormalized when nothing is removed, and a
    /// keystroke at a 1M-token vocabulary costs no pass over it here. Over fewer tokens the sum is
    /// compensated and taken in ascending index order, whatever the ranking: a few tokens are
    /// gathered and sorted, many are one vectorized pass over the vocabulary that skips the rest.
    static func mass(ofFirst count: Int, of unmasked: Int, _ source: FilteredDistribution.Source, _ ranking: RankOrder) -> Double {
        if count == unmasked { return 1 }
        var sum = CompensatedSum<Double>()
        if count <= ranking.count / 64 {
            for i in (0..<count).map(ranking.index(atRank:)).sorted() { sum.add(source.probability(i)) }
        } else {
            source.forEachProbability { i, p in if ranking.rank(of: i) < count { sum.add(p) } }
        }
        return sum.value
    }

    /// The number of ranks top-p keeps among the first `candidates`, walking down from the top.
    static func topPCut(_ candidates: Int, probabilityAtRank p: (Int) -> Double, total: Double, topP: Double) -> Int {
        let limit = 1 - topP
        var above = CompensatedSum<Double>()  // mass of the ranks before j
        for j in 0..<candidates {
            let pj = p(j)
            if j > 0 {
                // The mass from this token down: HF's ascending cumulative sum at it. A token of
                // probability 0 has only zeros below it, so its sum is exactly 0.
                let tail = pj == 0 ? 0 : max(total - above.value, pj) / total
                if tail <= limit { return j }
            }
            above.add(pj)
        }
        return candidates
    }
}

extension SamplingFilters {
    /// Filters the distribution the explorer shows: the scaled logits u = z/T and their softmax, in
    /// the chosen precision (so a Float16 run filters what Float16 computed, as HF filters in the
    /// model's dtype).
    public func apply(to analysis: Analysis) -> FilteredDistribution {
        apply(logits: analysis.scaled, probabilities: analysis.softmax)
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
    /// Cost: O(n) for top-k (quickselect) and min-p; top-p selects and sorts only the head of the
    /// ranking, growing it eightfold until it holds the cut, so a peaked distribution over 1M tokens
    /// orders a few hundred of them.
    ///
    /// `kept` is what HF's filtered scores leave finite: masked tokens (−inf) are never in it, even
    /// with every filter off.
    ///
    /// - Precondition: `logits` and `probabilities` have the same non-zero count; no NaN; not all −inf.
    public func apply(logits u: [Double], probabilities p: [Double]) -> FilteredDistribution {
        precondition(u.count == p.count && !u.isEmpty, "logits and probabilities must match and be non-empty")
        let n = u.count
        // A masked token (u = −inf) is never kept: HF's filtered scores cannot tell it from a
        // removed one, and it can never be drawn.
        var alive = u.map { $0 > -.infinity }
        var stages: [FilteredDistribution.Stage] = []

        if let topK {
            let k = min(topK, n)
            let kth = Selection.kthLargest(u, k)
            var count = 0
            for i in 0..<n {
                alive[i] = alive[i] && u[i] >= kth
                if alive[i] { count += 1 }
            }
            stages.append(.init(filter: .topK, keptCount: count))
        }

        if let topP {
            var candidates = (0..<n).filter { alive[$0] }
            var mass = CompensatedSum<Double>()
            for i in candidates { mass.add(p[i]) }
            let total = mass.value
            let cut = Self.topPCut(&candidates, logits: u, probabilities: p, total: total, topP: topP)
            for i in candidates[cut...] { alive[i] = false }
            stages.append(.init(filter: .topP, keptCount: cut))
        }

        if let minP {
            var pMax = 0.0
            for i in 0..<n where alive[i] && p[i] > pMax { pMax = p[i] }
            let threshold = minP * pMax
            var count = 0
            for i in 0..<n where alive[i] {
                if p[i] < threshold { alive[i] = false } else { count += 1 }
            }
            stages.append(.init(filter: .minP, keptCount: count))
        }

        var kept: [Int] = []
        var keptMass = CompensatedSum<Double>()
        for i in 0..<n where alive[i] {
            kept.append(i)
            keptMass.add(p[i])
        }
        let z = keptMass.value
        var filtered = [Double](repeating: 0, count: n)
        for i in kept { filtered[i] = p[i] / z }
        return FilteredDistribution(filters: self, kept: kept, filteredSoftmax: filtered, keptMass: z, stages: stages)
    }

    /// The number of candidates top-p keeps, with `candidates` rearranged so that those are first,
    /// in ranking order (logit descending, lower index first among equals).
    static func topPCut(_ candidates: inout [Int], logits u: [Double], probabilities p: [Double], total: Double, topP: Double) -> Int {
        let before: (Int, Int) -> Bool = { a, b in u[a] > u[b] || (u[a] == u[b] && a < b) }
        let limit = 1 - topP
        var ordered = 0
        var chunk = 256
        var above = CompensatedSum<Double>()  // mass of the positions before j
        var j = 0
        while true {
            let next = min(candidates.count, ordered + chunk)
            Selection.selectAndSortPrefix(&candidates, from: ordered, count: next - ordered, by: before)
            ordered = next
            while j < ordered {
                let pj = p[candidates[j]]
                if j > 0 {
                    // The mass from this token down: HF's ascending cumulative sum at it. A token of
                    // probability 0 has only zeros below it, so its sum is exactly 0.
                    let tail = pj == 0 ? 0 : max(total - above.value, pj) / total
                    if tail <= limit { return j }
                }
                above.add(pj)
                j += 1
            }
            if ordered == candidates.count { return candidates.count }
            chunk *= 8
        }
    }
}

import RealModule

/// Every quantity logitscope shows for one vector, computed in the chosen precision and then held
/// as Doubles (each the exact value the chosen type produced, so nothing is rounded twice).
/// The view and `--json` both read from this one value.
///
/// Built for vocabularies of 128k to 1M classes, where the view shows ~60 rows per frame: `init`
/// makes only the whole-vector reductions (max, argmax, the shifted sum, Σ e log e, hence
/// logsumexp and entropy), in two vector passes over u on the process's `Kernels` path. Everything
/// per class is computed when asked for: `softmax(at:)` and its siblings in O(1) for the rows on
/// screen, and the arrays (`softmax`, `sigmoid`, …, for `--json` and the filters) as computed
/// properties that build the whole array on each call: read them once, not inside a loop over the
/// classes. A per-class value and the same entry of its array are always equal (one formula, one
/// exp, one path). The naive path's sum, a loop of libm exps, is made only where a naive figure is
/// shown (`naive`).
public struct Analysis: Sendable, Equatable {
    public let input: AnalysisInput
    /// The logits rounded to the precision (Float16 holds 0.1 as 0.0999755859375). In Float64 this
    /// is the input's own array, shared, not a copy.
    public let logits: [Double]
    /// The temperature rounded to the precision.
    public let temperature: Double
    /// First index of the largest u; also the argmax of softmax.
    public let argmax: Int
    public let logsumexp: Double
    /// Σ exp(uᵢ − max u), in the accumulator type.
    public let shiftedSum: Double
    public let entropyNats: Double
    public let entropyBits: Double
    public let perplexity: Double
    public let crossEntropy: Double?
    /// Where the precision could not hold a number the user gave (a value beyond Float16's range).
    public let warnings: [PrecisionWarning]
    /// Σ p before each position, in index order and in the order of the ranking the analysis was
    /// made with (none without one): the ranked list's cumulative column.
    public let prefixMass: (byIndex: PrefixMass, byRank: PrefixMass)?

    /// The vector kernels the passes ran on, which the per-class values use too.
    public let kernels: Kernels

    /// max u, in the precision.
    let maxScaled: Double
    /// log Σ exp(uᵢ − max u), in the accumulator type.
    let logShiftedSum: Double

    /// The analysis of `input`; with `ranking` (of `input.scaled`), also the prefix masses in its
    /// order, summed in the same pass.
    public init(_ input: AnalysisInput, ranking: RankOrder? = nil, kernels: Kernels = .chosen) {
        var given = ranking.flatMap { $0.count == input.logits.count ? $0 : nil }
        self.init(input, kernels: kernels, ranking: &given, rerank: false, movedClass: nil)
    }

    /// The analysis of `input`, with `ranking` brought up to date on the way: its keys are the
    /// scaled logits the analysis makes anyway (no second array of them), and its order then gives
    /// the prefix masses. When only `movedClass`'s logit changed, that class alone moves.
    public init(_ input: AnalysisInput, reranking ranking: inout RankOrder, movedClass: Int?, kernels: Kernels = .chosen) {
        // Held here alone while it is repaired, so that it changes in place (8 MB at 1M classes).
        var held: RankOrder? = ranking
        ranking = RankOrder()
        self.init(input, kernels: kernels, ranking: &held, rerank: true, movedClass: movedClass)
        ranking = held.take()!
    }

    /// Everything is a function of the input and the path, so equal inputs are equal analyses
    /// (and NaN results, which are not equal to themselves, do not make a state unequal to its copy).
    public static func == (a: Analysis, b: Analysis) -> Bool { a.input == b.input && a.kernels == b.kernels }

    private init(_ input: AnalysisInput, kernels: Kernels, ranking: inout RankOrder?, rerank: Bool, movedClass: Int?) {
        switch input.precision {
        case .float16: self.init(input, as: Half.self, kernels, &ranking, rerank, movedClass)
        case .float32: self.init(input, as: Float.self, kernels, &ranking, rerank, movedClass)
        case .float64: self.init(input, as: Double.self, kernels, &ranking, rerank, movedClass)
        }
    }

    private init<F: LogitFloat>(
        _ input: AnalysisInput, as _: F.Type, _ kernels: Kernels, _ rankingHeld: inout RankOrder?, _ rerank: Bool,
        _ movedClass: Int?
    ) {
        typealias A = F.Accumulator
        self.input = input
        self.kernels = kernels
        let T = F(input.temperature)
        temperature = Double(T)
        var overflowed = false
        if F.self == Double.self {
            logits = input.logits
        } else {
            logits = input.logits.map { Double(F($0)) }
        }
        // u = z / T in F. In Float64 at T = 1, u is z itself: no copy of the vector at all.
        let reductions = Self.withScaled(input.logits, T, on: kernels, overflowed: &overflowed) { u, scratch in
            if rerank {
                if let i = movedClass, rankingHeld?.count == u.count {
                    rankingHeld!.move(i) { Double(u[$0]) }
                } else {
                    rankingHeld!.update(keys: u)
                }
            }
            let ranking = rankingHeld
            let (m, first) = F.largest(in: u, on: kernels)
            let target = input.target.flatMap { u.indices.contains($0) ? u[$0] : nil }
            var sums: (sum: A, eLogE: A) = (0, 0)
            var masses: (byIndex: PrefixMass, byRank: PrefixMass)?
            if let ranking {
                // The exps are needed a moment longer, to add up the probabilities by block: written
                // over u when u is this pass's own (each block of e replaces the u it came from,
                // after the ranking has read u), else to a buffer of their own.
                let add = { (e: UnsafeMutablePointer<F>) in
                    sums = F.shiftedPass(u, shift: m, into: e, entropy: true, on: kernels)
                    masses = Self.prefixMasses(UnsafeBufferPointer(start: e, count: u.count), sum: sums.sum, ranking: ranking)
                }
                if let scratch {
                    add(scratch)
                } else {
                    withUnsafeTemporaryAllocation(of: F.self, capacity: u.count) { add($0.baseAddress!) }
                }
            } else {
                sums = F.shiftedPass(u, shift: m, into: nil, entropy: true, on: kernels)
            }
            return (m, sums.sum, sums.eLogE, first, target, masses)
        }
        let (m, S, eLogE, first, uTarget, masses) = reductions
        prefixMass = masses
        argmax = first
        maxScaled = Double(m)
        shiftedSum = Double(S)
        let logS = A.log(S)
        logShiftedSum = Double(logS)
        let lse = A(m) + logS
        logsumexp = Double(F(lse))

        let h = entropy(sum: S, eLogE: eLogE)
        entropyNats = Double(F(h))
        entropyBits = Double(F(h / A.log(2)))
        perplexity = Double(F(A.exp(h)))
        crossEntropy = uTarget.map { Double(F(lse - A($0))) }
        warnings = overflowed || !Double(T).isFinite || T == 0
            ? PrecisionWarning.find(input: input, rounded: logits, temperature: Double(T), scaled: { i in
                Double(F(input.logits[i]) / T)
            })
            : []
    }

    /// The mass of each block of positions, by index and by rank, from the pass's exps: each
    /// block's Σ eᵢ in Double, divided by S once (1024 terms: far below the 4 digits shown, and no
    /// division per class), compensated across blocks.
    private static func prefixMasses<F: LogitFloat>(
        _ e: UnsafeBufferPointer<F>, sum S: F.Accumulator, ranking: RankOrder
    ) -> (byIndex: PrefixMass, byRank: PrefixMass) {
        let size = PrefixMass.blockSize
        let blocks = (e.count + size - 1) / size
        var byIndex = [Double](repeating: 0, count: blocks)
        var byRank = [Double](repeating: 0, count: blocks)
        ranking.ranks.withUnsafeBufferPointer { ranks in
            byRank.withUnsafeMutableBufferPointer { byRank in
                for b in 0..<blocks {
                    var sum = 0.0
                    for j in (b * size)..<Swift.min((b + 1) * size, e.count) {
                        let x = Double(e[j])
                        sum += x
                        byRank[Int(ranks[j]) / size] += x
                    }
                    byIndex[b] = sum
                }
            }
        }
        let total = Double(S)
        return (PrefixMass(blockMasses: byIndex.map { $0 / total }), PrefixMass(blockMasses: byRank.map { $0 / total }))
    }

    /// Runs `body` on u = z / T in F, made in one pass (or, in Float64 at T = 1, on z itself), and
    /// on u's storage when it is this pass's own, which the body may overwrite once done with u.
    /// Sets `overflowed` when some finite z became ±inf in F, as z or as z / T.
    private static func withScaled<F: LogitFloat, R>(
        _ z: [Double], _ T: F, on kernels: Kernels, overflowed: inout Bool,
        _ body: (UnsafeBufferPointer<F>, UnsafeMutablePointer<F>?) -> R
    ) -> R {
        if F.self == Double.self && T == 1 {
            return z.withUnsafeBufferPointer { zb in
                zb.withMemoryRebound(to: F.self) { body($0, nil) }
            }
        }
        var bad = false
        var u = [F](unsafeUninitializedCapacity: z.count) { out, initialized in
            if let base = out.baseAddress {
                bad = z.withUnsafeBufferPointer { F.scale($0, by: T, into: base, on: kernels) }
            }
            initialized = z.count
        }
        overflowed = bad
        return u.withUnsafeMutableBufferPointer { ub in body(UnsafeBufferPointer(ub), ub.baseAddress) }
    }
}

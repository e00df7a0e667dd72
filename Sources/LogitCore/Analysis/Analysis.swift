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
    /// The logits rounded to the precision (Float16 holds 0.1 as 0.0999755859375), rounded when
    /// read, not copied.
    public let logits: RoundedLogits
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
        case .bfloat16: self.init(input, as: BFloat16.self, kernels, &ranking, rerank, movedClass)
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
        logits = RoundedLogits(values: input.logits, precision: input.precision)
        let n = input.logits.count
        let (largest, sums, masses) = input.logits.withUnsafeBufferPointer { z in
            // The ranking's keys are u = z / T, made once for it when it must be repaired on all of
            // them; otherwise the kernels' types make u block by block inside the passes and never
            // store it (a type without kernels, BFloat16, makes it once for both passes), and a
            // class that moved alone is placed by its own u, computed as a class alone computes it.
            let kernelsScale = F.self == Float.self || F.self == Double.self || F.self == Half.self
            // A ranking of the top ranks alone is selected on u computed class by class, in one
            // read, with no array of u (4 MB at 1M float32, faulted in afresh for `--print`).
            let selects = rankingHeld?.top.map { n > $0 } == true
            if !kernelsScale || rerank && !selects && !(movedClass != nil && rankingHeld?.count == n) {
                return F.withScaled(z, by: T, on: kernels) { u, overflowed in
                    if rerank {
                        if let i = movedClass, rankingHeld?.count == n {
                            rankingHeld!.move(i) { Double(u[$0]) }
                        } else {
                            rankingHeld!.update(keys: u)
                        }
                    }
                    let (m, first) = F.largest(in: u, on: kernels)
                    let (sums, masses) = Self.shiftedSums(n, ranking: rankingHeld) { masses in
                        F.shiftedPass(u, shift: m, into: nil, entropy: true, masses: masses, on: kernels)
                    }
                    return ((m, first, overflowed), sums, masses)
                }
            }
            if rerank && selects {
                rankingHeld!.selectTop(count: n) { Double(F(z[$0]) / T) }
            } else if rerank, let i = movedClass {
                rankingHeld!.move(i) { Double(F(z[$0]) / T) }
            }
            let (m, first, overflowed) = F.largest(scaling: z, by: T, on: kernels)
            let (sums, masses) = Self.shiftedSums(n, ranking: rankingHeld) { masses in
                F.shiftedPass(scaling: z, by: T, shift: m, entropy: true, masses: masses, on: kernels)
            }
            return ((m, first, overflowed), sums, masses)
        }
        let (m, first, overflowed) = largest
        let (S, eLogE) = sums
        let uTarget = input.target.flatMap { input.logits.indices.contains($0) ? F(input.logits[$0]) / T : nil }
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

    /// The shifted pass's sums (`pass`), given the block sums to fill when there is a ranking, and
    /// the prefix masses made from them: each block's Σ eᵢ in Double, divided by S once (1024 terms:
    /// far below the 4 digits shown, and no division per class), compensated across blocks.
    private static func shiftedSums<A>(
        _ n: Int, ranking: RankOrder?, _ pass: (BlockMasses?) -> (sum: A, eLogE: A)
    ) -> (sums: (sum: A, eLogE: A), masses: (byIndex: PrefixMass, byRank: PrefixMass)?) where A: BinaryFloatingPoint {
        guard let ranking else { return (pass(nil), nil) }
        // Without every rank there are no blocks to sum by: the masses are then summed class by
        // class from position 0 (the same sums for the top ranks, which are all a partial
        // ranking lists).
        if ranking.isPartial { return (pass(nil), (PrefixMass(blockMasses: []), PrefixMass(blockMasses: []))) }
        let blocks = (n + PrefixMass.blockSize - 1) / PrefixMass.blockSize
        var byIndex = [Double](repeating: 0, count: blocks)
        var byRank = [Double](repeating: 0, count: blocks)
        let sums = ranking.ranks.withUnsafeBufferPointer { ranks in
            byIndex.withUnsafeMutableBufferPointer { byIndex in
                byRank.withUnsafeMutableBufferPointer { byRank in
                    pass(BlockMasses(ranks: ranks.baseAddress!, byIndex: byIndex.baseAddress!, byRank: byRank.baseAddress!,
                                     blockShift: PrefixMass.blockShift))
                }
            }
        }
        let total = Double(sums.sum)
        return (sums, (PrefixMass(blockMasses: byIndex.map { $0 / total }), PrefixMass(blockMasses: byRank.map { $0 / total })))
    }
}

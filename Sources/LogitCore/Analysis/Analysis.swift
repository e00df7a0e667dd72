import RealModule

/// Every quantity logitscope shows for one vector, computed in the chosen precision and then held
/// as Doubles (each the exact value the chosen type produced, so nothing is rounded twice).
/// The view and `--json` both read from this one value.
///
/// Built for vocabularies of 128k to 1M classes, where the view shows ~60 rows per frame: `init`
/// makes only the whole-vector reductions (max, argmax, the naive sum, the shifted sum, Σ e log e,
/// hence logsumexp and entropy), in two fused SIMD passes over u. Everything per class is computed
/// when asked for: `softmax(at:)` and its siblings in O(1) for the rows on screen, and the arrays
/// (`softmax`, `sigmoid`, …, for `--json` and the filters) as computed properties that build the
/// whole array on each call: read them once, not inside a loop over the classes. A per-class
/// value and the same entry of its array are always equal (one formula, one exp).
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

    /// max u, in the precision.
    let maxScaled: Double
    /// log Σ exp(uᵢ − max u), in the accumulator type.
    let logShiftedSum: Double
    /// Σ exp(uᵢ), left to right in the precision (the naive path's denominator).
    let naiveSum: Double

    /// The analysis of `input`; with `ranking` (of `input.scaled`), also the prefix masses in its
    /// order, summed in the same pass.
    public init(_ input: AnalysisInput, ranking: RankOrder? = nil) {
        let ranking = ranking.flatMap { $0.count == input.logits.count ? $0 : nil }
        switch input.precision {
        case .float16:
            #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
            self.init(input, as: Float16.self, ranking: ranking)
            #else
            self.init(input, as: Float.self, ranking: ranking)
            #endif
        case .float32: self.init(input, as: Float.self, ranking: ranking)
        case .float64: self.init(input, as: Double.self, ranking: ranking)
        case .bfloat16: self.init(input, as: BFloat16.self, ranking: ranking)
        }
    }

    /// Everything is a function of the input, so equal inputs are equal analyses (and NaN results,
    /// which are not equal to themselves, do not make a state unequal to its copy).
    public static func == (a: Analysis, b: Analysis) -> Bool { a.input == b.input }

    private init<F: LogitFloat>(_ input: AnalysisInput, as _: F.Type, ranking: RankOrder?) {
        typealias A = F.Accumulator
        self.input = input
        let T = F(input.temperature)
        temperature = Double(T)
        var overflowed = false
        if F.self == Double.self {
            logits = input.logits
        } else {
            logits = input.logits.map { Double(F($0)) }
        }
        // u = z / T in F. In Float64 at T = 1, u is z itself: no copy of the vector at all.
        let reductions = Self.withScaled(input.logits, T, overflowed: &overflowed) { u, scratch in
            let (m, naive) = F.maxAndNaiveSum(u)
            let first = m.isNaN ? 0 : (u.firstIndex(of: m) ?? 0)
            let target = input.target.flatMap { u.indices.contains($0) ? u[$0] : nil }
            var sums: (sum: A, eLogE: A) = (0, 0)
            var masses: (byIndex: PrefixMass, byRank: PrefixMass)?
            if let ranking {
                // The exps are needed a moment longer, to add up the probabilities by block: written
                // over u when u is this pass's own (each vector of e replaces the u it came from),
                // else to a buffer of their own.
                let add = { (e: UnsafeMutablePointer<F>) in
                    sums = F.shiftedPass(u, shift: m, into: e)
                    masses = Self.prefixMasses(UnsafeBufferPointer(start: e, count: u.count), sum: sums.sum, ranking: ranking)
                }
                if let scratch {
                    add(scratch)
                } else {
                    withUnsafeTemporaryAllocation(of: F.self, capacity: u.count) { add($0.baseAddress!) }
                }
            } else {
                sums = F.shiftedPass(u, shift: m, into: nil)
            }
            return (m, naive, sums.sum, sums.eLogE, first, target, masses)
        }
        let (m, naive, S, eLogE, first, uTarget, masses) = reductions
        prefixMass = masses
        argmax = first
        maxScaled = Double(m)
        naiveSum = Double(naive)
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
        _ z: [Double], _ T: F, overflowed: inout Bool,
        _ body: (UnsafeBufferPointer<F>, UnsafeMutablePointer<F>?) -> R
    ) -> R {
        if F.self == Double.self && T == 1 {
            return z.withUnsafeBufferPointer { zb in
                zb.withMemoryRebound(to: F.self) { body($0, nil) }
            }
        }
        var bad = false
        var u = [F](unsafeUninitializedCapacity: z.count) { out, initialized in
            z.withUnsafeBufferPointer { z in
                for i in z.indices {
                    let zi = z[i]
                    let ui = F(zi) / T
                    out[i] = ui
                    if !ui.isFinite && zi.isFinite { bad = true }
                }
            }
            initialized = z.count
        }
        overflowed = bad
        return u.withUnsafeMutableBufferPointer { ub in body(UnsafeBufferPointer(ub), ub.baseAddress) }
    }
}

import RealModule

/// exp(u − max u), in the chosen type, with its sum in the accumulator type: the one pass that the
/// stable softmax, log-softmax, logsumexp, entropy and cross-entropy all share.
///
/// This is scipy's and PyTorch's max-subtraction trick: shifting every logit by the same constant
/// leaves softmax unchanged, and after the shift the largest exponent is exp(0) = 1, so nothing
/// overflows and at least one term of the sum is 1, so nothing divides by zero.
public struct ShiftedExponentials<F: LogitFloat>: Sendable {
    /// max u (the shift). −inf only when every input is −inf, where softmax is undefined (NaN).
    public let max: F
    /// exp(uᵢ − max), each rounded to F; masked classes (−inf) give exactly 0.
    public let exponentials: [F]
    /// Σ exp(uᵢ − max), accumulated (compensated) in the wider type.
    public let sum: F.Accumulator
    /// Σ eᵢ log eᵢ in the wider type (see `LogitFloat.shiftedPass`), for the entropy.
    let eLogE: F.Accumulator
    let kernels: Kernels

    public init(_ u: [F], kernels: Kernels = .chosen) {
        let m = u.withUnsafeBufferPointer { F.largest(in: $0, on: kernels).value }
        var sums: (sum: F.Accumulator, eLogE: F.Accumulator) = (0, 0)
        exponentials = [F](unsafeUninitializedCapacity: u.count) { out, initialized in
            u.withUnsafeBufferPointer {
                sums = F.shiftedPass($0, shift: m, into: out.baseAddress, entropy: true, masses: nil, on: kernels)
            }
            initialized = u.count
        }
        max = m
        sum = sums.sum
        eLogE = sums.eLogE
        self.kernels = kernels
    }

    /// pᵢ = eᵢ / Σe, divided in the accumulator type and rounded once to F.
    public var probabilities: [F] {
        var p = exponentials
        p.withUnsafeMutableBufferPointer { F.normalize($0, sum: sum, on: kernels) }
        return p
    }

    /// The probabilities in the accumulator type, before rounding (for reductions such as entropy).
    var wideProbabilities: [F.Accumulator] {
        exponentials.map { F.Accumulator($0) / sum }
    }

    /// log Σ exp(uᵢ) = max + log Σ exp(uᵢ − max), in the accumulator type.
    var wideLogSumExp: F.Accumulator { F.Accumulator(max) + F.Accumulator.log(sum) }
}

/// Softmax computed the stable way (max-subtracted, wide sum): what scipy.special.softmax and
/// torch.softmax return. Masked classes (−inf) get exactly 0.
public func stableSoftmax<F: LogitFloat>(_ u: [F], kernels: Kernels = .chosen) -> [F] {
    softmaxAndLogSumExp(u, kernels: kernels).probabilities
}

/// The stable softmax and logsumexp together, in three passes over memory and one array: the max;
/// exp(uᵢ − max) written into the result while its sum accumulates; the division in place. This is
/// what `Benchmarks/` times against scipy.special.softmax.
public func softmaxAndLogSumExp<F: LogitFloat>(_ u: [F], kernels: Kernels = .chosen) -> (probabilities: [F], logSumExp: F) {
    var lse: F = 0
    let p = u.withUnsafeBufferPointer { input in
        [F](unsafeUninitializedCapacity: input.count) { out, initialized in
            let m = F.largest(in: input, on: kernels).value
            let sum = F.shiftedPass(input, shift: m, into: out.baseAddress, entropy: false, masses: nil, on: kernels).sum
            initialized = input.count
            F.normalize(UnsafeMutableBufferPointer(rebasing: out[..<input.count]), sum: sum, on: kernels)
            lse = F(F.Accumulator(m) + F.Accumulator.log(sum))
        }
    }
    return (p, lse)
}

/// Σ exp(uᵢ) exactly as naive code sums it: libm's exp, every term and every addition in F, left to
/// right (overflow and all), and how many positive terms it lost whole, each under half an ulp of
/// the running sum (in BFloat16, 256 + 1 = 256; in Float16, 2048 + 1 = 2048). A loop of libm calls,
/// O(n) and slow at a vocabulary's size: only the naive figures need it (`NaiveSoftmax`).
func naiveSum<F: LogitFloat>(_ u: UnsafeBufferPointer<F>) -> (sum: F, lostTerms: Int) {
    var s: F = 0
    var lost = 0
    for x in u {
        let e = F.exp(x)
        let before = s
        s += e
        if e > 0 && s == before && s.isFinite { lost += 1 }
    }
    return (s, lost)
}

/// Softmax exactly as naive code writes it: exp(uᵢ) / Σ exp(uⱼ), every operation in F and the sum
/// taken left to right in F. Overflow (inf/inf = NaN) and underflow (0/0 = NaN) are results to show.
public func naiveSoftmax<F: LogitFloat>(_ u: [F]) -> [F] {
    let sum = u.withUnsafeBufferPointer(naiveSum).sum
    return u.map { F.exp($0) / sum }
}

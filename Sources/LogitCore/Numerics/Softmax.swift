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

    public init(_ u: [F]) {
        let m = u.withUnsafeBufferPointer { F.maxAndNaiveSum($0).max }
        var sums: (sum: F.Accumulator, eLogE: F.Accumulator) = (0, 0)
        exponentials = [F](unsafeUninitializedCapacity: u.count) { out, initialized in
            u.withUnsafeBufferPointer { sums = F.shiftedPass($0, shift: m, into: out.baseAddress) }
            initialized = u.count
        }
        max = m
        sum = sums.sum
        eLogE = sums.eLogE
    }

    /// pᵢ = eᵢ / Σe, divided in the accumulator type and rounded once to F.
    public var probabilities: [F] {
        var p = exponentials
        p.withUnsafeMutableBufferPointer { F.normalize($0, sum: sum) }
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
public func stableSoftmax<F: LogitFloat>(_ u: [F]) -> [F] {
    softmaxAndLogSumExp(u).probabilities
}

/// The stable softmax and logsumexp together, in three passes over memory and one array: the max;
/// exp(uᵢ − max) written into the result while its sum accumulates; the division in place. This is
/// what the explorer needs per change, and what `Benchmarks/` times against scipy.special.softmax.
public func softmaxAndLogSumExp<F: LogitFloat>(_ u: [F]) -> (probabilities: [F], logSumExp: F) {
    var lse: F = 0
    let p = u.withUnsafeBufferPointer { input in
        [F](unsafeUninitializedCapacity: input.count) { out, initialized in
            let m = maxOf(input)
            let sum = F.shiftedSum(input, shift: m, into: out.baseAddress)
            initialized = input.count
            F.normalize(UnsafeMutableBufferPointer(rebasing: out[..<input.count]), sum: sum)
            lse = F(F.Accumulator(m) + F.Accumulator.log(sum))
        }
    }
    return (p, lse)
}

/// max u, vectorized for Float and Double (−inf for an empty buffer).
func maxOf<F: LogitFloat>(_ u: UnsafeBufferPointer<F>) -> F {
    if F.self == Float.self {
        return unsafeBitCast(FloatPasses.max(UnsafeBufferPointer<Float>(start: UnsafeRawPointer(u.baseAddress)?.assumingMemoryBound(to: Float.self), count: u.count)), to: F.self)
    }
    if F.self == Double.self {
        return unsafeBitCast(DoublePasses.max(UnsafeBufferPointer<Double>(start: UnsafeRawPointer(u.baseAddress)?.assumingMemoryBound(to: Double.self), count: u.count)), to: F.self)
    }
    var m = -F.infinity
    for x in u where x > m { m = x }
    return m
}

/// Softmax exactly as naive code writes it: exp(uᵢ) / Σ exp(uⱼ), every operation in F and the sum
/// taken left to right in F. Overflow (inf/inf = NaN) and underflow (0/0 = NaN) are results to show.
public func naiveSoftmax<F: LogitFloat>(_ u: [F]) -> [F] {
    let sum = u.withUnsafeBufferPointer { F.maxAndNaiveSum($0).naiveSum }
    return u.map { F.exp($0) / sum }
}

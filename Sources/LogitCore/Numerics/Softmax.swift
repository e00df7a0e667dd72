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

    public init(_ u: [F]) {
        let m = u.max() ?? -F.infinity
        max = m
        exponentials = u.map { F.exp($0 - m) }
        var acc = CompensatedSum<F.Accumulator>()
        for e in exponentials { acc.add(F.Accumulator(e)) }
        sum = acc.value
    }

    /// pᵢ = eᵢ / Σe, divided in the accumulator type and rounded once to F.
    public var probabilities: [F] {
        exponentials.map { F(F.Accumulator($0) / sum) }
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
    ShiftedExponentials(u).probabilities
}

/// Softmax exactly as naive code writes it: exp(uᵢ) / Σ exp(uⱼ), every operation in F and the sum
/// taken left to right in F. Overflow (inf/inf = NaN) and underflow (0/0 = NaN) are results to show.
public func naiveSoftmax<F: LogitFloat>(_ u: [F]) -> [F] {
    let e = u.map { F.exp($0) }
    var sum: F = 0
    for x in e { sum += x }
    return e.map { $0 / sum }
}

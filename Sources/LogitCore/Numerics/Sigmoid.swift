import RealModule

/// σ(u) = 1 / (1 + e^−u), computed without overflow: for u < 0 as eᵘ / (1 + eᵘ), so that e^−u is
/// never formed for large negative u. σ(−1000) = 0 and σ(1000) = 1, never NaN; σ(−inf) = 0.
/// Evaluated in the accumulator type and rounded once, as scipy's expit and PyTorch's CPU kernels do
/// for half precision.
public func sigmoid<F: LogitFloat>(_ u: F) -> F {
    let x = F.Accumulator(u)
    if x >= 0 {
        return F(1 / (1 + F.Accumulator.exp(-x)))
    }
    let e = F.Accumulator.exp(x)
    return F(e / (1 + e))
}

/// σ(u) exactly as naive code writes it, every operation in F: 1 / (1 + exp(−u)).
/// Fine for σ itself (exp(−u) = inf gives 1/inf = 0), but log(1 − σ) then breaks: see `naiveBinaryCrossEntropy`.
public func naiveSigmoid<F: LogitFloat>(_ u: F) -> F {
    1 / (1 + F.exp(-u))
}

/// logit(p) = log(p / (1 − p)), the inverse of σ: the log-odds of a probability.
/// logit(0.5) = 0, which is why "σ(z) > 0.5" and "z > 0" are the same decision.
public func logit(probability p: Double) -> Double {
    Double.log(p / (1 - p))
}

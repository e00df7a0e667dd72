import RealModule

/// log Σ exp(uᵢ), stable: max + log Σ exp(uᵢ − max), the sum in the wider type, rounded once to F.
/// Agrees with scipy.special.logsumexp and torch.logsumexp.
public func logSumExp<F: LogitFloat>(_ u: [F]) -> F {
    F(ShiftedExponentials(u).wideLogSumExp)
}

/// log softmax: uᵢ − logsumexp(u), computed as (uᵢ − max) − log Σ exp(u − max) in the wider type
/// (PyTorch's decomposition), so that it stays finite where softmax underflows to 0.
/// A masked class (−inf) gets −inf.
public func logSoftmax<F: LogitFloat>(_ u: [F]) -> [F] {
    let parts = ShiftedExponentials(u)
    let logSum = F.Accumulator.log(parts.sum)
    let m = F.Accumulator(parts.max)
    return u.map { F((F.Accumulator($0) - m) - logSum) }
}

import RealModule

/// Binary cross-entropy of σ(u) against a label y ∈ {0, 1}, as naive code writes it, every operation
/// in F: −(y log σ(u) + (1−y) log(1−σ(u))). Once σ(u) rounds to exactly 1 (u ≳ 17 in Float32),
/// log(1 − σ) = −inf: the loss is +inf for y = 0 and 0·(−inf) = NaN for y = 1.
public func naiveBinaryCrossEntropy<F: LogitFloat>(_ u: F, label y: F) -> F {
    let s = naiveSigmoid(u)
    return -(y * F.log(s) + (1 - y) * F.log(1 - s))
}

/// Binary cross-entropy with logits, stable: max(u, 0) − u·y + log1p(exp(−|u|)), the formula of
/// PyTorch's BCEWithLogitsLoss, in the wider type and rounded once. Finite for every finite u.
public func binaryCrossEntropyWithLogits<F: LogitFloat>(_ u: F, label y: F) -> F {
    typealias A = F.Accumulator
    let x = A(u)
    return F(Swift.max(x, 0) - x * A(y) + A.log(onePlus: A.exp(-x.magnitude)))
}

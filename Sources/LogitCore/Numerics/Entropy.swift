import RealModule

/// Shannon entropy of softmax(u) in nats, H = −Σ pᵢ log pᵢ with 0·log 0 = 0, in the wider type.
/// Ranges from 0 (one-hot) to log N (uniform).
public func entropy<F: LogitFloat>(_ u: [F]) -> F {
    F(wideEntropy(ShiftedExponentials(u)))
}

func wideEntropy<F: LogitFloat>(_ parts: ShiftedExponentials<F>) -> F.Accumulator {
    entropy(sum: parts.sum, eLogE: parts.eLogE)
}

/// With pᵢ = eᵢ / S: −Σ pᵢ (log eᵢ − log S) = log S − (Σ eᵢ log eᵢ) / S. Both parts are ≥ 0 for
/// S ≥ 1 (the shifted sum always is) and eᵢ ≤ 1, so nothing cancels, and the pass that sums the
/// exponentials sums eᵢ log eᵢ beside them: no second pass, no log per class.
func entropy<A: BinaryFloatingPoint & Real>(sum: A, eLogE: A) -> A {
    // Rounding can leave a hair below zero for a one-hot vector; entropy is never negative.
    Swift.max(A.log(sum) - eLogE / sum, 0)
}

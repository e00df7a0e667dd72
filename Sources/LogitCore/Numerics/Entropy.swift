import RealModule

/// Shannon entropy of softmax(u) in nats, H = −Σ pᵢ log pᵢ with 0·log 0 = 0, summed in the wider
/// type from the unrounded probabilities and log-probabilities. Ranges from 0 (one-hot) to log N
/// (uniform).
public func entropy<F: LogitFloat>(_ u: [F]) -> F {
    F(wideEntropy(ShiftedExponentials(u)))
}

func wideEntropy<F: LogitFloat>(_ parts: ShiftedExponentials<F>) -> F.Accumulator {
    typealias A = F.Accumulator
    let logSum = A.log(parts.sum)
    var acc = CompensatedSum<A>()
    for e in parts.exponentials where e > 0 {
        let p = A(e) / parts.sum
        let logP = A.log(A(e)) - logSum
        acc.add(-p * logP)
    }
    // Rounding can leave a hair below zero for a one-hot vector; entropy is never negative.
    return Swift.max(acc.value, 0)
}

import RealModule

/// Cross-entropy of softmax(u) against the true class t: −log pₜ = logsumexp(u) − uₜ.
/// It takes logits, not probabilities, exactly as torch.nn.CrossEntropyLoss does: computed this way
/// it never takes log(0) for a confident wrong answer. A masked target (uₜ = −inf) costs +inf.
public func crossEntropy<F: LogitFloat>(_ u: [F], target t: Int) -> F {
    let parts = ShiftedExponentials(u)
    return F(parts.wideLogSumExp - F.Accumulator(u[t]))
}

/// ∂CE/∂zᵢ for logits z and u = z / T: (pᵢ − [i = t]) / T. The gradient pushes the target up by
/// its missing probability and every other class down by its own; the entries sum to zero.
public func crossEntropyGradient<F: LogitFloat>(_ u: [F], target t: Int, temperature: F) -> [F] {
    let p = ShiftedExponentials(u).wideProbabilities
    let T = F.Accumulator(temperature)
    return p.indices.map { i in F((p[i] - (i == t ? 1 : 0)) / T) }
}

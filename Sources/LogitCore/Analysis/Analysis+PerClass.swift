import RealModule

#if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
/// The type Float16 arithmetic runs in (Float where the platform has no Float16).
typealias Half = Float16
#else
typealias Half = Float
#endif

/// The per-class quantities, one class at a time: O(1) each, what the view asks for the rows it
/// draws. Each repeats, for one index, exactly the formula of the whole-vector pass.
extension Analysis {
    public var count: Int { input.logits.count }

    /// uᵢ = zᵢ / T, computed in the precision.
    public func scaled(at i: Int) -> Double { input.scaled(at: i) }
    /// exp(uᵢ − max u): the stable path's numerator.
    public func shiftedExponential(at i: Int) -> Double { switch input.precision { case .float16: Self.shiftedExponentialFormula(self, i, Half.self); case .float32: Self.shiftedExponentialFormula(self, i, Float.self); case .float64: Self.shiftedExponentialFormula(self, i, Double.self); case .bfloat16: Self.shiftedExponentialFormula(self, i, BFloat16.self) } }
    public func softmax(at i: Int) -> Double { switch input.precision { case .float16: Self.softmaxFormula(self, i, Half.self); case .float32: Self.softmaxFormula(self, i, Float.self); case .float64: Self.softmaxFormula(self, i, Double.self); case .bfloat16: Self.softmaxFormula(self, i, BFloat16.self) } }
    public func logSoftmax(at i: Int) -> Double { switch input.precision { case .float16: Self.logSoftmaxFormula(self, i, Half.self); case .float32: Self.logSoftmaxFormula(self, i, Float.self); case .float64: Self.logSoftmaxFormula(self, i, Double.self); case .bfloat16: Self.logSoftmaxFormula(self, i, BFloat16.self) } }
    public func sigmoid(at i: Int) -> Double { switch input.precision { case .float16: Self.sigmoidFormula(self, i, Half.self); case .float32: Self.sigmoidFormula(self, i, Float.self); case .float64: Self.sigmoidFormula(self, i, Double.self); case .bfloat16: Self.sigmoidFormula(self, i, BFloat16.self) } }
    /// The probability threshold in force for class i.
    public func threshold(at i: Int) -> Double { input.threshold(for: i) }
    /// T · logit(τᵢ): z is above the threshold exactly when it exceeds this.
    public func logitThreshold(at i: Int) -> Double { temperature * logit(probability: threshold(at: i)) }
    /// σ(uᵢ) > τᵢ, decided in the logit form (uᵢ > logit τᵢ), which no rounding of σ can blur.
    public func isAboveThreshold(at i: Int) -> Bool { scaled(at: i) > logit(probability: threshold(at: i)) }
    /// ∂CE/∂zᵢ = (pᵢ − [i = t]) / T; nil without a target.
    public func gradient(at i: Int) -> Double? { switch input.precision { case .float16: Self.gradientFormula(self, i, Half.self); case .float32: Self.gradientFormula(self, i, Float.self); case .float64: Self.gradientFormula(self, i, Double.self); case .bfloat16: Self.gradientFormula(self, i, BFloat16.self) } }

    /// Whether every naive exp(uᵢ)/Σ exp(uⱼ) is finite, from the largest term alone (O(1), no naive
    /// sum): exp(max u) = inf makes that class inf/inf, and exp(max u) = 0 means every exp
    /// underflowed, Σ = 0 and 0/0; otherwise Σ > 0, and a Σ that overflowed while every term stayed
    /// finite gives finite zeros.
    public var naiveSoftmaxIsFinite: Bool {
        let top = switch input.precision {
        case .float16: Double(Half.exp(Half(maxScaled)))
        case .float32: Double(Float.exp(Float(maxScaled)))
        case .float64: Double.exp(maxScaled)
        case .bfloat16: Double(BFloat16.exp(BFloat16(maxScaled)))
        }
        return top > 0 && top.isFinite
    }

    /// The naive softmax's figures, made by one pass of libm exps (see `NaiveSoftmax`): ask once per
    /// frame or report, where a naive figure is shown.
    public var naive: NaiveSoftmax { NaiveSoftmax(self) }

    // MARK: - The formulas, generic over the precision

    private static func u<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> F {
        a.input.scaled(at: i, as: F.self)
    }

    private static func e<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> F {
        F.shiftedExp(u(a, i, F.self), shift: F(a.maxScaled), on: a.kernels)
    }

    private static func shiftedExponentialFormula<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> Double {
        Double(e(a, i, F.self))
    }

    private static func softmaxFormula<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> Double {
        Double(F.probability(e(a, i, F.self), sum: F.Accumulator(a.shiftedSum), on: a.kernels))
    }

    private static func logSoftmaxFormula<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> Double {
        typealias A = F.Accumulator
        // (uᵢ − max) − log S in the wider type (PyTorch's decomposition): finite where pᵢ underflows.
        return Double(F((A(u(a, i, F.self)) - A(F(a.maxScaled))) - A(a.logShiftedSum)))
    }

    private static func sigmoidFormula<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> Double {
        Double(LogitCore.sigmoid(u(a, i, F.self)))
    }

    private static func gradientFormula<F: LogitFloat>(_ a: Analysis, _ i: Int, _: F.Type) -> Double? {
        guard let t = a.input.target, a.input.logits.indices.contains(t) else { return nil }
        typealias A = F.Accumulator
        let p = A(e(a, i, F.self)) / A(a.shiftedSum)
        return Double(F((p - (i == t ? 1 : 0)) / A(F(a.temperature))))
    }
}

/// The per-class arrays, whole: each call builds its array (O(n) and n Doubles), for `--json`,
/// the filters and the tests. A loop over the classes reads `softmax(at:)`, not `softmax[i]`.
extension Analysis {
    /// u = z / T, computed in the precision.
    public var scaled: [Double] { input.scaled }
    /// exp(uᵢ − max u): the stable path's numerators (the worked steps show them).
    public var shiftedExponentials: [Double] { (0..<count).map(shiftedExponential(at:)) }
    /// The stable softmax, made by the vector passes.
    public var softmax: [Double] { switch input.precision { case .float16: Self.softmaxArrayFormula(self, Half.self); case .float32: Self.softmaxArrayFormula(self, Float.self); case .float64: Self.softmaxArrayFormula(self, Double.self); case .bfloat16: Self.softmaxArrayFormula(self, BFloat16.self) } }
    public var logSoftmax: [Double] { (0..<count).map(logSoftmax(at:)) }
    /// The naive softmax (`naive`, one pass of libm exps, then the array).
    public var naiveSoftmax: [Double] { naive.softmax }
    public var sigmoid: [Double] { (0..<count).map(sigmoid(at:)) }
    /// The probability threshold in force for each class.
    public var thresholds: [Double] { (0..<count).map(threshold(at:)) }
    /// T · logit(τ) for each class.
    public var logitThresholds: [Double] { (0..<count).map(logitThreshold(at:)) }
    public var aboveThreshold: [Bool] { (0..<count).map(isAboveThreshold(at:)) }
    public var gradient: [Double]? {
        guard let t = input.target, input.logits.indices.contains(t) else { return nil }
        return (0..<count).map { gradient(at: $0)! }
    }

    private static func softmaxArrayFormula<F: LogitFloat>(_ a: Analysis, _: F.Type) -> [Double] {
        [Double](unsafeUninitializedCapacity: a.count) { out, initialized in
            a.forEachSoftmaxChunk(F.self) { start, p in
                for k in p.indices { out[start + k] = p[k] }
            }
            initialized = a.count
        }
    }
}

/// The softmax, whole, without an array of it: the filters sum the probabilities of a 1M-token
/// vocabulary on every change, and an 8 MB array each time would be most of the explorer's memory.
extension Analysis {
    /// Calls `body` with every pᵢ in index order, made by the vectorized pass a chunk at a time (the
    /// same values as `softmax(at:)`: one formula, one exp).
    public func forEachSoftmax(_ body: (Int, Double) -> Void) {
        switch input.precision {
        case .float16: forEachSoftmaxChunk(Half.self) { start, p in for k in p.indices { body(start + k, p[k]) } }
        case .float32: forEachSoftmaxChunk(Float.self) { start, p in for k in p.indices { body(start + k, p[k]) } }
        case .float64: forEachSoftmaxChunk(Double.self) { start, p in for k in p.indices { body(start + k, p[k]) } }
        case .bfloat16: forEachSoftmaxChunk(BFloat16.self) { start, p in for k in p.indices { body(start + k, p[k]) } }
        }
    }

    /// Chunks of 1024 probabilities: u = z / T, e = exp(u − max) and p = e / S in F, as Doubles.
    private func forEachSoftmaxChunk<F: LogitFloat>(_: F.Type, _ body: (Int, UnsafeBufferPointer<Double>) -> Void) {
        let chunk = 1024
        let T = F(temperature), m = F(maxScaled), S = F.Accumulator(shiftedSum)
        withUnsafeTemporaryAllocation(of: F.self, capacity: 2 * chunk) { buffer in
            let u = UnsafeMutableBufferPointer(rebasing: buffer[0..<chunk])
            let e = UnsafeMutableBufferPointer(rebasing: buffer[chunk...])
            withUnsafeTemporaryAllocation(of: Double.self, capacity: chunk) { p in
                input.logits.withUnsafeBufferPointer { z in
                    var start = 0
                    while start < z.count {
                        let n = Swift.min(chunk, z.count - start)
                        _ = F.scale(UnsafeBufferPointer(rebasing: z[start..<(start + n)]), by: T, into: u.baseAddress!, on: kernels)
                        _ = F.shiftedPass(UnsafeBufferPointer(rebasing: u[0..<n]), shift: m, into: e.baseAddress, entropy: false, masses: nil, on: kernels)
                        F.normalize(UnsafeMutableBufferPointer(rebasing: e[0..<n]), sum: S, on: kernels)
                        for k in 0..<n { p[k] = Double(e[k]) }
                        body(start, UnsafeBufferPointer(rebasing: p[0..<n]))
                        start += n
                    }
                }
            }
        }
    }
}

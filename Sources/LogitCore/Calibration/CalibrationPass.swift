import Dispatch
import RealModule

/// Each counted row's confidence, loss and (for the fit) the NLL's slope in β = 1/T, at one
/// temperature: one pass over the logits, u = z / T made row by row into a small buffer and given
/// to the stable softmax's shifted pass (the vector kernels' exp, Σ e and Σ e·(u − m)).
///
/// For row i with argmax a and target t, m = uₐ and S = Σⱼ exp(uⱼ − m):
/// - confidence cᵢ = max pᵢ = 1/S;
/// - loss (NLL, cross-entropy) = logsumexp(u) − uₜ = (m − uₜ) + log S;
/// - slope d lossᵢ / dβ = E_p[z] − zₜ = (zₐ − zₜ) + T · (Σ e·(u − m)) / S.
/// The rows are split among the processors; each writes its own rows' slots, so the figures do
/// not depend on how many there are.
public struct CalibrationPass: Sendable {
    public let temperature: Double
    /// Per counted row, in `CalibrationSet.rows` order.
    public let confidence: [Double]
    public let loss: [Double]
    /// mean of the rows' slopes (nil when not asked for).
    public let slope: Double?

    /// The mean loss: the NLL in nats.
    public var nll: Double { loss.compensatedSum() / Double(loss.count) }

    @_specialize(where F == Double)
    @_specialize(where F == Float)
    public init<F: LogitFloat>(
        logits: UnsafeBufferPointer<F>, set: CalibrationSet, temperature: Double, slope wantSlope: Bool,
        kernels: Kernels = .chosen
    ) {
        precondition(logits.count == set.totalRows * set.classes)
        let n = set.count
        let classes = set.classes
        let t = F(temperature)
        var confidence = [Double](repeating: 0, count: n)
        var loss = [Double](repeating: 0, count: n)
        var slopes = [Double](repeating: 0, count: wantSlope ? n : 0)
        let base = logits.baseAddress!
        confidence.withUnsafeMutableBufferPointer { conf in
            loss.withUnsafeMutableBufferPointer { lossOut in
                slopes.withUnsafeMutableBufferPointer { slopeOut in
                    let shared = Shared(
                        base: base, conf: conf.baseAddress!, loss: lossOut.baseAddress!,
                        // An empty array's buffer may still have an address: ask for the slope only when wanted.
                        slope: wantSlope ? slopeOut.baseAddress : nil)
                    let chunks = Self.chunkCount(rows: n, classes: classes)
                    let work: @Sendable (Int) -> Void = { chunk in
                        let lo = n * chunk / chunks, hi = n * (chunk + 1) / chunks
                        Self.evaluate(shared, set: set, range: lo..<hi, t: t, kernels: kernels)
                    }
                    if chunks == 1 {
                        work(0)
                    } else {
                        DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
                    }
                }
            }
        }
        self.temperature = Double(t)
        self.confidence = confidence
        self.loss = loss
        self.slope = wantSlope ? slopes.compensatedSum() / Double(n) : nil
    }

    /// The pointers a chunk works through. Each chunk writes only its own rows' slots.
    struct Shared<F>: @unchecked Sendable {
        let base: UnsafePointer<F>
        let conf: UnsafeMutablePointer<Double>
        let loss: UnsafeMutablePointer<Double>
        let slope: UnsafeMutablePointer<Double>?
    }

    /// One chunk per processor once there is enough work to pay for a thread (about a million
    /// logits a chunk), else one.
    static func chunkCount(rows: Int, classes: Int) -> Int {
        let cores = max(1, ProcessorCount.active)
        return max(1, min(cores, rows * classes / (1 << 20)))
    }

    @inline(__always)
    static func evaluate<F: LogitFloat>(_ s: Shared<F>, set: CalibrationSet, range: Range<Int>, t: F, kernels: Kernels) {
        let classes = set.classes
        let scratch = UnsafeMutableBufferPointer<F>.allocate(capacity: classes)
        defer { scratch.deallocate() }
        let u = scratch.baseAddress!
        let tWide = Double(t)
        for i in range {
            let z = s.base + set.rows[i] * classes
            for j in 0..<classes { u[j] = z[j] / t }
            let a = Int(set.argmax[i]), target = Int(set.targets[i])
            let m = u[a]
            let (sum, eLogE) = F.shiftedPass(
                UnsafeBufferPointer(scratch), shift: m, into: nil, entropy: s.slope != nil, masses: nil, on: kernels)
            let S = Double(sum)
            s.conf[i] = 1 / S
            s.loss[i] = (Double(m) - Double(u[target])) + Double.log(S)
            if let slope = s.slope {
                slope[i] = (Double(z[a]) - Double(z[target])) + tWide * (Double(eLogE) / S)
            }
        }
    }
}

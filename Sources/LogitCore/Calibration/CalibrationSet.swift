/// What a [rows, classes] matrix of logits and its targets give once, whatever the temperature:
/// the rows that have a target (−1 means none and leaves a row out of every figure), each one's
/// argmax (numpy's: the first of the largest logits) and whether it is the target.
///
/// The logits themselves are not kept: each evaluation is given the same row-major buffer again
/// (the rows document maps the file; a float32 file stays float32).
public struct CalibrationSet: Sendable, Equatable {
    public let classes: Int
    /// The matrix's rows, targets included or not.
    public let totalRows: Int
    /// The row index of each row with a target, ascending.
    public let rows: [Int]
    /// Each counted row's target class.
    public let targets: [Int32]
    /// Each counted row's argmax.
    public let argmax: [Int32]
    /// Each counted row's argmax is its target.
    public let correct: [Bool]
    /// mean of (max z − z_target): the NLL's slope in β = 1/T as β → ∞. 0 when every target is a
    /// largest logit: then the NLL falls all the way to T → 0.
    let slopeAtInfinity: Double
    /// mean of (mean z − z_target), the mean over the unmasked classes: the slope as β → 0, where
    /// softmax is uniform over them. At or above 0 the NLL falls all the way to T → ∞.
    let slopeAtZero: Double
    /// Some counted row's target logit is −inf: the NLL is infinite at every T.
    public let maskedTarget: Bool

    /// The number of rows counted in every figure.
    public var count: Int { rows.count }
    public var accuracy: Double { Double(correct.lazy.filter { $0 }.count) / Double(count) }

    /// `logits` holds `targets.count` rows of `classes` logits, row-major.
    @_specialize(where F == Double)
    @_specialize(where F == Float)
    public init<F: LogitFloat>(logits: UnsafeBufferPointer<F>, classes: Int, targets: [Int]) throws(CalibrationError) {
        precondition(classes > 0 && logits.count % classes == 0, "a whole number of rows")
        let total = logits.count / classes
        guard targets.count == total else { throw .targetCount(targets: targets.count, rows: total) }
        var rows: [Int] = [], kept: [Int32] = [], argmax: [Int32] = [], correct: [Bool] = []
        var atInfinity = CompensatedSum<Double>(), atZero = CompensatedSum<Double>()
        var masked = false
        for (r, t) in targets.enumerated() {
            guard t != -1 else { continue }
            guard t >= 0 && t < classes else { throw .targetOutOfRange(row: r, target: t, classes: classes) }
            let row = UnsafeBufferPointer(rebasing: logits[(r * classes)..<((r + 1) * classes)])
            var best = -F.infinity, first = 0
            var sum = CompensatedSum<Double>(), unmasked = 0
            for j in row.indices {
                let z = row[j]
                guard !z.isNaN && z != .infinity else { throw .notFinite(row: r, column: j) }
                if z > best { best = z; first = j }
                if z != -.infinity { sum.add(Double(z)); unmasked += 1 }
            }
            // Every logit −inf: softmax is undefined; the row counts as masked.
            let zt = Double(row[t])
            if zt == -.infinity { masked = true }
            rows.append(r)
            kept.append(Int32(t))
            argmax.append(Int32(first))
            correct.append(first == t)
            if !masked {
                atInfinity.add(Double(best) - zt)
                atZero.add(sum.value / Double(unmasked) - zt)
            }
        }
        guard !rows.isEmpty else { throw .noTargets }
        self.classes = classes
        self.totalRows = total
        self.rows = rows
        self.targets = kept
        self.argmax = argmax
        self.correct = correct
        self.maskedTarget = masked
        self.slopeAtInfinity = atInfinity.value / Double(rows.count)
        self.slopeAtZero = atZero.value / Double(rows.count)
    }
}

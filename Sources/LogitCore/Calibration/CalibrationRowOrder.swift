/// How the calibration view lists a dataset's rows (issue 12): worst first (confidently wrong at
/// the top), by confidence, or by loss. Groundwork for the view: the orders are the core's, so the
/// view and `--print` list the same rows.
public enum CalibrationRowOrder: String, CaseIterable, Sendable {
    /// The wrong rows by confidence, highest first, then the right rows by confidence, lowest first.
    case worstFirst = "worst"
    /// Confidence, highest first.
    case confidence
    /// Loss (−log p of the target), highest first.
    case loss

    /// Positions into `set.rows` (and the pass's arrays) in this order; ties keep row order.
    public func ordered(_ pass: CalibrationPass, set: CalibrationSet) -> [Int] {
        let c = pass.confidence, l = pass.loss, right = set.correct
        let indices = Array(0..<set.count)
        switch self {
        case .confidence:
            return indices.sorted { c[$0] != c[$1] ? c[$0] > c[$1] : $0 < $1 }
        case .loss:
            return indices.sorted { l[$0] != l[$1] ? l[$0] > l[$1] : $0 < $1 }
        case .worstFirst:
            return indices.sorted { a, b in
                if right[a] != right[b] { return !right[a] }
                if c[a] != c[b] { return right[a] ? c[a] < c[b] : c[a] > c[b] }
                return a < b
            }
        }
    }
}

/// The teaching panels. On a tall terminal they stack below the stats; on a short one the one in
/// focus takes the sigmoid panel's place, so 80×24 can show each of them in turn.
public enum ClassroomPanel: String, CaseIterable, Sendable, Codable {
    /// The seed article's computation, live: z, z/T, exp, the sum, p.
    case steps
    /// Naive beside stable softmax in the chosen precision, with the limits that break it.
    case lab
    /// softmax([z, 0]) = σ(z): the log-odds and the 0.5 ⇔ logit 0 decision.
    case binary
    /// Cross-entropy, its gradient and binary cross-entropy, naive beside stable.
    case loss
    /// −log p of the rounded p beside log_softmax = z/T − logsumexp: why losses take logits.
    /// Next to the loss in the cycle, since it explains the loss's formula.
    case logSoftmax = "log_softmax"
    /// The softmax in one pass over blocks, as attention kernels compute it: the running max,
    /// the running sum and its rescale factor after each block, then p beside the stable p.
    case online

    /// The panel's heading.
    public var title: String {
        switch self {
        case .steps: "WORKED STEPS"
        case .lab: "PRECISION LAB"
        case .binary: "BINARY VIEW"
        case .loss: "LOSS"
        case .logSoftmax: "LOG-SOFTMAX"
        case .online: "ONLINE SOFTMAX"
        }
    }
}

/// Every panel a lesson can point at (the tour highlights one per step).
public enum ExplorerPanel: String, CaseIterable, Sendable {
    case logits, softmax, sigmoid, stats
    case steps, lab, binary, loss
    case logSoftmax = "log_softmax"
    case online

    /// The classroom panel this is, if it is one.
    public var classroomPanel: ClassroomPanel? { ClassroomPanel(rawValue: rawValue) }
}

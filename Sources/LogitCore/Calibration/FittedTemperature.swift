/// The temperature that minimizes a dataset's NLL (temperature scaling, Guo et al. 2017), or why
/// there is none. The NLL is convex in β = 1/T (its second derivative is the mean variance of z
/// under p), so a minimum, when there is one, is the only one.
public enum FittedTemperature: Sendable, Equatable {
    case value(Double)
    /// Every row's target is a largest logit: the NLL keeps falling as T → 0.
    case towardsZero
    /// The targets sit at or below their rows' mean logit: the NLL keeps falling as T → ∞.
    case towardsInfinity
    /// Some target's logit is −inf (masked): the NLL is infinite at every T.
    case undefined

    public var temperature: Double? {
        if case let .value(t) = self { t } else { nil }
    }

    /// What `--json` writes in place of a number, and the view says.
    public var explanation: String {
        switch self {
        case let .value(t): "T = \(t)"
        case .towardsZero: "NLL falls as T → 0"
        case .towardsInfinity: "NLL falls as T → ∞"
        case .undefined: "NLL is infinite at every T (a target is masked)"
        }
    }
}

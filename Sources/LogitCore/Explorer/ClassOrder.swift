/// The order the explorer lists the classes in, and moves the selection through.
public enum ClassOrder: String, Equatable, Sendable {
    /// Class order (token id order for a vocabulary): the order of the logits.
    case index
    /// Most probable first (`RankOrder`): how a vocabulary is read, top tokens first.
    case rank
}

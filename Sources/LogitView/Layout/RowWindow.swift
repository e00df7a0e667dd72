/// Which classes a panel of `slots` rows shows. The view is a pure function of the state, so the
/// window follows the selection (kept near the middle) rather than a scroll offset; when classes
/// are hidden, the first and last slots say how many ("↑ 3 more", "↓ 120 more").
struct RowWindow: Equatable {
    let count: Int
    let slots: Int
    /// The first class shown, and how many are shown.
    let first: Int
    let shown: Int
    let moreAbove: Int
    let moreBelow: Int

    init(count: Int, slots: Int, selection: Int) {
        self.count = count
        self.slots = max(slots, 0)
        if count <= slots {
            (first, shown, moreAbove, moreBelow) = (0, count, 0, 0)
        } else if slots < 3 {
            // No room for indicators: the selection and what fits around it.
            let f = min(max(selection - (slots - 1) / 2, 0), count - slots)
            (first, shown, moreAbove, moreBelow) = (f, max(slots, 0), 0, 0)
        } else {
            let inner = slots - 2
            let centred = selection - (inner - 1) / 2
            if centred <= 0 {
                (first, shown) = (0, slots - 1)
            } else if centred + inner >= count {
                (first, shown) = (count - (slots - 1), slots - 1)
            } else {
                (first, shown) = (centred, inner)
            }
            moreAbove = first
            moreBelow = count - first - shown
        }
    }

    /// An indicator slot on top when classes are hidden above.
    var topIndicator: Bool { moreAbove > 0 }
    var bottomIndicator: Bool { moreBelow > 0 }

    /// The class drawn in slot s; nil for an indicator slot or an empty one.
    func index(atSlot s: Int) -> Int? {
        let i = s - (topIndicator ? 1 : 0)
        guard s >= 0, s < slots, i >= 0, i < shown else { return nil }
        return first + i
    }

    /// The slot where class i is drawn, if it is shown.
    func slot(of i: Int) -> Int? {
        guard i >= first, i < first + shown else { return nil }
        return i - first + (topIndicator ? 1 : 0)
    }

    /// The slot of the "↓ N more" line.
    var bottomIndicatorSlot: Int { (topIndicator ? 1 : 0) + shown }
}

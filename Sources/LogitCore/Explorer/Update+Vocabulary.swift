/// The reducer's vocabulary-scale actions: the order the classes are walked in, paging, label
/// search, the sampling filters and the sampler.
extension ExplorerState {
    /// Draws one key makes in a batch (`Z`), enough for frequencies to within about ±3 points.
    public static let batchDrawCount = 1000

    /// top-k's steps: 1, 2, 5 times the powers of ten.
    static let topKLadder: [Int] = (0...8).flatMap { e -> [Int] in
        let p = (0..<e).reduce(1) { r, _ in r * 10 }
        return [p, 2 * p, 5 * p]
    }
    /// top-k's first value when a key turns it on: HuggingFace's default `top_k`.
    static let topKStart = 50
    /// min-p's steps (0.05 and 0.1 are the values min-p's authors suggest).
    static let minPLadder: [Double] = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1]

    mutating func applyVocabulary(_ action: Action) {
        switch action {
        case .toggleOrder:
            order = order == .rank ? .index : .rank
            message = .info(order == .rank ? "ranked by probability" : "in index order")
        case .setOrder(let o):
            order = o
        case .movePage(let pages, let rows):
            // Clamped to the class count first, so no page count or page size can overflow.
            let n = document.count
            moveSelectionInOrder(by: Swift.min(Swift.max(pages, -n), n) * Swift.min(Swift.max(rows, 1), n))
        case .findNext(let forward):
            guard let search else {
                message = .info("no search yet: / searches the labels")
                return
            }
            if !find(search, forward: forward, includingCurrent: false) {
                message = .error("no label contains \"\(Substring(search.query).escapedForMessage)\"")
            }
        case .nudgeFilter(let filter, let looser):
            nudgeFilter(filter, looser: looser)
        case .setFilters(let f):
            change { $0.filters = f }
            describeFilters()
        case .setSeed(let seed):
            setSeed(seed)
        case .draw(let count):
            draw(count)
        default:
            break
        }
    }

    // MARK: - Order and movement

    /// The position of class i in the order shown.
    public func position(of i: Int) -> Int {
        order == .rank ? rankOrder.rank(of: i) : i
    }

    /// The class at a position of the order shown.
    public func index(atPosition p: Int) -> Int {
        order == .rank ? rankOrder.index(atRank: p) : p
    }

    /// Σ p over the positions before p in the order shown (the ranked list's cumulative column):
    /// O(1) blocks and at most one block of single probabilities, whatever p.
    public func cumulativeMass(beforePosition p: Int) -> Double {
        let a = analysis
        guard let masses = a.prefixMass else { return 0 }
        return (order == .rank ? masses.byRank : masses.byIndex).mass(before: p) { a.softmax(at: index(atPosition: $0)) }
    }

    mutating func moveSelectionInOrder(by delta: Int) {
        guard document.count > 0 else { return }
        let n = document.count
        selectPosition(position(of: selection) + Swift.min(Swift.max(delta, -n), n))
    }

    mutating func selectPosition(_ p: Int) {
        guard document.count > 0 else { return }
        selection = index(atPosition: Swift.min(Swift.max(p, 0), document.count - 1))
    }

    // MARK: - Search

    mutating func commitSearch(_ text: String) throws(InputError) {
        let query = String(Substring(text).trimmingBlanks())
        guard !query.isEmpty else { throw InputError("type some text to find among the labels (Esc cancels)") }
        let s = LabelSearch(query)
        search = s
        // Enter looks from the selection itself, so a label already selected is found first.
        if !find(s, forward: true, includingCurrent: true) {
            throw InputError("no label contains \"\(Substring(query).escapedForMessage)\"")
        }
    }

    /// Selects the next match in the order shown, wrapping around, and says which of how many it
    /// is. One pass over the labels, O(n).
    private mutating func find(_ s: LabelSearch, forward: Bool, includingCurrent: Bool) -> Bool {
        let n = document.count
        let here = position(of: selection)
        var total = 0
        var found: (position: Int, ordinal: Int)?
        // The wanted match is the first at or after the start in the direction of travel: among
        // the matches in display order, the first past `here` (forward) or the last before it.
        var firstMatch: (position: Int, ordinal: Int)?
        var lastMatch: (position: Int, ordinal: Int)?
        for p in 0..<n where s.matches(document.labels[index(atPosition: p)]) {
            total += 1
            if firstMatch == nil { firstMatch = (p, total) }
            lastMatch = (p, total)
            if forward {
                if found == nil && (p > here || (includingCurrent && p == here)) { found = (p, total) }
            } else if p < here || (includingCurrent && p == here) {
                found = (p, total)
            }
        }
        guard total > 0 else { return false }
        let match = found ?? (forward ? firstMatch! : lastMatch!)
        selectPosition(match.position)
        let wrapped = found == nil ? " (wrapped)" : ""
        message = .info("\"\(Substring(s.query).escapedForMessage)\": match \(match.ordinal) of \(total)\(wrapped) · ^N ^P next / previous")
        return true
    }

    // MARK: - Filters

    private mutating func nudgeFilter(_ filter: FilteredDistribution.Stage.Filter, looser: Bool) {
        let f = document.filters
        var topK = f.topK, topP = f.topP, minP = f.minP
        switch filter {
        case .topK:
            topK = Self.nextTopK(topK, looser: looser, count: document.count)
        case .topP:
            topP = Self.nextTopP(topP, looser: looser)
        case .minP:
            minP = Self.nextMinP(minP, looser: looser)
        }
        // The ladders hold only valid values, so this cannot throw.
        guard let next = try? SamplingFilters(topK: topK, topP: topP, minP: minP) else { return }
        if next == f {
            message = .info("\(filter.rawValue) is already at its \(looser ? "loosest" : "tightest")")
            return
        }
        change { $0.filters = next }
        describeFilters()
    }

    /// Fewer tokens (tighter) or more (looser) on the 1-2-5 ladder; off turns on at 50 (or the
    /// largest step below the vocabulary), and a step that keeps the whole vocabulary turns it off.
    static func nextTopK(_ k: Int?, looser: Bool, count: Int) -> Int? {
        guard let k else {
            if looser { return nil }
            return topKStart < count ? topKStart : topKLadder.last { $0 < count } ?? 1
        }
        if looser {
            guard let up = topKLadder.first(where: { $0 > k }), up < count else { return nil }
            return up
        }
        return topKLadder.last { $0 < k } ?? 1
    }

    /// top-p on the grid of 0.05s (written k/20, each the Double its decimal reads as); off turns
    /// on at 0.95, and looser than 0.95 turns it off (p = 1 removes only zero-probability tokens).
    static func nextTopP(_ p: Double?, looser: Bool) -> Double? {
        guard let p else { return looser ? nil : 0.95 }
        let x = p * 20
        let onGrid = (x - x.rounded()).magnitude < 1e-9 ? x.rounded() : nil
        let k = looser ? (onGrid ?? x.rounded(.down)) + 1 : (onGrid ?? x.rounded(.up)) - 1
        if k >= 20 { return nil }
        return Swift.max(k, 1) / 20
    }

    /// min-p up the ladder (tighter) or down (looser); below 0.01 it turns off.
    static func nextMinP(_ p: Double?, looser: Bool) -> Double? {
        guard let p else { return looser ? nil : minPLadder[0] }
        if looser { return minPLadder.last { $0 < p } }
        return minPLadder.first { $0 > p } ?? minPLadder.last
    }

    private mutating func describeFilters() {
        let f = document.filters
        guard f.isActive else {
            message = .info("filters off: every token is kept")
            return
        }
        var on: [String] = []
        if let k = f.topK { on.append("top-k \(k)") }
        if let p = f.topP { on.append("top-p \(formatPlain(p))") }
        if let m = f.minP { on.append("min-p \(formatPlain(m))") }
        let kept = filtered.keptCount
        message = .info(on.joined(separator: ", ") + ": kept \(kept) token\(kept == 1 ? "" : "s")")
    }

    // MARK: - Sampling

    /// A new seed restarts the generator, even when it is the seed already in force: typing the
    /// seed again is how a class repeats a run from its start.
    mutating func setSeed(_ seed: UInt64) {
        change { $0.seed = seed }
        sampling = SamplingSession(seed: seed)
        message = .info("seed \(seed): draws start again from it")
    }

    private mutating func draw(_ count: Int) {
        let f = filtered
        // A Float16 logit beyond its range makes +inf, and softmax NaN: nothing can be drawn.
        guard let sampler = TokenSampler(f) else {
            message = .error("cannot draw: the probabilities are not finite in \(document.precision.displayName)")
            return
        }
        sampling.draw(Swift.max(count, 1), from: sampler)
        guard let last = sampling.lastDraw else { return }
        if count <= 1 {
            message = .info("drew \(document.labels.displayName(at: last)) (id \(last), draw \(sampling.drawsSinceSeed) from seed \(sampling.seed))")
        } else {
            message = .info("drew \(count) tokens (draws to \(sampling.drawsSinceSeed) from seed \(sampling.seed)): frequencies beside the probabilities")
        }
    }
}

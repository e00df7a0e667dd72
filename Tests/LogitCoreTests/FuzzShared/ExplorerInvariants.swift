import RealModule
import LogitCore

/// Target 3: action sequences through `update`, checked after every step.
public enum ExplorerInvariants {
    /// The most actions one input applies (longer inputs are cut: each step is checked and rendered).
    public static let maximumSteps = 48

    /// Decodes a start state and up to `maximumSteps` actions, and applies them through `run(from:actions:)`.
    public static func run(_ data: [UInt8], observe: (ExplorerState) -> Void = { _ in }) -> (problems: [String], final: ExplorerState) {
        var decoder = ActionDecoder(data)
        let start = decoder.startingState()
        var actions: [Action] = []
        while !decoder.isAtEnd, actions.count < maximumSteps { actions.append(decoder.action()) }
        return run(from: start, actions: actions, observe: observe)
    }

    /// Applies the actions one by one, checking every state; `observe` sees every state (the fuzzer
    /// draws it). Returns the broken invariants (empty when all hold) and the last state. Stops at
    /// the first step that breaks one.
    public static func run(from start: ExplorerState, actions: [Action], observe: (ExplorerState) -> Void = { _ in }) -> (problems: [String], final: ExplorerState) {
        var state = start
        var found = check(state).map { "start: \($0)" }
        observe(state)
        // The document before the gesture under way first changed it: what undo returns to while
        // a press-and-drag goes on (the reducer records one undo step per gesture).
        var gestureAnchor: LogitDocument?
        // What undo and redo must give back, kept as whole documents: History stores its levels as
        // patches against their neighbours, and this is the plain stack it must behave as.
        var past: [LogitDocument] = []
        var future: [LogitDocument] = []
        var step = 0
        for action in actions where found.isEmpty {
            step += 1
            let before = state
            state = update(state, action).state
            if case .gesture(_, let starts) = action {
                if starts { gestureAnchor = nil }
            } else {
                gestureAnchor = nil
            }
            var expectedUndo = before.document
            if case .gesture = action, state.document != before.document {
                if gestureAnchor == nil { gestureAnchor = before.document }
                expectedUndo = gestureAnchor!
            }
            var problems = check(state)
            problems += checkHistory(before: before, action: action, after: state, expectedUndo: expectedUndo)
            switch action {
            case .undo:
                if let previous = past.popLast() {
                    future.append(before.document)
                    if state.document != previous { problems.append("undo gave \(state.document), the stack holds \(previous)") }
                } else if state.document != before.document { problems.append("undo with nothing to undo changed the document") }
            case .redo:
                if let next = future.popLast() {
                    past.append(before.document)
                    if state.document != next { problems.append("redo gave \(state.document), the stack holds \(next)") }
                } else if state.document != before.document { problems.append("redo with nothing to redo changed the document") }
            default:
                // One undo step per change; a drag continuing a gesture that already recorded adds none.
                if state.document != before.document && !(past.last == expectedUndo && expectedUndo != before.document) {
                    past.append(before.document)
                    future.removeAll()
                }
            }
            if state.history.canUndo != !past.isEmpty || state.history.canRedo != !future.isEmpty {
                problems.append("canUndo \(state.history.canUndo) / canRedo \(state.history.canRedo) with \(past.count) / \(future.count) levels")
            }
            found += problems.map { "step \(step) \(action): \($0)" }
            observe(state)
        }
        return (found, state)
    }

    /// Undo right after a change returns exactly the earlier document (and redo the new one);
    /// an action that changes nothing adds no undo step.
    static func checkHistory(before: ExplorerState, action: Action, after: ExplorerState, expectedUndo: LogitDocument) -> [String] {
        if action == .undo || action == .redo { return [] }
        var found: [String] = []
        if after.document == before.document {
            if after.history != before.history { found.append("the history changed with the document unchanged") }
            return found
        }
        let undone = update(after, .undo).state
        if undone.document != expectedUndo { found.append("undo gives \(undone.document), not \(expectedUndo)") }
        if undone.analysis.input != undone.document.analysisInput { found.append("stale analysis after undo") }
        if !(0..<max(undone.document.count, 1)).contains(undone.selection) { found.append("selection \(undone.selection) after undo") }
        let redone = update(undone, .redo).state
        if redone.document != after.document { found.append("redo gives \(redone.document), not \(after.document)") }
        return found
    }

    /// Everything that must hold of any state the explorer can be in.
    public static func check(_ s: ExplorerState) -> [String] {
        var found: [String] = []
        let d = s.document
        let n = d.count
        if n < 1 { return ["no classes"] }
        if d.labels.count != n || d.classThresholds.count != n || d.binaryLabels.count != n {
            found.append("counts: \(d.labels.count) labels, \(n) logits, \(d.classThresholds.count) thresholds, \(d.binaryLabels.count) binary labels")
        }
        if case .presets(let cursor) = s.overlay, !Preset.all.indices.contains(cursor) { found.append("preset cursor \(cursor)") }
        if let tour = s.classroom.tour, !Tour.steps.indices.contains(tour.step) { found.append("tour step \(tour.step)") }
        if !(0..<n).contains(s.selection) { found.append("selection \(s.selection) of \(n)") }
        if let t = d.target, !(0..<n).contains(t) { found.append("target \(t) of \(n)") }
        if let bad = d.logits.first(where: { !$0.isAcceptableLogit }) { found.append("logit \(bad) in the document") }
        if d.logits.allSatisfy({ $0 == -.infinity }) { found.append("every logit -inf") }
        if !(d.temperature > 0 && d.temperature.isFinite) { found.append("temperature \(d.temperature)") }
        for p in [d.threshold] + d.classThresholds.compactMap({ $0 }) where !(p > 0 && p < 1) { found.append("threshold \(p)") }
        if !(s.step > 0 && s.step.isFinite) { found.append("step \(s.step)") }
        if !found.isEmpty { return found }

        let a = s.analysis
        // Analysis is a pure function of its input (NaN results make == on the whole value false).
        if a.input != d.analysisInput { found.append("analysis is stale") }
        let arrays: [(String, Int)] = [
            ("logits", a.logits.count), ("scaled", a.scaled.count), ("softmax", a.softmax.count),
            ("logSoftmax", a.logSoftmax.count), ("naive", a.naiveSoftmax.count), ("sigmoid", a.sigmoid.count),
            ("thresholds", a.thresholds.count), ("logitThresholds", a.logitThresholds.count), ("above", a.aboveThreshold.count),
        ]
        for (name, count) in arrays where count != n { found.append("\(name) has \(count) entries for \(n) classes") }
        if !found.isEmpty { return found }
        found += checkNumbers(a, precision: d.precision)
        found += checkRanking(s)
        return found
    }

    /// The rank order is a permutation listing the classes by u, largest first; the filters keep at
    /// least one valid class.
    static func checkRanking(_ s: ExplorerState) -> [String] {
        var found: [String] = []
        let n = s.document.count
        let r = s.rankOrder
        guard r.count == n, r.ranks.count == n else { return ["rank order of \(r.count) for \(n) classes"] }
        if Set(r.ranked.map(Int.init)) != Set(0..<n) { return ["rank order is not a permutation: \(r.ranked)"] }
        for rank in 0..<n where r.rank(of: r.index(atRank: rank)) != rank { found.append("rank \(rank) does not round-trip") }
        let u = s.analysis.scaled
        if s.analysis.warnings.isEmpty, !u.contains(where: \.isNaN) {
            for rank in 1..<max(n, 1) where u[r.index(atRank: rank)] > u[r.index(atRank: rank - 1)] {
                found.append("rank \(rank) has u \(u[r.index(atRank: rank)]) above rank \(rank - 1)'s \(u[r.index(atRank: rank - 1)])")
            }
            let kept = s.filtered.kept
            if kept.isEmpty || kept.contains(where: { !(0..<n).contains($0) }) { found.append("filters keep \(kept) of \(n)") }
        }
        return found
    }

    /// The numbers, recomputed independently where cheap: u = round(round(z) / round(T)) (one correctly
    /// rounded division: Double holds the quotient of two Float16 or Float32 values well enough that
    /// rounding it again is exact), argmax the first largest u, and softmax a distribution.
    static func checkNumbers(_ a: Analysis, precision p: Precision) -> [String] {
        var found: [String] = []
        let T = p.round(a.input.temperature)
        for (i, z) in a.input.logits.enumerated() {
            let u = p.round(p.round(z) / T)
            if !(u == a.scaled[i] || (u.isNaN && a.scaled[i].isNaN)) { found.append("u[\(i)] = \(a.scaled[i]), expected \(u)") }
        }
        // Undefined states say why (a number beyond the precision's range); their NaNs are results.
        guard a.warnings.isEmpty else { return found }
        if a.scaled.contains(where: \.isNaN) || a.scaled.contains(.infinity) { return found + ["u not finite without a warning: \(a.scaled)"] }

        let top = a.scaled.max()!
        let first = a.scaled.firstIndex(of: top)!
        if a.argmax != first { found.append("argmax \(a.argmax), first largest u is \(first)") }

        let (eps, tiny): (Double, Double) = switch p {
        case .float16: (Double(Float16.ulpOfOne), Double(Float16.leastNonzeroMagnitude))
        case .float32: (Double(Float.ulpOfOne), Double(Float.leastNonzeroMagnitude))
        case .float64: (Double.ulpOfOne, Double.leastNonzeroMagnitude)
        case .bfloat16: (Double(BFloat16.ulpOfOne), Double(BFloat16.leastNonzeroMagnitude))
        }
        let n = Double(a.softmax.count)
        // Each pᵢ is one rounding of an exact-ish quotient (relative error eps/2, or an absolute
        // tiny/2 where subnormal), and the check sums in Double: |Σp − 1| ≤ eps + n·tiny + n·2⁻⁵².
        let tolerance = eps + n * tiny + n * Double.ulpOfOne
        if let bad = a.softmax.first(where: { !($0 >= 0 && $0 <= 1) }) { found.append("softmax value \(bad)") }
        let sum = a.softmax.reduce(0, +)
        if !((sum - 1).magnitude <= tolerance) { found.append("softmax sums to \(sum) (tolerance \(tolerance))") }
        if a.softmax[a.argmax] != a.softmax.max() { found.append("softmax largest is not at the argmax \(a.argmax)") }
        for (i, z) in a.logits.enumerated() where z == -.infinity && a.softmax[i] != 0 { found.append("masked class \(i) has p = \(a.softmax[i])") }
        if let bad = a.sigmoid.first(where: { !($0 >= 0 && $0 <= 1) }) { found.append("sigmoid value \(bad)") }
        if let bad = a.logSoftmax.first(where: { !($0 <= 0) }) { found.append("log-softmax value \(bad)") }
        let maxEntropy = Double.log(n)
        if !(a.entropyNats >= -eps && a.entropyNats <= maxEntropy * (1 + 2 * eps) + eps) { found.append("entropy \(a.entropyNats) outside [0, log \(Int(n))]") }
        return found
    }
}

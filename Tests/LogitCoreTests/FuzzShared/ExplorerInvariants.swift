import RealModule
import LogitCore

/// Target 3: action sequences through `update`, checked after every step.
public enum ExplorerInvariants {
    /// The most actions one input applies (longer inputs are cut: each step is checked and rendered).
    public static let maximumSteps = 48

    /// Decodes and applies the actions; `observe` sees every state (the fuzzer renders it).
    /// Returns the broken invariants (empty when all hold) and the last state.
    public static func run(_ data: [UInt8], observe: (ExplorerState) -> Void = { _ in }) -> (problems: [String], final: ExplorerState) {
        var decoder = ActionDecoder(data)
        var state = decoder.startingState()
        var found = check(state).map { "start: \($0)" }
        observe(state)
        // The document before the gesture under way first changed it: what undo returns to while
        // a press-and-drag goes on (the reducer records one undo step per gesture).
        var gestureAnchor: LogitDocument?
        var step = 0
        while !decoder.isAtEnd, step < maximumSteps, found.isEmpty {
            step += 1
            let action = decoder.action()
            let before = state
            state = update(state, action)
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
            found += check(state).map { "step \(step) \(action): \($0)" }
            found += checkHistory(before: before, action: action, after: state, expectedUndo: expectedUndo)
                .map { "step \(step) \(action): \($0)" }
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
            if after.history.past.count > before.history.past.count { found.append("an undo step recorded for no change") }
            return found
        }
        let undone = update(after, .undo)
        if undone.document != expectedUndo { found.append("undo gives \(undone.document), not \(expectedUndo)") }
        if undone.analysis.input != undone.document.analysisInput { found.append("stale analysis after undo") }
        if !(0..<max(undone.document.count, 1)).contains(undone.selection) { found.append("selection \(undone.selection) after undo") }
        let redone = update(undone, .redo)
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

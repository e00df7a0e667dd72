import RealModule

/// The one reducer, as a function: the new state and what the action asks of the outside world
/// (Bubble Tea's `(Model, Cmd)`). Pure: no terminal, no clock, no I/O, so every behaviour of the
/// explorer can be tested by calling it. `ExplorerState.apply` is the same reducer in place.
public func update(_ state: ExplorerState, _ action: Action) -> (state: ExplorerState, effects: [Effect]) {
    var s = state
    let effects = s.apply(action)
    return (s, effects)
}

extension ExplorerState {
    /// Temperature moves on a log scale: each press multiplies or divides by this.
    public static let temperatureFactor = 1.25
    /// Temperatures stay in [0.01, 100] under the keys (any positive value can still be typed).
    public static let temperatureRange = 0.01...100.0
    /// The global threshold moves by this much per press.
    public static let thresholdStep = 0.05

    /// Applies `action` in place and returns the effects it asks for (a save, an export, quit),
    /// for the backend to perform and answer with an action; most actions ask for none. In place
    /// because a 1M-class vocabulary's logits are edited without a copy (see `changeLogit`).
    @discardableResult
    public mutating func apply(_ action: Action) -> [Effect] {
        // A message stays up until the next action, as in most editors.
        if field == nil { message = nil }
        if case .gesture = action {} else if !applyingGesture { gestureRecorded = false }
        // Whatever changed the temperature (a key, undo, a typed value), the calibration view follows.
        defer { syncCalibration() }
        if let refusal = refusalWithRows(action) {
            message = .error(refusal)
            return []
        }
        switch action {
        case .moveRow(let delta):
            openRow((rows?.position ?? 0) + delta)
        case .openRow(let p):
            openRow(p)
        case .moveSelection(let delta):
            moveSelectionInOrder(by: delta)
        case .select(let i):
            if document.logits.indices.contains(i) { selection = i }
        case .selectFirst: selectPosition(0)
        case .selectLast: selectPosition(document.count - 1)

        case .nudgeLogit(let steps):
            let z = document.logits[selection]
            guard z.isFinite else {
                message = .error("\(document.labels.displayName(at: selection)) is masked (-inf): press Enter to type a value")
                return []
            }
            // Rounded to the decimals of the value and the step, so that 0.1 + 0.1 + 0.1 is 0.3, not
            // 0.30000000000000004, and a typed 2.345 moves to 2.445, not 2.45.
            let decimals = Swift.max(decimalPlaces(z), decimalPlaces(step))
            setLogit(selection, roundToDecimals(z + Double(steps) * step, decimals))
        case .setLogit(let i, let value):
            setLogit(i, value)
        case .setProbability(let i, let p):
            setProbability(i, p)
        case .shiftAll(let c):
            let shifted = document.logits.map { $0.isFinite ? $0 + c : $0 }
            // A NaN or infinite shift, or one that takes a logit past Double's range, would break
            // the document (and shift invariance with it).
            guard zip(document.logits, shifted).allSatisfy({ !$0.isFinite || $1.isFinite }) else {
                message = .error("cannot add \(formatPlain(c)) to every logit: a logit would leave Double's range")
                return []
            }
            change { $0.logits = shifted }
            message = .info("added \(c) to every logit: softmax is unchanged (shift invariance)")
        case .cycleStep(let up):
            let i = Self.steps.firstIndex(of: step) ?? 1
            step = Self.steps[(i + (up ? 1 : Self.steps.count - 1)) % Self.steps.count]
            message = .info("step \(formatPlain(step))")

        case .scaleTemperature(let up):
            let t = document.temperature * (up ? Self.temperatureFactor : 1 / Self.temperatureFactor)
            let clamped = min(max(t, Self.temperatureRange.lowerBound), Self.temperatureRange.upperBound)
            change { $0.temperature = roundSignificant(clamped) }
        case .resetTemperature:
            change { $0.temperature = 1 }
        case .setTemperature(let t):
            guard t > 0, t.isFinite else { return [] }
            change { $0.temperature = t }
        case .cyclePrecision:
            change { $0.precision = $0.precision.next }
            message = .info("precision \(document.precision.displayName)")
        case .setPrecision(let p):
            change { $0.precision = p }

        case .nudgeThreshold(let up):
            change { $0.threshold = nudged($0.threshold, up: up) }
        case .nudgeClassThreshold(let up):
            let i = selection
            change { $0.classThresholds[i] = nudged($0.classThresholds[i] ?? $0.threshold, up: up) }
        case .clearClassThreshold:
            let i = selection
            guard document.classThresholds[i] != nil else { return [] }
            change { $0.classThresholds[i] = nil }
        case .toggleTarget:
            let i = selection
            change { $0.target = ($0.target == i) ? nil : i }

        case .addClass:
            addClass()
        case .deleteClass:
            deleteClass()

        case .gesture(let inner, let starts):
            if starts { gestureRecorded = false }
            switch inner {
            case .setLogit(let i, _), .setProbability(let i, _):
                guard document.logits.indices.contains(i) else { return [] }
                selection = i
                applyingGesture = true
                defer { applyingGesture = false }
                return apply(inner)
            default:
                return apply(inner)
            }

        case .undo, .redo:
            let back = action == .undo
            guard back ? history.canUndo : history.canRedo else {
                message = .info(back ? "nothing to undo" : "nothing to redo")
                return []
            }
            let ranking = detachDerived()
            _ = back ? history.undo(&document) : history.redo(&document)
            clampSelection()
            attachDerived(ranking: consume ranking)

        case .beginEdit(let purpose):
            beginEdit(purpose)
        case .edit(let e):
            field?.apply(e)
        case .commitEdit:
            return commitEdit()
        case .cancelEdit:
            field = nil
            message = nil

        case .toggleOrder, .setOrder, .movePage, .findNext, .nudgeFilter, .setFilters, .setSeed, .draw:
            applyVocabulary(action)

        case .toggleHelp:
            overlay = overlay == .help ? .none : .help
        case .dismissOverlay:
            overlay = .none
        case .quit:
            return [.quit]
        case .classroom(let a):
            return applyClassroom(a)
        case .session(let a):
            return applySession(a)
        case .calibration(let a):
            applyCalibration(a)
        }
        return []
    }

    // MARK: - Changes to the document, each recorded for undo

    /// Applies a change to the document; records the old one for undo only if something changed.
    mutating func change(_ body: (inout LogitDocument) -> Void) {
        var next = document
        body(&next)
        guard next != document else { return }
        if recordsUndoStep() {
            history.record(document, becoming: next)
        } else {
            history.fold(document, becoming: next)
        }
        document = next
        refresh()
    }

    /// Changes one logit in place (a keystroke, a drag), recorded for undo as that one entry: with
    /// the analysis let go of first, a 1M-class vocabulary's logits are neither copied nor compared.
    mutating func changeLogit(_ i: Int, to value: Double) {
        guard document.logits[i] != value else { return }
        if recordsUndoStep() {
            history.record(document, changingLogitAt: i)
        } else {
            history.fold(document, changingLogitAt: i)
        }
        let ranking = detachDerived()
        document.logits[i] = value
        attachDerived(ranking: consume ranking, movedClass: i)
    }

    /// Whether a change is a new undo step: a press-and-drag records the document as it was before
    /// the press, once, and folds its later moves into that step.
    private mutating func recordsUndoStep() -> Bool {
        let records = !(applyingGesture && gestureRecorded)
        if applyingGesture { gestureRecorded = true }
        return records
    }

    private mutating func setLogit(_ i: Int, _ value: Double) {
        guard document.logits.indices.contains(i), !value.isNaN, value != .infinity else { return }
        if value == -.infinity && document.logits.enumerated().allSatisfy({ $0.offset == i || $0.element == -.infinity }) {
            message = .error("cannot mask \(document.labels.displayName(at: i)): at least one class must stay unmasked")
            return
        }
        changeLogit(i, to: value)
    }

    private mutating func setProbability(_ i: Int, _ p: Double) {
        guard document.logits.indices.contains(i), document.count > 1 else { return }
        let others = document.logits.indices.filter { $0 != i }.map { document.logits[$0] / document.temperature }
        guard others.contains(where: { $0 > -.infinity }) else { return }
        // Solve p = e^u / (e^u + R) for u: u = logit(p) + log R, R = Σ_{j≠i} e^{u_j}.
        let clamped = min(max(p, 0.001), 0.999)
        let u = logit(probability: clamped) + Double(logSumExp(others))
        // Rounded for display to 4 decimals of u (5 at T = 0.1, 2 at T = 100): p then lands within
        // 2e-5 of the request whatever the size of the logits (4 significant digits turned a
        // request for 0.3 among logits near 1000 into 0.269).
        let T = document.temperature
        let decimals = Swift.max(0, 4 - Int(Double.log10(T).rounded(.down)))
        let z = roundToDecimals(u * T, decimals)
        // Logits near Double's largest at a low T overflow z / T, and the solution is inf or NaN.
        guard z.isFinite else {
            message = .error("cannot solve for \(document.labels.displayName(at: i))'s logit: the other logits / T overflow Double at T = \(formatPlain(T))")
            return
        }
        changeLogit(i, to: z)
    }

    private mutating func addClass() {
        let i = selection + 1
        var n = document.count
        while document.labels.contains("class \(n)") { n += 1 }
        let label = "class \(n)"
        change {
            $0.logits.insert(0, at: i)
            $0.labels.insert(label, at: i)
            $0.classThresholds.insert(nil, at: i)
            $0.binaryLabels.insert(false, at: i)
            if let r = $0.partial?.restIndex, r >= i { $0.partial?.restIndex = r + 1 }
            $0.partial?.classInserted(at: i)
            if let t = $0.target, t >= i { $0.target = t + 1 }
        }
        selection = i
        message = .info("added \(label) with logit 0 (Enter sets its value, r renames it)")
    }

    private mutating func deleteClass() {
        guard document.count > 1 else {
            message = .error("cannot delete the last class")
            return
        }
        let i = selection
        if document.logits[i] > -.infinity
            && document.logits.enumerated().allSatisfy({ $0.offset == i || $0.element == -.infinity }) {
            message = .error("cannot delete the only unmasked class")
            return
        }
        let label = document.labels.displayName(at: i)
        change {
            $0.logits.remove(at: i)
            $0.labels.remove(at: i)
            $0.classThresholds.remove(at: i)
            $0.binaryLabels.remove(at: i)
            // Deleting the rest leaves the listed alternatives alone: no longer a partial row.
            if let r = $0.partial?.restIndex { if r == i { $0.partial = nil } else if r > i { $0.partial?.restIndex = r - 1 } }
            $0.partial?.classRemoved(at: i)
            if let t = $0.target { $0.target = t == i ? nil : (t > i ? t - 1 : t) }
        }
        clampSelection()
        message = .info("deleted \(label) (u undoes)")
    }

    mutating func clampSelection() {
        selection = min(max(selection, 0), max(document.count - 1, 0))
    }

    // MARK: - Input fields

    private mutating func beginEdit(_ purpose: EditField.Purpose) {
        let i = selection
        let text: String
        switch purpose {
        case .logit: text = formatPlain(document.logits[i])
        case .label: text = document.labels[i]
        case .temperature: text = formatPlain(document.temperature)
        case .threshold: text = formatPlain(document.threshold)
        case .search: text = search?.query ?? ""
        case .seed: text = String(document.seed)
        case .sessionPath: text = session.path
        }
        field = EditField(purpose: purpose, index: i, text: text)
        message = nil
    }

    /// Returns the save a committed path asks for.
    private mutating func commitEdit() -> [Effect] {
        guard let f = field else { return [] }
        // A class deleted (or undone away) while its field was open: nothing left to set.
        if f.purpose == .logit || f.purpose == .label, !document.logits.indices.contains(f.index) {
            field = nil
            message = .error("the class being edited is gone: nothing changed")
            return []
        }
        do throws(InputError) {
            switch f.purpose {
            case .logit:
                let v = try LogitListParser.parseLogit(Substring(f.text), position: f.index + 1)
                if v == -.infinity && document.logits.enumerated().allSatisfy({ $0.offset == f.index || $0.element == -.infinity }) {
                    throw InputError("cannot mask \(document.labels.displayName(at: f.index)): at least one class must stay unmasked")
                }
                setLogit(f.index, v)
            case .label:
                let name = String(Substring(f.text).trimmingBlanks())
                guard !name.isEmpty else { throw InputError("a label cannot be empty") }
                guard !name.contains(",") else { throw InputError("a label cannot hold a comma (labels are comma-separated on the command line)") }
                change { $0.labels[f.index] = name }
            case .temperature:
                let t = try InputValidation.temperature(f.text)
                change { $0.temperature = t }
            case .threshold:
                let p = try InputValidation.threshold(f.text)
                change { $0.threshold = p }
            case .search:
                try commitSearch(f.text)
            case .seed:
                setSeed(try SplitMix64.seed(f.text))
            case .sessionPath:
                // A refused path keeps the field open, with its message.
                return applySession(.save(path: f.text))
            }
            field = nil
        } catch {
            // The field stays open with the bad text, so it can be corrected; the old value stands.
            message = .error(error.message)
        }
        return []
    }
}

// MARK: - Small numeric helpers of the reducer

/// The next threshold on the grid of 0.05s above or below p (a typed 0.37 goes to 0.4 or 0.35), as
/// k / 20 (one correctly rounded division), so each is the Double its decimal reads as: k · 0.05
/// would give 0.15000000000000002 and 0.7000000000000001.
private func nudged(_ p: Double, up: Bool) -> Double {
    let perUnit = (1 / ExplorerState.thresholdStep).rounded()
    let x = p * perUnit
    // A value on the grid (x within rounding of an integer) counts as that grid point.
    let onGrid = (x - x.rounded()).magnitude < 1e-9 ? x.rounded() : nil
    let k = up ? (onGrid ?? x.rounded(.down)) + 1 : (onGrid ?? x.rounded(.up)) - 1
    return min(max(k, 1), perUnit - 1) / perUnit
}

/// Rounds x to `decimals` places, killing binary noise (0.30000000000000004 → 0.3): n / 10ᵈ is one
/// correctly rounded division, so the result is the Double the decimal text reads as. Left alone
/// where the scaled value is beyond exact integers (or the decimals beyond a Double's).
func roundToDecimals(_ x: Double, _ decimals: Int) -> Double {
    guard x.isFinite, (0...15).contains(decimals) else { return x }
    let scale = Double.pow(10, Double(decimals))
    let n = (x * scale).rounded()
    guard n.magnitude < 0x1p52 else { return x }
    let r = n / scale
    return r == 0 ? 0 : r
}

/// Digits after the point in the shortest text of x (2.345 → 3, 2.0 → 0, 1.5e-05 → 6).
func decimalPlaces(_ x: Double) -> Int {
    guard x.isFinite else { return 0 }
    let parts = "\(x.magnitude)".split(separator: "e")
    var fraction = 0
    if let dot = parts[0].firstIndex(of: ".") {
        let digits = parts[0][parts[0].index(after: dot)...]
        fraction = digits == "0" ? 0 : digits.count
    }
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    return Swift.max(fraction - exponent, 0)
}

/// Rounds to a few significant digits, so log-scale temperatures read 1.25, 1.5625 → 1.563.
func roundSignificant(_ x: Double, digits: Int = 4) -> Double {
    guard x != 0, x.isFinite else { return x }
    let magnitude = Double.pow(10, Double(digits - 1) - Double.log10(Swift.abs(x)).rounded(.down))
    return (x * magnitude).rounded() / magnitude
}

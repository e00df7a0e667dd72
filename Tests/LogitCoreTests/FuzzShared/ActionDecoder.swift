import LogitCore

/// Turns fuzzer bytes into a starting state and a sequence of actions: every case of `Action`,
/// text edits with awkward text (combining marks, emoji, escapes, CRLF), gestures that start and
/// continue, and parameters from the edges of Double and Int as well as everyday values.
public struct ActionDecoder {
    var input: FuzzBytes

    public init(_ data: [UInt8]) { input = FuzzBytes(data) }

    /// The seed example, or a small decoded vector (invalid entries replaced, never all -inf).
    public mutating func startingState() -> ExplorerState {
        let kind = input.byte()
        guard kind & 1 == 1 else { return ExplorerState() }
        let n = 1 + Int(kind >> 1) % 6
        var logits = (0..<n).map { _ in input.double() }.map { $0.isAcceptableLogit ? $0 : 0 }
        if logits.allSatisfy({ $0 == -.infinity }) { logits[0] = 0 }
        let precision = Precision.allCases[input.int(in: 0...Precision.allCases.count - 1)]
        let temperature = [1, 0.5, 2, 0.01, 100, 1e-5, 1e5][input.int(in: 0...6)]
        let document = LogitDocument(logits: logits, temperature: temperature, precision: precision)
        return ExplorerState(document: document, selection: input.int(in: 0...n - 1))
    }

    public var isAtEnd: Bool { input.isAtEnd }

    public mutating func action() -> Action {
        switch input.byte() % 37 {
        case 0: return .moveSelection(by: int())
        case 1: return .select(int())
        case 2: return .selectFirst
        case 3: return .selectLast
        case 4: return .nudgeLogit(steps: int())
        case 5: return .setLogit(index: int(), value: input.double())
        case 6: return .setProbability(index: int(), probability: input.double())
        case 7: return .shiftAll(by: input.double())
        case 8: return .cycleStep(up: input.bool())
        case 9: return .scaleTemperature(up: input.bool())
        case 10: return .resetTemperature
        case 11: return .setTemperature(input.double())
        case 12: return .cyclePrecision
        case 13: return .setPrecision(Precision.allCases[input.int(in: 0...Precision.allCases.count - 1)])
        case 14: return .nudgeThreshold(up: input.bool())
        case 15: return .nudgeClassThreshold(up: input.bool())
        case 16: return .clearClassThreshold
        case 17: return .toggleTarget
        case 18: return .addClass
        case 19: return .deleteClass
        case 20:
            let inner: Action = input.bool()
                ? .setLogit(index: int(), value: input.double())
                : .setProbability(index: int(), probability: input.double())
            return .gesture(inner, starts: input.bool())
        case 21: return .undo
        case 22: return .redo
        case 23: return .beginEdit(Self.purposes[input.int(in: 0...Self.purposes.count - 1)])
        case 24, 25, 26: return .edit(textEdit())
        case 27: return .commitEdit
        case 28: return .cancelEdit
        case 29: return input.bool() ? .toggleHelp : .dismissOverlay
        case 30: return .classroom(classroomAction())
        case 31: return .session(sessionAction())
        case 32: return vocabularyAction()
        case 33: return .edit(textEdit())
        case 34: return vocabularyAction()
        case 35: return .calibration(calibrationAction())
        default: return .quit
        }
    }

    static let purposes: [EditField.Purpose] = [.logit, .label, .temperature, .threshold, .search, .seed, .sessionPath]

    /// Order, paging, search, filters, seed and draws (the vocabulary-scale actions).
    mutating func vocabularyAction() -> Action {
        switch input.byte() % 9 {
        case 0: return .toggleOrder
        case 1: return .setOrder(input.bool() ? .index : .rank)
        case 2: return .movePage(by: int(), pageRows: int())
        case 3: return .movePage(by: input.bool() ? 1 : -1, pageRows: int())
        case 4: return .findNext(forward: input.bool())
        case 5:
            let filters: [FilteredDistribution.Stage.Filter] = [.topK, .topP, .minP]
            return .nudgeFilter(filters[input.int(in: 0...2)], looser: input.bool())
        case 6:
            let k: Int? = input.bool() ? nil : int()
            let p: Double? = input.bool() ? nil : input.double()
            let m: Double? = input.bool() ? nil : input.double()
            return .setFilters((try? SamplingFilters(topK: k, topP: p, minP: m)) ?? .none)
        case 7:
            var seed: UInt64 = 0
            for _ in 0..<8 { seed = seed << 8 | UInt64(input.byte()) }
            return .setSeed(seed)
        default: return .draw(count: input.bool() ? int() : input.int(in: 0...300))
        }
    }

    /// The calibration view's intents (refused with a message without a dataset).
    mutating func calibrationAction() -> CalibrationAction {
        switch input.byte() % 7 {
        case 0: return .toggleView
        case 1: return .setFittedTemperature
        case 2: return .cycleOrder
        case 3: return .moveCursor(by: int())
        case 4: return .moveCursorTo(int())
        case 5: return .click(int())
        default: return .openSelected
        }
    }

    mutating func sessionAction() -> SessionAction {
        switch input.byte() % 7 {
        case 0: return .beginSave
        case 1: return .save(path: input.text(limit: 8))
        case 2: return .askToOverwrite(path: input.text(limit: 8))
        case 3: return .confirmOverwrite
        case 4: return .declineOverwrite
        case 5: return .saved(path: input.text(limit: 8))
        default: return .saveFailed(input.text(limit: 8))
        }
    }

    mutating func classroomAction() -> ClassroomAction {
        switch input.byte() % 19 {
        case 0: return .toggleMaxTrick
        case 1: return .focus(input.bool() ? nil : ClassroomPanel.allCases[input.int(in: 0...ClassroomPanel.allCases.count - 1)])
        case 2: return .cycleFocus(forward: input.bool())
        case 3: return .toggleBinaryLabel
        case 4: return .openPresets
        case 5: return .movePresetCursor(by: int())
        case 6: return .choosePreset
        case 7: return .loadPreset(input.bool() ? (Preset.all.map(\.name) + ["", "NOPE\u{1B}[2J"])[input.int(in: 0...Preset.all.count + 1)] : input.text(limit: 8))
        case 8: return .startTour
        case 9: return .endTour
        case 10: return .toggleTour
        case 11: return .tourStep(by: int())
        case 12: return .goToTourStep(int())
        case 13: return .revealTourStep
        case 14: return .togglePresentation
        case 15: return .openExport
        case 16: return .requestExport(ExportFormat.allCases[input.int(in: 0...ExportFormat.allCases.count - 1)])
        case 17: return .exportFinished(path: input.text(limit: 8))
        default: return .exportFailed(input.text(limit: 8))
        }
    }

    mutating func textEdit() -> TextEdit {
        switch input.byte() % 8 {
        case 0, 1: return .insert(Self.fragments[input.int(in: 0...Self.fragments.count - 1)])
        case 2: return .insert(input.text(limit: 6))
        case 3: return .deleteBackward
        case 4: return .deleteForward
        case 5: return .moveLeft
        case 6: return .moveRight
        default: return input.bool() ? .moveToStart : .moveToEnd
        }
    }

    /// Indices and counts: mostly small (valid and just out of range), sometimes the extremes.
    mutating func int() -> Int {
        let b = input.byte()
        switch b {
        case 254: return .max
        case 255: return .min
        default: return Int(b % 12) - 3
        }
    }

    static let fragments = [
        "0", "1", "2", "9", "-", "+", ".", "e", "E", "-inf", "inf", "nan", "1e400", "0.5", "1e-5",
        "\u{2212}", "∞", ",", " ", "\t", "\u{301}", "\u{200D}", "👍🏽", "🇫", "🇷", "\r\n", "\r", "\n",
        "\u{1B}[31m", "\u{1100}", "\u{1161}", "é", "中", "News", "\u{202E}", "", "65504", "1e308",
    ]
}

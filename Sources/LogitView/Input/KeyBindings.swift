import LogitCore

/// One line of the key table: the keys, what they do, and the actions they send. The keymap,
/// the help overlay and the status-line hints all read this table, so they cannot disagree.
public struct KeyBinding: Sendable {
    public struct Mapping: Sendable {
        public let keys: [Key]
        /// The action in the frame on screen: most are constants; `+` reads the state's step,
        /// PgDn the frame's page height.
        let action: @Sendable (Frame) -> Action
    }

    /// The keys as the help shows them (`↑ k`), and the same in ASCII (`Up k`).
    public let label: String
    public let asciiLabel: String
    public let help: String
    /// A short form for the status line's hints (`↑↓ select`), if this binding earns a place there.
    public let hint: Hint?

    public struct Hint: Sendable {
        public let keys: String
        public let asciiKeys: String
        public let text: String
        init(_ keys: String, ascii: String? = nil, _ text: String) {
            self.keys = keys
            self.asciiKeys = ascii ?? keys
            self.text = text
        }
        public func keys(unicode: Bool) -> String { unicode ? keys : asciiKeys }
    }
    public let mappings: [Mapping]

    init(
        _ label: String, ascii: String? = nil, _ help: String, hint: Hint? = nil,
        _ mappings: [Mapping]
    ) {
        self.label = label
        self.asciiLabel = ascii ?? label
        self.help = help
        self.hint = hint
        self.mappings = mappings
    }

    public func label(unicode: Bool) -> String { unicode ? label : asciiLabel }

    /// The action for `key` in `frame`, if this binding has the key.
    func action(for key: Key, in frame: Frame) -> Action? {
        mappings.first { $0.keys.contains(key) }.map { $0.action(frame) }
    }
}

/// A titled group of bindings, as the help overlay lists them.
public struct KeySection: Sendable {
    public let title: String
    public let bindings: [KeyBinding]
}

private func map(_ keys: Key..., to action: Action) -> KeyBinding.Mapping {
    KeyBinding.Mapping(keys: keys, action: { _ in action })
}

private func map(_ keys: Key..., with action: @escaping @Sendable (Frame) -> Action) -> KeyBinding.Mapping {
    KeyBinding.Mapping(keys: keys, action: action)
}

private func ch(_ c: Character) -> Key { .character(c) }

public enum KeyBindings {
    /// The explorer's keys (README and the tmux tests depend on them).
    public static let explorer: [KeySection] = [
        KeySection(title: "Select", bindings: [
            KeyBinding("↑↓ k j", ascii: "Up Dn k j", "previous / next class", hint: KeyBinding.Hint("↑↓", ascii: "Up/Down", "select"), [
                map(.up, ch("k"), to: .moveSelection(by: -1)), map(.down, ch("j"), to: .moveSelection(by: 1)),
            ]),
            KeyBinding("g G", "first / last (Home End)", [map(ch("g"), .home, to: .selectFirst), map(ch("G"), .end, to: .selectLast)]),
        ]),
        KeySection(title: "Logits", bindings: [
            KeyBinding("←→ h l", ascii: "Lt Rt h l", "lower / raise by the step", hint: KeyBinding.Hint("←→", ascii: "Left/Right", "nudge"), [
                map(.left, ch("h"), to: .nudgeLogit(steps: -1)), map(.right, ch("l"), to: .nudgeLogit(steps: 1)),
            ]),
            KeyBinding("s S", "bigger / smaller step", [
                map(ch("s"), to: .cycleStep(up: true)), map(ch("S"), to: .cycleStep(up: false)),
            ]),
            KeyBinding("Enter", "type a logit value", hint: KeyBinding.Hint("Enter", "type"), [map(.enter, to: .beginEdit(.logit))]),
            KeyBinding("+ -", "shift all logits by step", [
                map(ch("+"), with: { .shiftAll(by: $0.state.step) }), map(ch("-"), with: { .shiftAll(by: -$0.state.step) }),
            ]),
        ]),
        KeySection(title: "Temperature and precision", bindings: [
            KeyBinding("t T", "temperature down / up", hint: KeyBinding.Hint("t T", "temperature"), [
                map(ch("t"), to: .scaleTemperature(up: false)), map(ch("T"), to: .scaleTemperature(up: true)),
            ]),
            KeyBinding("=", "temperature back to 1", [map(ch("="), to: .resetTemperature)]),
            KeyBinding("p", "precision 64/32/16/bf16", hint: KeyBinding.Hint("p", "precision"), [map(ch("p"), to: .cyclePrecision)]),
            // Beside p, as a knob of how the numbers are computed; it shows the online panel.
            KeyBinding("B", "online softmax block size", [map(ch("B"), to: .classroom(.cycleOnlineBlock))]),
        ]),
        KeySection(title: "Sigmoid threshold", bindings: [
            KeyBinding("< >", "threshold down / up (all)", hint: KeyBinding.Hint("< >", "threshold"), [
                map(ch("<"), to: .nudgeThreshold(up: false)), map(ch(">"), to: .nudgeThreshold(up: true)),
            ]),
            KeyBinding("[ ]", "class's own threshold -/+", [
                map(ch("["), to: .nudgeClassThreshold(up: false)), map(ch("]"), to: .nudgeClassThreshold(up: true)),
            ]),
            KeyBinding("x", "clear own threshold", [map(ch("x"), to: .clearClassThreshold)]),
        ]),
        KeySection(title: "Classes", bindings: [
            KeyBinding("c", "cross-entropy target", hint: KeyBinding.Hint("c", "target"), [map(ch("c"), to: .toggleTarget)]),
            KeyBinding("a", "add a class", [map(ch("a"), to: .addClass)]),
            KeyBinding("d Del", "delete the class", [map(ch("d"), .delete, to: .deleteClass)]),
            KeyBinding("r", "rename the class", [map(ch("r"), to: .beginEdit(.label))]),
        ]),
        KeySection(title: "History and more", bindings: [
            KeyBinding("u U ^R", "undo / redo", hint: KeyBinding.Hint("u", "undo"), [
                map(ch("u"), to: .undo), map(ch("U"), .control("r"), to: .redo),
            ]),
            KeyBinding("w", "save the session to a file", [map(ch("w"), to: .session(.beginSave))]),
            KeyBinding("? Esc", "this help / close, cancel", hint: KeyBinding.Hint("?", "help"), [
                map(ch("?"), to: .toggleHelp), map(.escape, to: .dismissOverlay),
            ]),
            KeyBinding("q", "quit, print command line", hint: KeyBinding.Hint("q", "quit"), [map(ch("q"), to: .quit)]),
        ]),
    ]

    /// The ranked list's keys: order, paging, search, the sampling filters and the sampler. Bound
    /// everywhere; the help lists them with the ranked list, which shows what they change.
    public static let vocabulary: [KeySection] = [
        KeySection(title: "Vocabulary and sampling", bindings: [
            KeyBinding("i", "ranked list / index order", [map(ch("i"), to: .toggleOrder)]),
            // PgUp / PgDn also turn the tour's pages (a clicker sends them); outside the tour,
            // where they would do nothing, they page the list.
            KeyBinding("PgUp/Dn", "page up / down (^B ^F)", [
                map(.pageUp, .control("b"), with: { .movePage(by: -1, pageRows: $0.pageRows) }),
                map(.pageDown, .control("f"), with: { .movePage(by: 1, pageRows: $0.pageRows) }),
            ]),
            KeyBinding("/ ^N ^P", "search labels, next / prev", [
                map(ch("/"), to: .beginEdit(.search)),
                map(.control("n"), to: .findNext(forward: true)), map(.control("p"), to: .findNext(forward: false)),
            ]),
            KeyBinding("{}(),.X", "top-k top-p min-p; X off", [
                map(ch("{"), to: .nudgeFilter(.topK, looser: false)), map(ch("}"), to: .nudgeFilter(.topK, looser: true)),
                map(ch("("), to: .nudgeFilter(.topP, looser: false)), map(ch(")"), to: .nudgeFilter(.topP, looser: true)),
                map(ch(","), to: .nudgeFilter(.minP, looser: true)), map(ch("."), to: .nudgeFilter(.minP, looser: false)),
                map(ch("X"), to: .setFilters(.none)),
            ]),
            KeyBinding("z Z #", "draw 1 / \(ExplorerState.batchDrawCount), type seed", [
                map(ch("z"), to: .draw(count: 1)), map(ch("Z"), to: .draw(count: ExplorerState.batchDrawCount)),
                map(ch("#"), to: .beginEdit(.seed)),
            ]),
        ]),
    ]

    /// The keys of a file of rows (a generation's positions, a dataset's samples): bound always,
    /// refused with a message when one vector is open. Shifted j k (rows, as j k are classes),
    /// and H L as vim's high and low.
    public static let rows: [KeySection] = [
        KeySection(title: "Rows (--file of rows)", bindings: [
            // One line for the four, so that the ranked list's help still fits 80×24 with C.
            KeyBinding("J K H L", "next / prev row, first / last", hint: KeyBinding.Hint("J K", "row"), [
                map(ch("J"), to: .moveRow(by: 1)), map(ch("K"), to: .moveRow(by: -1)),
                map(ch("H"), to: .openRow(0)), map(ch("L"), to: .openRow(Int.max)),
            ]),
            KeyBinding("C", "calibration view (--targets)", hint: KeyBinding.Hint("C", "calibration"), [
                map(ch("C"), to: .calibration(.toggleView)),
            ]),
        ]),
    ]

    /// The calibration view's keys (a dataset: rows with --targets). In it, t T = turn the
    /// temperature as everywhere, and every figure follows.
    public static let calibration: [KeySection] = [
        KeySection(title: "Calibration view", bindings: [
            KeyBinding("↑↓ k j", ascii: "Up Dn k j", "previous / next row", hint: KeyBinding.Hint("↑↓", ascii: "Up/Down", "row"), [
                map(.up, ch("k"), to: .calibration(.moveCursor(by: -1))), map(.down, ch("j"), to: .calibration(.moveCursor(by: 1))),
            ]),
            KeyBinding("g G", "first / last (Home End)", [
                map(ch("g"), .home, to: .calibration(.moveCursorTo(0))), map(ch("G"), .end, to: .calibration(.moveCursorTo(Int.max))),
            ]),
            KeyBinding("PgUp/Dn", "page up / down (^B ^F)", [
                map(.pageUp, .control("b"), with: { .calibration(.moveCursor(by: -$0.pageRows)) }),
                map(.pageDown, .control("f"), with: { .calibration(.moveCursor(by: $0.pageRows)) }),
            ]),
            KeyBinding("Enter", "open the row in the explorer", hint: KeyBinding.Hint("Enter", "open"), [map(.enter, to: .calibration(.openSelected))]),
            KeyBinding("O", "order: worst, confidence, loss", hint: KeyBinding.Hint("O", "order"), [map(ch("O"), to: .calibration(.cycleOrder))]),
            KeyBinding("F", "T to the fitted temperature", hint: KeyBinding.Hint("F", "fit"), [map(ch("F"), to: .calibration(.setFittedTemperature))]),
            KeyBinding("C Esc", "back to the explorer", hint: KeyBinding.Hint("C", "back"), [
                map(ch("C"), .escape, to: .calibration(.toggleView)),
            ]),
        ]),
    ]

    /// The classroom's keys: panels, the lab, presets, the tour, presentation, export.
    public static let classroom: [KeySection] = [
        KeySection(title: "Classroom", bindings: [
            KeyBinding("Tab 0-6", "cycle panels (0-6 direct)", [
                map(.tab, to: .classroom(.cycleFocus(forward: true))), map(.backTab, to: .classroom(.cycleFocus(forward: false))),
                map(ch("0"), to: .classroom(.focus(nil))), map(ch("1"), to: .classroom(.focus(.steps))),
                map(ch("2"), to: .classroom(.focus(.lab))), map(ch("3"), to: .classroom(.focus(.binary))),
                map(ch("4"), to: .classroom(.focus(.loss))), map(ch("5"), to: .classroom(.focus(.logSoftmax))),
                map(ch("6"), to: .classroom(.focus(.online))),
            ]),
            KeyBinding("n", "naive bars (max trick off)", [map(ch("n"), to: .classroom(.toggleMaxTrick))]),
            KeyBinding("y", "class's multi-label y 0/1", [map(ch("y"), to: .classroom(.toggleBinaryLabel))]),
            KeyBinding("P", "presets", [map(ch("P"), to: .classroom(.openPresets))]),
            KeyBinding("o", "guided tour on / off", [map(ch("o"), to: .classroom(.toggleTour))]),
            KeyBinding("m", "presentation mode", [map(ch("m"), to: .classroom(.togglePresentation))]),
            KeyBinding("e", "export SVG, Markdown, CSV", [map(ch("e"), to: .classroom(.openExport))]),
        ]),
    ]

    /// The tour's keys: always bound (they do nothing outside the tour), hinted during it.
    public static let tour: [KeySection] = [
        KeySection(title: "In the tour", bindings: [
            KeyBinding("Space", "reveal the answer", hint: KeyBinding.Hint("Space", "reveal"), [map(ch(" "), to: .classroom(.revealTourStep))]),
            KeyBinding("f b", "next / back (PgDn PgUp)", hint: KeyBinding.Hint("f b", "next/back"), [
                map(ch("f"), .pageDown, to: .classroom(.tourStep(by: 1))), map(ch("b"), .pageUp, to: .classroom(.tourStep(by: -1))),
            ]),
        ]),
    ]

    /// Keys in the preset picker.
    public static let presets: [KeySection] = [
        KeySection(title: "Presets", bindings: [
            KeyBinding("↑↓ k j", ascii: "Up Dn k j", "move", hint: KeyBinding.Hint("↑↓", ascii: "Up/Down", "move"), [
                map(.up, ch("k"), to: .classroom(.movePresetCursor(by: -1))), map(.down, ch("j"), to: .classroom(.movePresetCursor(by: 1))),
            ]),
            KeyBinding("Enter", "load the preset", hint: KeyBinding.Hint("Enter", "load"), [map(.enter, to: .classroom(.choosePreset))]),
            KeyBinding("Esc P q", "close", hint: KeyBinding.Hint("Esc", "close"), [map(.escape, ch("P"), ch("q"), to: .dismissOverlay)]),
        ]),
    ]

    /// Keys in the export menu.
    public static let export: [KeySection] = [
        KeySection(title: "Export", bindings: [
            KeyBinding("s", "the screen as SVG", hint: KeyBinding.Hint("s", "SVG"), [map(ch("s"), to: .classroom(.requestExport(.svg)))]),
            KeyBinding("m", "the numbers as Markdown", hint: KeyBinding.Hint("m", "Markdown"), [map(ch("m"), to: .classroom(.requestExport(.markdown)))]),
            KeyBinding("c", "the numbers as CSV", hint: KeyBinding.Hint("c", "CSV"), [map(ch("c"), to: .classroom(.requestExport(.csv)))]),
            KeyBinding("Esc e q", "close", hint: KeyBinding.Hint("Esc", "close"), [map(.escape, ch("e"), ch("q"), to: .dismissOverlay)]),
        ]),
    ]

    /// Keys while the explorer asks before replacing a file that is not a session.
    public static let confirmOverwrite: [KeySection] = [
        KeySection(title: "Replace the file?", bindings: [
            KeyBinding("y", "replace it with the session", hint: KeyBinding.Hint("y", "replace"), [map(ch("y"), ch("Y"), to: .session(.confirmOverwrite))]),
            KeyBinding("n Esc", "keep it, do not save", hint: KeyBinding.Hint("n", "keep"), [map(ch("n"), ch("N"), .escape, ch("q"), to: .session(.declineOverwrite))]),
        ]),
    ]

    /// Keys while a field is open. Printable characters are typed into it.
    public static let field: [KeySection] = [
        KeySection(title: "While typing a value", bindings: [
            KeyBinding("Enter", "confirm", hint: KeyBinding.Hint("Enter", "confirm"), [map(.enter, to: .commitEdit)]),
            KeyBinding("Esc", "cancel, keep the old value", hint: KeyBinding.Hint("Esc", "cancel"), [map(.escape, to: .cancelEdit)]),
            KeyBinding("← →", ascii: "Left Right", "move the cursor", [
                map(.left, to: .edit(.moveLeft)), map(.right, to: .edit(.moveRight)),
            ]),
            KeyBinding("Home End", "start / end (^A ^E)", [
                map(.home, .control("a"), to: .edit(.moveToStart)), map(.end, .control("e"), to: .edit(.moveToEnd)),
            ]),
            KeyBinding("Bksp Del", "erase before / after", [
                map(.backspace, to: .edit(.deleteBackward)), map(.delete, to: .edit(.deleteForward)),
            ]),
        ]),
    ]

    /// Keys while the help overlay is open: q closes the help rather than quitting.
    public static let help: [KeySection] = [
        KeySection(title: "In this help", bindings: [
            KeyBinding("? Esc q", "close the help", hint: KeyBinding.Hint("? Esc q", "close"), [
                map(ch("?"), .escape, ch("q"), to: .dismissOverlay),
            ]),
        ]),
    ]
}

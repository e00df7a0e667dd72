import LogitCore

/// One line of the key table: the keys, what they do, and the actions they send. The keymap,
/// the help overlay and the status-line hints all read this table, so they cannot disagree.
public struct KeyBinding: Sendable {
    public struct Mapping: Sendable {
        public let keys: [Key]
        let action: @Sendable (ExplorerState) -> Action
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

    /// The action for `key` in `state`, if this binding has the key.
    func action(for key: Key, in state: ExplorerState) -> Action? {
        mappings.first { $0.keys.contains(key) }.map { $0.action(state) }
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

private func map(_ keys: Key..., with action: @escaping @Sendable (ExplorerState) -> Action) -> KeyBinding.Mapping {
    KeyBinding.Mapping(keys: keys, action: action)
}

private func ch(_ c: Character) -> Key { .character(c) }

public enum KeyBindings {
    /// The explorer's keys (README and the tmux tests depend on them).
    public static let explorer: [KeySection] = [
        KeySection(title: "Select", bindings: [
            KeyBinding("↑ k", ascii: "Up k", "previous class", hint: KeyBinding.Hint("↑↓", ascii: "Up/Down", "select"), [map(.up, ch("k"), to: .moveSelection(by: -1))]),
            KeyBinding("↓ j", ascii: "Down j", "next class", [map(.down, ch("j"), to: .moveSelection(by: 1))]),
            KeyBinding("g Home", "first class", [map(ch("g"), .home, to: .selectFirst)]),
            KeyBinding("G End", "last class", [map(ch("G"), .end, to: .selectLast)]),
        ]),
        KeySection(title: "Logits", bindings: [
            KeyBinding("← h", ascii: "Left h", "lower logit by the step", hint: KeyBinding.Hint("←→", ascii: "Left/Right", "nudge"), [map(.left, ch("h"), to: .nudgeLogit(steps: -1))]),
            KeyBinding("→ l", ascii: "Right l", "raise logit by the step", [map(.right, ch("l"), to: .nudgeLogit(steps: 1))]),
            KeyBinding("s S", "bigger / smaller step", [
                map(ch("s"), to: .cycleStep(up: true)), map(ch("S"), to: .cycleStep(up: false)),
            ]),
            KeyBinding("Enter", "type a logit value", hint: KeyBinding.Hint("Enter", "type"), [map(.enter, to: .beginEdit(.logit))]),
            KeyBinding("+ -", "shift all logits by step", [
                map(ch("+"), with: { .shiftAll(by: $0.step) }), map(ch("-"), with: { .shiftAll(by: -$0.step) }),
            ]),
        ]),
        KeySection(title: "Temperature and precision", bindings: [
            KeyBinding("t T", "temperature down / up", hint: KeyBinding.Hint("t T", "temperature"), [
                map(ch("t"), to: .scaleTemperature(up: false)), map(ch("T"), to: .scaleTemperature(up: true)),
            ]),
            KeyBinding("=", "temperature back to 1", [map(ch("="), to: .resetTemperature)]),
            KeyBinding("p", "precision 64 / 32 / 16", hint: KeyBinding.Hint("p", "precision"), [map(ch("p"), to: .cyclePrecision)]),
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
            KeyBinding("u", "undo", hint: KeyBinding.Hint("u", "undo"), [map(ch("u"), to: .undo)]),
            KeyBinding("U ^R", "redo", [map(ch("U"), .control("r"), to: .redo)]),
            KeyBinding("Esc", "cancel", [map(.escape, to: .dismissOverlay)]),
            KeyBinding("?", "this help", hint: KeyBinding.Hint("?", "help"), [map(ch("?"), to: .toggleHelp)]),
            KeyBinding("q", "quit, print command line", hint: KeyBinding.Hint("q", "quit"), [map(ch("q"), to: .quit)]),
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

import Testing
import LogitCore
@testable import LogitView

@Suite struct KeymapTests {
    /// Every binding of the brief (README and the tmux tests depend on these), at step 0.1.
    static let bindings: [(Key, Action)] = [
        (.up, .moveSelection(by: -1)), (.character("k"), .moveSelection(by: -1)),
        (.down, .moveSelection(by: 1)), (.character("j"), .moveSelection(by: 1)),
        (.character("g"), .selectFirst), (.home, .selectFirst),
        (.character("G"), .selectLast), (.end, .selectLast),
        (.left, .nudgeLogit(steps: -1)), (.character("h"), .nudgeLogit(steps: -1)),
        (.right, .nudgeLogit(steps: 1)), (.character("l"), .nudgeLogit(steps: 1)),
        (.character("s"), .cycleStep(up: true)), (.character("S"), .cycleStep(up: false)),
        (.enter, .beginEdit(.logit)),
        (.escape, .dismissOverlay),
        (.character("t"), .scaleTemperature(up: false)), (.character("T"), .scaleTemperature(up: true)),
        (.character("="), .resetTemperature),
        (.character("p"), .cyclePrecision),
        (.character("<"), .nudgeThreshold(up: false)), (.character(">"), .nudgeThreshold(up: true)),
        (.character("["), .nudgeClassThreshold(up: false)), (.character("]"), .nudgeClassThreshold(up: true)),
        (.character("x"), .clearClassThreshold),
        (.character("c"), .toggleTarget),
        (.character("a"), .addClass),
        (.character("d"), .deleteClass), (.delete, .deleteClass),
        (.character("r"), .beginEdit(.label)),
        (.character("+"), .shiftAll(by: 0.1)), (.character("-"), .shiftAll(by: -0.1)),
        (.character("u"), .undo),
        (.character("U"), .redo), (.control("r"), .redo),
        (.character("?"), .toggleHelp),
        (.character("q"), .quit),
    ]

    @Test(arguments: bindings.indices)
    func everyBinding(_ n: Int) {
        let (key, action) = Self.bindings[n]
        #expect(Keymap.action(for: key, in: frame(Examples.seed)) == action)
    }

    @Test func shiftUsesTheCurrentStep() {
        var state = Examples.seed
        state.apply(.cycleStep(up: true))  // 0.1 → 1
        #expect(Keymap.action(for: .character("+"), in: frame(state)) == .shiftAll(by: 1))
        #expect(Keymap.action(for: .character("-"), in: frame(state)) == .shiftAll(by: -1))
    }

    @Test func unboundKeysDoNothing() {
        #expect(Keymap.action(for: .character("v"), in: frame(Examples.seed)) == nil)
        #expect(Keymap.action(for: .function(5), in: frame(Examples.seed)) == nil)
        #expect(Keymap.action(for: .control("c"), in: frame(Examples.seed)) == nil)
    }

    @Test func anOpenFieldTakesTheKeys() {
        var state = Examples.seed
        state.apply(.beginEdit(.logit))
        let expected: [(Key, Action?)] = [
            (.character("q"), .edit(.insert("q"))),  // typed, not quit
            (.character("5"), .edit(.insert("5"))),
            (.character("-"), .edit(.insert("-"))),
            (.character("é"), .edit(.insert("é"))),
            (.backspace, .edit(.deleteBackward)),
            (.delete, .edit(.deleteForward)),
            (.left, .edit(.moveLeft)), (.right, .edit(.moveRight)),
            (.home, .edit(.moveToStart)), (.end, .edit(.moveToEnd)),
            (.control("a"), .edit(.moveToStart)), (.control("e"), .edit(.moveToEnd)),
            (.enter, .commitEdit),
            (.escape, .cancelEdit),
            (.up, nil),
            (.character("\u{1B}"), nil),  // a raw control is never typed in
        ]
        for (key, action) in expected {
            #expect(Keymap.action(for: key, in: frame(state)) == action, "\(key)")
        }
    }

    @Test func theHelpOverlayClosesOnQuestionMarkEscOrQ() {
        var state = Examples.seed
        state.apply(.toggleHelp)
        #expect(Keymap.action(for: .character("?"), in: frame(state)) == .dismissOverlay)
        #expect(Keymap.action(for: .escape, in: frame(state)) == .dismissOverlay)
        #expect(Keymap.action(for: .character("q"), in: frame(state)) == .dismissOverlay)  // not quit
        #expect(Keymap.action(for: .character("j"), in: frame(state)) == nil)
        // And the reducer really closes it.
        #expect(update(state, Keymap.action(for: .character("q"), in: frame(state))!).state.overlay == .none)
        #expect(update(state, Keymap.action(for: .character("q"), in: frame(state))!).effects == [])
    }

    @Test func noKeyIsBoundTwice() {
        for sections in [KeyBindings.explorer, KeyBindings.field, KeyBindings.help] {
            let keys = sections.flatMap(\.bindings).flatMap(\.mappings).flatMap(\.keys)
            #expect(Set(keys).count == keys.count)
        }
    }
}

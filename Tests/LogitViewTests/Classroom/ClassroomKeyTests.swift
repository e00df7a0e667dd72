import Testing
import LogitCore
@testable import LogitView

@Suite struct ClassroomKeyTests {
    static let bindings: [(Key, Action)] = [
        (.tab, .classroom(.cycleFocus(forward: true))), (.backTab, .classroom(.cycleFocus(forward: false))),
        (.character("0"), .classroom(.focus(nil))), (.character("1"), .classroom(.focus(.steps))),
        (.character("2"), .classroom(.focus(.lab))), (.character("3"), .classroom(.focus(.binary))),
        (.character("4"), .classroom(.focus(.loss))), (.character("5"), .classroom(.focus(.logSoftmax))),
        (.character("6"), .classroom(.focus(.online))), (.character("B"), .classroom(.cycleOnlineBlock)),
        (.character("n"), .classroom(.toggleMaxTrick)), (.character("y"), .classroom(.toggleBinaryLabel)),
        (.character("P"), .classroom(.openPresets)), (.character("o"), .classroom(.toggleTour)),
        (.character("m"), .classroom(.togglePresentation)), (.character("e"), .classroom(.openExport)),
        (.character(" "), .classroom(.revealTourStep)),
        (.character("f"), .classroom(.tourStep(by: 1))), (.character("b"), .classroom(.tourStep(by: -1))),
    ]

    /// PgDn / PgUp turn the tour's pages during the tour, and page the list outside it.
    @Test func pageKeysBelongToTheTourWhileItRuns() {
        #expect(Keymap.action(for: .pageDown, in: frame(ExplorerState.touring())) == .classroom(.tourStep(by: 1)))
        #expect(Keymap.action(for: .pageUp, in: frame(ExplorerState.touring())) == .classroom(.tourStep(by: -1)))
        // Three classes on screen at 80×24; a page keeps one row of context.
        #expect(Keymap.action(for: .pageDown, in: frame(Examples.seed)) == .movePage(by: 1, pageRows: 2))
        #expect(Keymap.action(for: .pageUp, in: frame(Examples.seed)) == .movePage(by: -1, pageRows: 2))
    }

    @Test(arguments: bindings.indices)
    func everyClassroomBinding(_ n: Int) {
        let (key, action) = Self.bindings[n]
        #expect(Keymap.action(for: key, in: frame(Examples.seed)) == action)
        #expect(Keymap.action(for: key, in: frame(ExplorerState.touring())) == action)
    }

    @Test func noKeyIsBoundTwiceAcrossTheExplorerAndTheClassroom() {
        let keys = Keymap.sections(in: Examples.seed).flatMap(\.bindings).flatMap(\.mappings).flatMap(\.keys)
        // One shared pair, by design: PgUp / PgDn turn the tour's pages during the tour (a
        // clicker sends them) and page the vocabulary list outside it, where the tour has none.
        let shared: [Key] = [.pageUp, .pageDown]
        let rest = keys.filter { !shared.contains($0) }
        #expect(Set(rest).count == rest.count)
        #expect(keys.filter { shared.contains($0) }.count == 4)
        for sections in [KeyBindings.presets, KeyBindings.export] {
            let k = sections.flatMap(\.bindings).flatMap(\.mappings).flatMap(\.keys)
            #expect(Set(k).count == k.count)
        }
    }

    @Test func thePickerAndTheExportMenuTakeTheirOwnKeys() {
        let picker = update(Examples.seed, .classroom(.openPresets)).state
        #expect(Keymap.action(for: .down, in: frame(picker)) == .classroom(.movePresetCursor(by: 1)))
        #expect(Keymap.action(for: .enter, in: frame(picker)) == .classroom(.choosePreset))
        #expect(Keymap.action(for: .character("q"), in: frame(picker)) == .dismissOverlay)  // not quit
        let menu = update(Examples.seed, .classroom(.openExport)).state
        #expect(Keymap.action(for: .character("s"), in: frame(menu)) == .classroom(.requestExport(.svg)))
        #expect(Keymap.action(for: .character("m"), in: frame(menu)) == .classroom(.requestExport(.markdown)))
        #expect(Keymap.action(for: .character("c"), in: frame(menu)) == .classroom(.requestExport(.csv)))
        #expect(Keymap.action(for: .escape, in: frame(menu)) == .dismissOverlay)
    }

    @Test func theHelpOverlayListsTheClassroomAndTourKeysAt80x24() {
        let text = render(update(Examples.seed, .toggleHelp).state, size: Size(width: 80, height: 24)).plainText()
        #expect(!text.contains("taller terminal"))
        let block = KeyBindings.explorer.flatMap(\.bindings).filter { $0.label == "B" }
        #expect(block.count == 1)
        for binding in (KeyBindings.classroom + KeyBindings.tour).flatMap(\.bindings) + block {
            #expect(text.contains(binding.label), "help lacks \(binding.label)")
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
    }

    @Test func tourHintsShowOnlyDuringTheTour() {
        let size = Size(width: 80, height: 24)
        #expect(!render(Examples.seed, size: size).lines[23].contains("Space reveal"))
        #expect(render(ExplorerState.touring(), size: size).lines[23].hasPrefix(" Space reveal  f b next/back"))
    }
}

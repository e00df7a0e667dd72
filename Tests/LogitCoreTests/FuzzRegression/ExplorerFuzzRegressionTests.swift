import Testing
@testable import LogitCore

/// Action sequences the update fuzzer (Fuzz/, target FuzzUpdate) found, replayed as the start state
/// and actions they decoded to (the byte encoding changes as actions are added) through the same
/// per-step checks (`ExplorerInvariants.run(from:actions:)`).
@Suite struct ExplorerFuzzRegressionTests {
    /// Logits [-10, 1e-300, Double's largest, 1e5] in Float16 at T = 0.01, then a drag asking class 4
    /// for a probability: the others / T overflow, log-sum-exp is NaN, and the solved logit (NaN) was
    /// written into the document, breaking every number after it. Now the request is refused.
    @Test func aProbabilityThatNeedsAnOverflowingLogitIsRefused() {
        let document = LogitDocument(logits: [-10, 1e-300, .greatestFiniteMagnitude, 1e5], temperature: 0.01, precision: .float16)
        let found = ExplorerInvariants.run(
            from: ExplorerState(document: document, selection: 2),
            actions: [.gesture(.setProbability(index: 3, probability: -0.63), starts: false)])
        #expect(found.problems == [])

        let s = update(ExplorerState(document: document), .setProbability(index: 3, probability: 0.5)).state
        #expect(s.document == document)
        #expect(!s.history.canUndo)
        #expect(s.message?.kind == .error)
    }

    /// A shift by NaN (or one that takes a logit past Double's range) was applied to every logit.
    /// The keys shift by ±step only, but `update` takes any action: now the shift is refused.
    @Test func aShiftThatBreaksTheLogitsIsRefused() {
        let found = ExplorerInvariants.run(from: ExplorerState(), actions: [.shiftAll(by: -.nan), .shiftAll(by: .infinity)])
        #expect(found.problems == [])

        let near = LogitDocument(logits: [1.7e308, 0])
        for c in [Double.nan, .infinity, -.infinity, 1e308] {
            let s = update(ExplorerState(document: near), .shiftAll(by: c)).state
            #expect(s.document == near)
            #expect(s.message?.kind == .error)
        }
        let masked = LogitDocument(logits: [-.infinity, 2])
        #expect(update(ExplorerState(document: masked), .shiftAll(by: 1)).state.document.logits == [-.infinity, 3])
    }
}

/// Moves by any count: the keys send ±1 (and the backend a page size), but `update` takes any Int.
@Suite struct ExplorerFuzzMoveRegressionTests {
    /// The fuzzer's input: `movePage(by:)` with a page count whose product with the page size
    /// overflowed Int (a trap); `moveSelection`, the preset cursor and tour steps added likewise.
    @Test func movesByExtremeCountsClampInsteadOfTrapping() {
        let found = ExplorerInvariants.run(from: ExplorerState(), actions: [
            .movePage(by: .max, pageRows: .max), .movePage(by: .min, pageRows: .max), .moveSelection(by: .max),
            .moveSelection(by: .min), .classroom(.openPresets), .classroom(.movePresetCursor(by: .max)),
            .classroom(.movePresetCursor(by: .min)), .classroom(.startTour), .classroom(.tourStep(by: .max)),
            .classroom(.startTour), .classroom(.tourStep(by: .min)),
        ])
        #expect(found.problems == [])

        var s = ExplorerState(selection: 1)
        s = update(s, .movePage(by: .max, pageRows: 10)).state
        #expect(s.selection == 2)
        s = update(s, .moveSelection(by: .min)).state
        #expect(s.selection == 0)
        s = update(update(s, .classroom(.openPresets)).state, .classroom(.movePresetCursor(by: .max))).state
        #expect(s.overlay == .presets(cursor: Preset.all.count - 1))
        s = update(update(s, .classroom(.startTour)).state, .classroom(.tourStep(by: .min))).state
        #expect(s.classroom.tour?.step == 0)
    }
}

/// A field left open while its class goes away.
@Suite struct ExplorerFuzzEditRegressionTests {
    /// The fuzzer opened the label field on the last class, deleted a class, and confirmed: the
    /// field's index was past the end and committing it trapped. (The keys go to an open field, but
    /// `update` takes any action, and undo can remove a class too.) Now the commit is refused.
    @Test func committingAFieldWhoseClassIsGoneChangesNothing() {
        for purpose in [EditField.Purpose.label, .logit] {
            let found = ExplorerInvariants.run(from: ExplorerState(), actions: [
                .selectLast, .beginEdit(purpose), .edit(.insert("-inf")), .deleteClass, .commitEdit,
                .addClass, .beginEdit(purpose), .undo, .commitEdit,
            ])
            #expect(found.problems == [])
            #expect(found.final.field == nil)
            #expect(found.final.message?.kind == .error)
            #expect(found.final.document.count == 2)
        }
    }
}

import Testing
import LogitCore

@Suite struct ClassroomActionTests {
    @Test func theMaxTrickSwitchIsNotUndoneAndSaysWhatItDid() {
        let s = reduce(.classroom(.toggleMaxTrick))
        #expect(!s.classroom.maxTrick)
        #expect(s.message?.text.contains("naive") == true)
        #expect(!s.history.canUndo)
        #expect(reduce(from: s, .classroom(.toggleMaxTrick)).classroom.maxTrick)
    }

    @Test func focusCyclesThroughNoneAndEveryPanel() {
        var s = ExplorerState()
        var seen: [ClassroomPanel?] = []
        for _ in 0..<7 {
            s.apply(.classroom(.cycleFocus(forward: true)))
            seen.append(s.classroom.focus)
        }
        // log-softmax beside the loss, whose formula it explains; the online softmax last.
        #expect(seen == [.steps, .lab, .binary, .loss, .logSoftmax, .online, nil])
        #expect(reduce(.classroom(.cycleFocus(forward: false))).classroom.focus == .online)
        #expect(reduce(.classroom(.focus(.binary))).classroom.focus == .binary)
    }

    /// B steps the block through 1, 2, 4, … and one block of every class: from the seed's default
    /// (two blocks, B = 2) to 3, then round to 1 and 2. Each press is one undo step of the
    /// document, as --block is part of it, and brings up the online panel, which draws it.
    @Test func theBlockKeyCyclesTheBlockSizeAndShowsTheOnlinePanel() {
        var s = ExplorerState()
        var seen: [Int?] = []
        for _ in 0..<3 {
            s.apply(.classroom(.cycleOnlineBlock))
            seen.append(s.document.onlineBlock)
        }
        #expect(seen == [3, 1, 2])
        #expect(s.classroom.focus == .online)
        #expect(s.message == .info("online softmax in blocks of B = 2: 2 blocks of 3 classes"))
        s.apply(.undo)
        #expect(s.document.onlineBlock == 1)
        s.apply(.undo)
        s.apply(.undo)
        #expect(s.document.onlineBlock == nil && s.document == .example)
        // A size below 1 is no size: nothing changes.
        let refused = reduce(.classroom(.setOnlineBlock(0)))
        #expect(refused.document.onlineBlock == nil && !refused.history.canUndo && refused.classroom.focus == nil)
        #expect(reduce(.classroom(.setOnlineBlock(1))).message == .info("online softmax in blocks of B = 1: 3 blocks of 3 classes"))
    }

    @Test func binaryLabelsToggleUndoAndFollowAddedAndDeletedClasses() {
        var s = reduce(.select(1), .classroom(.toggleBinaryLabel))
        #expect(s.document.binaryLabels == [false, true, false])
        s.apply(.select(0))
        s.apply(.addClass)  // a new class after News
        #expect(s.document.binaryLabels == [false, false, true, false])
        s.apply(.select(1))
        s.apply(.deleteClass)
        #expect(s.document.binaryLabels == [false, true, false])
        s.apply(.undo)
        s.apply(.undo)
        s.apply(.undo)
        #expect(s.document.binaryLabels == [false, false, false])
    }

    @Test func thePickerOpensOnTheCurrentPresetMovesAndLoads() throws {
        var s = reduce(.classroom(.openPresets))
        #expect(s.overlay == .presets(cursor: 0))  // the seed is the news preset
        s.apply(.classroom(.movePresetCursor(by: -1)))
        #expect(s.overlay == .presets(cursor: 0))
        s.apply(.classroom(.movePresetCursor(by: 2)))
        s.apply(.classroom(.choosePreset))
        let overflow = try #require(Preset.named("overflow-f16"))
        #expect(s.overlay == .none)
        #expect(s.document == overflow.document)
        #expect(s.classroom.focus == .lab)
        #expect(s.message?.text.hasPrefix("overflow-f16: ") == true)
        s.apply(.undo)
        #expect(s.document == .example)
    }

    @Test func loadingAnUnknownPresetIsRefused() {
        let s = reduce(.classroom(.loadPreset("warp")))
        #expect(s.message?.kind == .error)
        #expect(s.document == .example)
    }

    @Test func exportIsAnEffectTheBackendAnswers() {
        var s = reduce(.classroom(.openExport))
        #expect(s.overlay == .export)
        #expect(s.apply(.classroom(.requestExport(.svg))) == [.export(.svg)])
        #expect(s.overlay == .none)
        let done = update(s, .classroom(.exportFinished(path: "logitscope.svg")))
        #expect(done.effects == [] && done.state.message == .info("saved logitscope.svg"))
        let failed = update(s, .classroom(.exportFailed("cannot write logitscope.svg: permission denied")))
        #expect(failed.effects == [] && failed.state.message?.kind == .error)
    }

    @Test func exportFormatsByName() {
        #expect(ExportFormat(name: "SVG") == .svg)
        #expect(ExportFormat(name: "md") == .markdown)
        #expect(ExportFormat(name: "markdown")?.defaultFileName == "logitscope.md")
        #expect(ExportFormat(name: "csv")?.fileExtension == "csv")
        #expect(ExportFormat(name: "png") == nil)
    }

    @Test func presentationToggles() {
        #expect(reduce(.classroom(.togglePresentation)).classroom.presenting)
        #expect(!reduce(.classroom(.togglePresentation), .classroom(.togglePresentation)).classroom.presenting)
    }
}

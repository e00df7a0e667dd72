import Testing
import LogitCore
@testable import LogitView

@Suite struct MouseMapTests {
    let size = Size(width: 80, height: 24)

    /// Where something is drawn on the seed's screen, found by reading the screen.
    private func position(of text: String, inLineWith label: String, occurrence: Int = 0) throws -> (x: Int, y: Int) {
        let screen = render(Examples.seed, size: size)
        let ys = screen.lines.indices.dropFirst().filter { screen.lines[$0].contains(label) }  // below the header
        let y = try #require(ys.dropFirst(occurrence).first)
        let line = Array(screen.lines[y])
        let x = try #require(line.indices.first { String(line[$0...]).hasPrefix(text) })
        return (x, y)
    }

    /// The action for a mouse event, with a press-or-drag gesture unwrapped to what it does
    /// (the gesture wrapper itself is checked in `aDragContinuesThePressedClass`).
    private func press(_ x: Int, _ y: Int, _ kind: MouseEvent.Kind = .press, in state: ExplorerState = Examples.seed) -> Action? {
        let action = MouseMap.action(for: MouseEvent(kind, x: x, y: y), in: frame(state, size))
        if case .gesture(let inner, let starts)? = action {
            #expect(starts == (kind == .press))
            return inner
        }
        return action
    }

    @Test func pressingARowSelectsItsClass() throws {
        let ent = try position(of: "Entertainment", inLineWith: "Entertainment")
        #expect(press(ent.x, ent.y) == .select(1))
        let tech = try position(of: "Technology", inLineWith: "Technology", occurrence: 1)  // the sigmoid panel
        #expect(press(tech.x + 2, tech.y) == .select(2))
        #expect(press(0, 0) == nil)  // the header
        #expect(press(5, 23) == nil)  // the status line
    }

    @Test func theLogitBarSetsTheLogitFromX() throws {
        let axis = try position(of: "│", inLineWith: "Technology")
        #expect(press(axis.x, axis.y) == .setLogit(index: 2, value: 0))
        // The scale reads -3 … +3: the bar's last cell is +3, its first −3.
        let plus = try position(of: "+3", inLineWith: "LOGIT")
        let minus = try position(of: "-3", inLineWith: "LOGIT")
        #expect(press(plus.x + 1, axis.y) == .setLogit(index: 2, value: 3))
        #expect(press(minus.x, axis.y) == .setLogit(index: 2, value: -3))
        // A drag acts on the selected class (News, 0, in the seed state), whatever the row.
        #expect(press(plus.x + 1, axis.y, .drag) == .setLogit(index: 0, value: 3))
        // Between, values are rounded to a readable resolution and grow with x.
        guard case .setLogit(_, let v1) = press(axis.x + 2, axis.y), case .setLogit(_, let v2) = press(axis.x + 3, axis.y) else {
            Issue.record("no setLogit")
            return
        }
        #expect(v1 > 0 && v2 > v1 && v2 < 3)
        #expect(NumberFormat.logit(v1).text.count <= 4)
    }

    @Test func theSoftmaxBarSetsTheProbabilityFromX() throws {
        let news = try position(of: "65.9%", inLineWith: "News")
        let barStart = news.x + 6
        guard case .setProbability(let i, let p) = press(size.width - 2, news.y) else {
            Issue.record("no setProbability")
            return
        }
        #expect(i == 0 && p == 1)
        guard case .setProbability(_, let first) = press(barStart, news.y) else {
            Issue.record("no setProbability")
            return
        }
        #expect(first > 0 && first < 0.1)
        // Pressing where News's bar ends asks for about its own probability.
        let line = Array(render(Examples.seed, size: size).lines[news.y])
        let end = try #require(line.lastIndex { "█▏▎▍▌▋▊▉".contains($0) })
        guard case .setProbability(_, let own) = press(end, news.y) else {
            Issue.record("no setProbability")
            return
        }
        #expect(abs(own - 0.659) < 0.05)
    }

    @Test func aDragContinuesThePressedClassAsOneUndoStep() throws {
        let axis = try position(of: "│", inLineWith: "Technology")
        var state = Examples.seed
        let pressed = try #require(MouseMap.action(for: MouseEvent(.press, x: axis.x + 1, y: axis.y), in: frame(state, size)))
        state.apply(pressed)
        #expect(state.selection == 2)
        // Dragging right along the header row still moves Technology, the class pressed, and
        // lands where a press at that column would.
        let expected = try #require(press(axis.x + 3, axis.y))
        for x in (axis.x + 2)...(axis.x + 3) {
            state.apply(try #require(MouseMap.action(for: MouseEvent(.drag, x: x, y: 0), in: frame(state, size))))
        }
        guard case .setLogit(_, let z) = expected else { Issue.record("no setLogit"); return }
        #expect(state.document.logits == [2, 1, z])
        #expect(state.selection == 2)
        // One undo takes back the whole press-and-drag.
        state.apply(.undo)
        #expect(state.document == Examples.seed.document)
    }

    @Test func theWheelMovesTheSelection() {
        #expect(press(10, 10, .scrollUp) == .moveSelection(by: -1))
        #expect(press(10, 10, .scrollDown) == .moveSelection(by: 1))
        #expect(press(10, 4, .release) == nil)
    }

    @Test func overlaysAndFieldsTakeTheMouse() {
        var help = Examples.seed
        help.apply(.toggleHelp)
        #expect(press(10, 4, in: help) == .dismissOverlay)
        var field = Examples.seed
        field.apply(.beginEdit(.logit))
        #expect(press(10, 4, in: field) == nil)
    }

    @Test func hitTestingFollowsScrolling() throws {
        let screen = render(Examples.twelve, size: size)
        let y = try #require(screen.lines.firstIndex { $0.contains("class 7 ") })
        #expect(MouseMap.action(for: MouseEvent(.press, x: 6, y: y), in: frame(Examples.twelve, size)) == .select(7))
        let more = try #require(screen.lines.firstIndex { $0.contains("↑ 3 more") })
        #expect(MouseMap.action(for: MouseEvent(.press, x: 6, y: more), in: frame(Examples.twelve, size)) == nil)
    }
}

@Suite struct MouseHelpButtonTests {
    @Test func pressingTheHeadersHelpOpensTheHelp() throws {
        let size = Size(width: 80, height: 24)
        let header = render(Examples.seed, size: size).lines[0]
        let x = try #require(Array(header).firstIndex(of: "?"))
        #expect(MouseMap.action(for: MouseEvent(.press, x: x, y: 0), in: frame(Examples.seed, size)) == .toggleHelp)
        #expect(MouseMap.action(for: MouseEvent(.press, x: 3, y: 0), in: frame(Examples.seed, size)) == nil)
    }
}

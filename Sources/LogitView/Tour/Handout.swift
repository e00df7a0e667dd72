import LogitCore

/// `--tour --print`: the whole tour as a handout. Each step as the class sees it on a terminal of
/// `width` × `height` (its lesson, the panel it points at), then, for a step with a question, the
/// same screen once space has revealed the answer.
public func renderTourHandout(width: Int, height: Int = 24, options: RenderOptions = .init()) -> Screen {
    let g = Glyphs(options)
    var blocks: [(title: String, screen: Screen?)] = [
        ("logitscope \(g.dot) a guided tour of softmax in \(Tour.steps.count) steps", nil),
    ]
    var state = ExplorerState.touring()
    for n in Tour.steps.indices {
        state.apply(.classroom(.goToTourStep(n)))
        let step = Tour.steps[n]
        blocks.append(("Step \(n + 1)/\(Tour.steps.count) \(g.dot) \(step.title)", render(state, size: Size(width: width, height: height), options: options)))
        if step.question != nil {
            let revealed = update(state, .classroom(.revealTourStep)).state
            blocks.append(("Step \(n + 1), after space", render(revealed, size: Size(width: width, height: height), options: options)))
        }
    }
    let rows = blocks.reduce(0) { $0 + 2 + ($1.screen?.size.height ?? 0) }
    var out = Screen(size: Size(width: width, height: rows))
    var y = 0
    for block in blocks {
        out.write(block.title, x: 0, y: y, style: Theme.heading, maxWidth: width, unicode: options.unicode)
        y += 1
        if let s = block.screen {
            for sy in 0..<s.size.height {
                for sx in 0..<s.size.width { out[sx, y + sy] = s[sx, sy] }
            }
            y += s.size.height
        }
        y += 1
    }
    // The steps' screens are mapped already; the map leaves them as they are.
    return out.finished(options)
}

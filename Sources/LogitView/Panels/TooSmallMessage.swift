/// Shown instead of a squeezed, broken layout when the terminal is smaller than the minimum.
enum TooSmallMessage {
    /// The most helpful wording that fits: each line within the width and every line on screen;
    /// at the very smallest sizes, the shortest wording, cut with an ellipsis by `write`.
    static func lines(_ size: Size, options: RenderOptions) -> [String] {
        let x = Glyphs(options).times
        let need = Layout.minimumSize
        let small = "terminal too small: \(size.width)\(x)\(size.height)"
        let needs = "logitscope needs at least \(need.width)\(x)\(need.height)"
        let one = small + (options.unicode ? " — " : " - ") + needs
        let wordings: [[String]] = [
            [one, "enlarge the window, or press q to quit"],
            [small, "logitscope needs", "at least \(need.width)\(x)\(need.height)", "enlarge it or press q"],
            [small, "needs \(need.width)\(x)\(need.height)", "q quits"],
            ["too small", "need \(need.width)\(x)\(need.height)", "q quits"],
            ["too small", "need \(need.width)\(x)\(need.height)"],
        ]
        let fitting = wordings.first { lines in
            lines.count <= size.height
                && lines.allSatisfy { DisplayText.width($0, unicode: options.unicode) <= size.width }
        }
        return fitting ?? Array(wordings.last!.prefix(max(size.height, 1)))
    }

    static func draw(in size: Size, options: RenderOptions, on screen: inout Screen) {
        let lines = lines(size, options: options)
        let top = max((size.height - lines.count) / 2, 0)
        for (n, line) in lines.enumerated() {
            screen.writeCentered(line, x: 0, y: top + n, width: size.width,
                                 style: n == 0 ? Theme.error : Theme.hint, unicode: options.unicode)
        }
    }
}

/// Shown instead of a squeezed, broken layout when the terminal is smaller than the minimum.
enum TooSmallMessage {
    static func lines(_ size: Size, options: RenderOptions) -> [String] {
        let x = Glyphs(options).times
        let need = Layout.minimumSize
        let small = "terminal too small: \(size.width)\(x)\(size.height)"
        let needs = "logitscope needs at least \(need.width)\(x)\(need.height)"
        let one = small + (options.unicode ? " — " : " - ") + needs
        if DisplayText.width(one, unicode: options.unicode) <= size.width {
            return [one, "enlarge the window, or press q to quit"]
        }
        return [small, "logitscope needs", "at least \(need.width)\(x)\(need.height)", "enlarge it or press q"]
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

/// Horizontal bars with sub-cell precision: Unicode's eighth blocks give a 30-cell bar 240 steps,
/// enough to see a 0.5% change. A positive value too small for a step still shows a hairline, so
/// a tiny probability never looks like an exact zero (which draws nothing).
enum Bar {
    private static let eighths: [Unicode.Scalar] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar growing rightwards: `fraction` of `width` cells (clamped to [0, 1]).
    static func rightward(_ fraction: Double, width: Int, unicode: Bool) -> [Unicode.Scalar] {
        guard width > 0, fraction > 0 else { return [] }
        let f = min(fraction, 1)
        if unicode {
            var steps = Int((f * Double(width) * 8).rounded())
            if steps == 0 { steps = 1 }
            var out = [Unicode.Scalar](repeating: "█", count: steps / 8)
            if steps % 8 > 0 { out.append(eighths[steps % 8 - 1]) }
            return out
        }
        let cells = Int((f * Double(width)).rounded())
        return cells == 0 ? ["."] : [Unicode.Scalar](repeating: "#", count: cells)
    }

    /// A bar growing leftwards from the right end of `width` cells, padded on the left to `width`.
    /// Block characters only come left-aligned in eighths, so this one has half-cell steps (▐).
    static func leftward(_ fraction: Double, width: Int, unicode: Bool) -> [Unicode.Scalar] {
        guard width > 0 else { return [] }
        guard fraction > 0 else { return [Unicode.Scalar](repeating: " ", count: width) }
        let f = min(fraction, 1)
        var body: [Unicode.Scalar]
        if unicode {
            let halves = Int((f * Double(width) * 2).rounded())
            body = [Unicode.Scalar](repeating: "█", count: halves / 2)
            if halves % 2 == 1 { body.insert("▐", at: 0) }
            if halves == 0 { body = ["▕"] }
        } else {
            let cells = Int((f * Double(width)).rounded())
            body = cells == 0 ? ["."] : [Unicode.Scalar](repeating: "#", count: cells)
        }
        return [Unicode.Scalar](repeating: " ", count: width - body.count) + body
    }
}

extension Screen {
    /// Draws a bar's characters from (x, y); returns the cells drawn.
    @discardableResult
    mutating func draw(_ bar: [Unicode.Scalar], x: Int, y: Int, style: Style) -> Int {
        // Blanks are a leftward bar's padding: they leave what is under them.
        let start = bar.firstIndex { $0 != " " } ?? bar.count
        putRun(bar[start...], count: bar.count - start, x: x + start, y: y, style: style) { $0 }
        return bar.count
    }
}

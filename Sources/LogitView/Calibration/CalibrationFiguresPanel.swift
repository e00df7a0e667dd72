import LogitCore

/// The figures across the top of the calibration view: accuracy, NLL, ECE and MCE (and RMSCE
/// when it fits) at the explorer's T, and under them the same at the fitted T, or why there is
/// none. Percentages as everywhere else (one decimal), the NLL in nats to 4 digits, each T to 6.
enum CalibrationFiguresPanel {
    static func draw(_ state: ExplorerState, in rect: Rect, options: RenderOptions, on screen: inout Screen) {
        let c = state.rows!.calibration!
        let u = options.unicode
        let labelWidth = 26
        let n = 10
        var names = ["ACCURACY", "NLL", "ECE", "MCE"]
        if rect.width >= labelWidth + 2 + 5 * n + 20 { names.append("RMSCE") }
        let x0 = rect.x + 1 + labelWidth
        for (k, name) in names.enumerated() {
            screen.writeRight(name, x: x0 + k * n, y: rect.y, width: n, style: Theme.heading)
        }
        func row(_ label: String, _ f: CalibrationFigures, y: Int, style: Style) {
            screen.write(label, x: rect.x + 1, y: y, style: style, maxWidth: labelWidth, unicode: u)
            let values = [
                NumberFormat.probability(f.accuracy).text, NumberFormat.number(f.nll).text,
                NumberFormat.probability(f.ece).text, NumberFormat.probability(f.mce).text,
                NumberFormat.probability(f.rmsce).text,
            ]
            for k in names.indices {
                screen.writeRight(values[k], x: x0 + k * n, y: y, width: n)
            }
        }
        row("at T = \(temperature(state.document.temperature))", c.figures, y: rect.y + 1, style: Theme.key)
        let noteX = x0 + names.count * n + 3
        if let t = c.fitted.temperature, let f = c.atFitted {
            row("at fitted T = \(temperature(t))", f, y: rect.y + 2, style: Theme.key)
            let note = t == state.document.temperature ? "in use" : "F sets it"
            screen.write(note, x: noteX, y: rect.y + 2, style: Theme.hint, maxWidth: max(rect.maxX - noteX, 0), unicode: u)
        } else {
            screen.write("no fitted T: \(c.fitted.explanation)", x: rect.x + 1, y: rect.y + 2, style: Theme.warning,
                         maxWidth: rect.width - 2, unicode: u)
        }
        let note = "\(c.bins.count) equal-width bins"
        if noteX + note.count < rect.maxX { screen.write(note, x: noteX, y: rect.y + 1, style: Theme.hint, unicode: u) }
    }

    /// A temperature as the header shows one: 6 significant digits.
    static func temperature(_ t: Double) -> String { NumberFormat.number(t, digits: 6).text }
}

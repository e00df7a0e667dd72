import LogitCore
import LogitReport
import LogitView

/// `--print`: the explorer's panels as text, in colour only on a terminal without `NO_COLOR`.
enum Printout {
    static func text(_ state: ExplorerState, width requested: Int?, scheme: ColorScheme) -> String {
        let (style, width) = styleAndWidth(requested)
        let screen = renderPrintout(state, width: width, options: RenderOptions(unicode: style.unicode, colorScheme: scheme))
        return style.escapes ? screen.ansiText(color: style.color) : screen.plainText()
    }

    /// `--tour --print`: the whole tour as a handout, each step with its screen.
    static func handout(width requested: Int?, scheme: ColorScheme) -> String {
        let (style, width) = styleAndWidth(requested)
        let screen = renderTourHandout(width: width, options: RenderOptions(unicode: style.unicode, colorScheme: scheme))
        return style.escapes ? screen.ansiText(color: style.color) : screen.plainText()
    }

    /// The output style of stdout and the width to print at: the one asked for, else the
    /// terminal's, else `COLUMNS`, else 80.
    static func styleAndWidth(_ requested: Int?) -> (OutputStyle, Int) {
        let env = ProcessEnvironment.variables
        let style = OutputStyle(environment: env, stdoutIsTerminal: ProcessEnvironment.stdoutIsTerminal)
        let width = requested ?? PrintWidth.clamped(
            OutputStyle.defaultWidth(terminalColumns: ProcessEnvironment.stdoutColumns, environment: env))
        return (style, width)
    }
}

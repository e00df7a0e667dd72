import LogitCore
import LogitView

/// `--print`: the explorer's panels as text, in colour only on a terminal without `NO_COLOR`.
enum Printout {
    static func text(_ state: ExplorerState, width requested: Int?) -> String {
        let env = ProcessEnvironment.variables
        let style = OutputStyle(environment: env, stdoutIsTerminal: ProcessEnvironment.stdoutIsTerminal)
        let width = requested ?? PrintWidth.clamped(
            OutputStyle.defaultWidth(terminalColumns: ProcessEnvironment.stdoutColumns, environment: env))
        let screen = renderPrintout(state, width: width, options: RenderOptions(unicode: style.unicode))
        return style.escapes ? screen.ansiText(color: style.color) : screen.plainText()
    }
}

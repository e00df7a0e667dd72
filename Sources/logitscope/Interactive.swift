import ArgumentParser
import LogitCore
import LogitTerminal

/// The explorer on the terminal; on quitting, the command line that reproduces the final state.
enum Interactive {
    /// The backend decides whether a terminal is usable (it opens /dev/tty, so
    /// `logitscope > out.txt` and a piped stdin still work); its refusal is one line on stderr.
    static func run(_ state: ExplorerState) {
        do throws(TerminalError) {
            let final = try TerminalExplorer.run(state, effects: Effects.perform)
            Output.report(QuitCommandLine.make(final.document) + "\n")
        } catch {
            Output.refusal(error.message)
            Logitscope.exit(withError: ExitCode.failure)
        }
    }
}

import ArgumentParser
import LogitCore
import LogitReport
import LogitTerminal
import LogitView

/// The explorer on the terminal; on quitting, the command line that reproduces the final state.
enum Interactive {
    /// The backend decides whether a terminal is usable (it opens /dev/tty, so
    /// `logitscope > out.txt` and a piped stdin still work); its refusal is one line on stderr.
    /// The state is consumed: a copy held here would make the explorer's first edit copy its
    /// logits and ranking (16 MB at 1M).
    static func run(_ state: consuming ExplorerState, source: (ExplorerState) -> LogitFileSource?, scheme: ColorScheme) {
        do throws(TerminalError) {
            let final = try TerminalExplorer.run(consume state, colorScheme: scheme, perform: Effects.perform)
            let fileSource = source(final)
            if let session = final.rows, !session.editedRows.isEmpty, let fileSource {
                // Work in rows other than the open one: each row's own line, on stderr, so stdout
                // keeps the one line for the open row.
                for r in session.editedRows {
                    guard let kept = session.kept[r] else { continue }
                    var document = final.document
                    document.logits = kept.logits
                    document.target = kept.target
                    var rowSource = fileSource
                    rowSource.row = r
                    let row = session.source.content(of: r)
                    rowSource.logits = row.logits
                    rowSource.rowTarget = row.target
                    if let own = kept.classes, let classes = row.classes {
                        // A response's token: its own labels, as kept and as the file gives them.
                        document.labels = own.labels
                        document.classThresholds = own.classThresholds
                        rowSource.labels = classes.labels
                    }
                    Output.refusal("row \(r) has edits too: \(quitLine(document, source: rowSource))")
                }
            }
            Output.report(quitLine(final.document, source: fileSource) + "\n")
        } catch {
            Output.refusal(error.message)
            Logitscope.exit(withError: ExitCode.failure)
        }
    }

    /// The line, writing the vector to a file first when the line cannot carry it (classes added
    /// or renamed in a loaded vocabulary, thousands of edits, a list past a shell argument's
    /// limit): `logitscope-<seed>-<n>.json` in the current directory, else in $TMPDIR or /tmp,
    /// never overwriting a file. Said on stderr, so stdout keeps only the line.
    static func quitLine(_ document: LogitDocument, source: LogitFileSource?) -> String {
        if let line = QuitCommandLine.make(document, source: source) { return line }
        let contents = QuitCommandLine.vectorFileContents(document).utf8
        let tmp = ProcessEnvironment.variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        for directory in [".", tmp] {
            let names = (1...99).lazy.map { n in
                let name = "logitscope-\(document.seed)-\(n).json"
                return directory == "." ? name : directory + (directory.hasSuffix("/") ? "" : "/") + name
            }
            // A directory that cannot be written (or a full disk): try the next one.
            guard let path = try? AtomicFile.createNew(contents, trying: names) else { continue }
            Output.refusal("the edited logits are in \(path) (too many to list on the command line)")
            return QuitCommandLine.make(document, source: source, vectorFile: path)!
        }
        Output.refusal("could not write the edited logits to a file: the line lists them all")
        return QuitCommandLine.make(document)
    }
}

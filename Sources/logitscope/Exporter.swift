import LogitCore
import LogitView

/// `--export`: the SVG or the tables, to `--output` or stdout.
enum Exporter {
    static func write(_ state: ExplorerState, as format: ExportFormat, width: Int?, scheme: ColorScheme, to path: String?) throws(InputError) {
        // A slide is not the terminal: 100 columns unless asked, Unicode blocks and colour always.
        let options = RenderOptions(unicode: true, colorScheme: scheme)
        let text = Export.text(state, as: format, width: width ?? 100, options: options, color: true)
        guard let path, path != "-" else {
            Output.report(text)
            return
        }
        try AtomicFile.replace(text.utf8, at: path)
    }
}

import LogitCore

/// What `--export` and the explorer's export menu write. Pure: the caller writes the file.
public enum Export {
    /// `--export FORMAT`: SVG of the `--print` panels at `width` columns (the classroom panels
    /// included when the width allows), or the numbers as Markdown or CSV.
    public static func text(_ state: ExplorerState, as format: ExportFormat, width: Int = 100,
                            options: RenderOptions = .init(), color: Bool = true) -> String {
        switch format {
        case .svg: renderPrintout(state, width: width, options: options).svg(color: color, scheme: options.colorScheme)
        case .markdown: NumberTables.markdown(state)
        case .csv: NumberTables.csv(state)
        }
    }

    /// The explorer's export (key e): SVG of the screen exactly as it is on the terminal of
    /// `size`, without the export menu; the tables as for `--export`.
    public static func screenText(_ state: ExplorerState, as format: ExportFormat, size: Size,
                                  options: RenderOptions = .init(), color: Bool = true) -> String {
        var shown = state
        if case .export = shown.overlay { shown.overlay = .none }
        switch format {
        case .svg: return render(shown, size: size, options: options).svg(color: color, scheme: options.colorScheme)
        case .markdown, .csv: return text(shown, as: format)
        }
    }
}

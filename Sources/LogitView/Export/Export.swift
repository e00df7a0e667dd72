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

    /// The explorer's export (key e): SVG of the frame exactly as the terminal shows it (the
    /// export menu closed by the request); the tables as for `--export`.
    public static func screenText(_ frame: Frame, as format: ExportFormat, color: Bool = true) -> String {
        switch format {
        case .svg: frame.screen.svg(color: color, scheme: frame.options.colorScheme)
        case .markdown, .csv: text(frame.state, as: format)
        }
    }
}

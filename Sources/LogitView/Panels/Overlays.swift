import LogitCore

/// The boxes drawn over the explorer (help, presets, export, the overwrite question), the same
/// over the row panels and the ranked list; only the help's sections differ between the two.
enum Overlays {
    static func draw(
        _ overlay: ExplorerState.Overlay, helpSections: [KeySection], in size: Size, options: RenderOptions,
        on screen: inout Screen
    ) {
        switch overlay {
        case .help: HelpOverlay.draw(in: size, options: options, sections: helpSections, on: &screen)
        case .presets(let cursor): PresetPicker.draw(cursor: cursor, in: size, options: options, on: &screen)
        case .export: ExportMenu.draw(in: size, options: options, on: &screen)
        case .confirmOverwrite(let path): OverwritePrompt.draw(path: path, in: size, options: options, on: &screen)
        case .none: break
        }
    }
}

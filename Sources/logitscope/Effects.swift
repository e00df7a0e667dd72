import LogitCore
import LogitView

/// The explorer's side effects, which the pure core only requests: the export key's file and the
/// session's.
enum Effects {
    static func perform(_ state: ExplorerState, size: Size, options: RenderOptions) -> Action? {
        if let request = state.session.saveRequest { return SessionIO.perform(request) }
        guard let format = state.classroom.exportRequest else { return nil }
        do throws(InputError) {
            let text = Export.screenText(state, as: format, size: size, options: options)
            guard let path = try AtomicFile.createNew(text.utf8, trying: numberedNames(format.defaultFileName)) else {
                return .classroom(.exportFailed("cannot export: \(format.defaultFileName) and its numbered names are all taken"))
            }
            return .classroom(.exportFinished(path: path))
        } catch {
            return .classroom(.exportFailed(error.message))
        }
    }

    /// `logitscope.svg`, then `logitscope-2.svg`, `-3` …: an export never overwrites a file.
    static func numberedNames(_ name: String) -> some Sequence<String> {
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        return [name] + (2...9999).lazy.map { "\(name[..<dot])-\($0)\(name[dot...])" }
    }
}

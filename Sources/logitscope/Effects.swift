import LogitCore
import LogitView

/// The explorer's side effects, which the pure core only asks for (`Effect`): the session's file
/// and the export key's.
enum Effects {
    /// Performs `effect` and returns the action that reports its outcome. An SVG export draws
    /// `frame`, the frame of the state that asked: the screen as it is, the export menu closed.
    static func perform(_ effect: Effect, frame: Frame) -> Action? {
        switch effect {
        case .save(let request):
            return SessionIO.perform(request)
        case .export(let format):
            do throws(InputError) {
                let text = Export.screenText(frame, as: format)
                guard let path = try AtomicFile.createNew(text.utf8, trying: numberedNames(format.defaultFileName)) else {
                    return .classroom(.exportFailed("cannot export: \(format.defaultFileName) and its numbered names are all taken"))
                }
                return .classroom(.exportFinished(path: path))
            } catch {
                return .classroom(.exportFailed(error.message))
            }
        case .quit:
            return nil  // the run loop's own: it ends there
        }
    }

    /// `logitscope.svg`, then `logitscope-2.svg`, `-3` …: an export never overwrites a file.
    static func numberedNames(_ name: String) -> some Sequence<String> {
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        return [name] + (2...9999).lazy.map { "\(name[..<dot])-\($0)\(name[dot...])" }
    }
}

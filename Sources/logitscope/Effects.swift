#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
            let path = freePath(for: format.defaultFileName)
            do throws(InputError) {
                try AtomicFile.write(Export.screenText(frame, as: format), to: path)
                return .classroom(.exportFinished(path: path))
            } catch {
                return .classroom(.exportFailed(error.message))
            }
        case .quit:
            return nil  // the run loop's own: it ends there
        }
    }

    /// `logitscope.svg`, or `logitscope-2.svg`, `-3` … : an export never overwrites a file.
    static func freePath(for name: String) -> String {
        guard access(name, F_OK) == 0 else { return name }
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        for n in 2... {
            let candidate = "\(name[..<dot])-\(n)\(name[dot...])"
            if access(candidate, F_OK) != 0 { return candidate }
        }
        return name
    }
}

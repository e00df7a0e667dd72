#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LogitCore
import LogitView

/// The explorer's side effects, which the pure core only requests: the export key's file and the
/// session's.
enum Effects {
    static func perform(_ state: ExplorerState, size: Size, options: RenderOptions) -> Action? {
        if let request = state.session.saveRequest { return SessionIO.perform(request) }
        guard let format = state.classroom.exportRequest else { return nil }
        let path = freePath(for: format.defaultFileName)
        do throws(InputError) {
            try AtomicFile.write(Export.screenText(state, as: format, size: size, options: options), to: path)
            return .classroom(.exportFinished(path: path))
        } catch {
            return .classroom(.exportFailed(error.message))
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

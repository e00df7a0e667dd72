#if DEBUG
/// Counts the layouts (`Layout`, `ListLayout`, built only by `Arrangement`) made in a task, so that
/// tests can hold a frame to one layout however it is used (drawn, hit-tested, paged) and the run
/// loop to one frame per event. Task-local: tests running side by side count only their own. Not
/// in release builds.
final class LayoutCensus: @unchecked Sendable {
    @TaskLocal static var current: LayoutCensus?

    /// Written only by the task that set `current`.
    private(set) var count = 0

    static func record() { current?.count += 1 }
}
#endif

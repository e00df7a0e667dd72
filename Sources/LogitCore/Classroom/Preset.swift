/// A named scenario for class: a document (logits, labels, temperature, precision, targets), the
/// panel that shows its point, and one line saying what to look for. `--preset NAME`,
/// `--list-presets` and the explorer's picker all read `Preset.all`.
public struct Preset: Sendable, Equatable {
    public let name: String
    /// One line: what the preset shows (`--list-presets` prints it).
    public let summary: String
    public let document: LogitDocument
    /// The classroom panel that makes the point, put in focus on loading.
    public let focus: ClassroomPanel?

    public init(name: String, summary: String, document: LogitDocument, focus: ClassroomPanel? = nil) {
        self.name = name
        self.summary = summary
        self.document = document
        self.focus = focus
    }

    /// The preset called `name` (case-insensitive), if there is one.
    public static func named(_ name: String) -> Preset? {
        all.first { $0.name == name.lowercased() }
    }

    /// The refusal for an unknown name, listing the known ones.
    public static func unknownMessage(_ name: String) -> String {
        "unknown preset \"\(name)\": choose one of \(all.map(\.name).joined(separator: ", "))"
    }

    /// `--list-presets`: one preset a line, the names aligned.
    public static func listing() -> String {
        let width = all.map(\.name.count).max() ?? 0
        return all.map { $0.name + String(repeating: " ", count: width - $0.name.count + 2) + $0.summary }
            .joined(separator: "\n") + "\n"
    }

    /// An explorer opened on this preset.
    public var state: ExplorerState {
        var s = ExplorerState(document: document)
        s.classroom.focus = focus
        return s
    }
}

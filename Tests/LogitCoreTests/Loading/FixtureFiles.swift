import Foundation
import LogitCore

/// The files `scripts/reference/make_fixtures.py` wrote with numpy, and what numpy read back from
/// them (`expected.json`). Found through `#filePath`, like `ReferenceFile`.
enum FixtureFiles {
    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Loading
            .deletingLastPathComponent()  // LogitCoreTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/fixtures")
    }

    static func bytes(_ name: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            fatalError("missing fixture \(name): run scripts/reference/make_fixtures.py")
        }
        return [UInt8](data)
    }

    struct Expected: Decodable, Sendable {
        let numpy: String
        let files: [String: Entry]
    }

    struct Entry: Decodable, Sendable {
        let logits: [ReferenceNumber]?
        let labels: [String]?
        let precision: String?
        let row: Int?
        let refused: String?
    }

    static let expected: Expected = {
        do {
            return try JSONDecoder().decode(Expected.self, from: Data(bytes("expected.json")))
        } catch {
            fatalError("cannot read fixtures/expected.json: \(error)")
        }
    }()
}

import Foundation
import LogitCore
import LogitView

/// The calibration view's example: scikit-learn's digits validation logits and targets, as
/// `scripts/reference/make_calibration_reference.py` committed them, with numpy/scipy's figures
/// (`calibration-reference.json`) for the screens to be checked against.
enum CalibrationExamples {
    struct Reference: Decodable {
        struct Case: Decodable {
            let name: String
            let targets: [Int]
            let at: [Figures]
            let fitted: Fitted?
            let at_fitted: Figures?
        }
        struct Fitted: Decodable { let temperature: Double }
        struct Figures: Decodable {
            let temperature: Double
            let accuracy, nll, ece, mce, rmsce: Double
            let reliability: [Bin]
        }
        struct Bin: Decodable {
            let count: Int
            let confidence: Double?
            let accuracy: Double?
        }
        let cases: [Case]
    }

    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Calibration
            .deletingLastPathComponent()  // LogitViewTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/calibration")
    }

    static let digits: Reference.Case = {
        let data = try! Data(contentsOf: directory.appendingPathComponent("calibration-reference.json"))
        return try! JSONDecoder().decode(Reference.self, from: data).cases.first { $0.name == "digits" }!
    }()

    static func at(_ t: Double) -> Reference.Figures { digits.at.first { $0.temperature == t }! }

    /// `logitscope --file digits-logits.npy --targets …` (row 0), then `C`; `targets: false` opens
    /// the same rows without targets.
    static func state(targets: Bool = true, open: Bool = true) -> ExplorerState {
        let bytes = [UInt8](try! Data(contentsOf: directory.appendingPathComponent("digits-logits.npy")))
        var rows = try! ArrayFile.open(ByteStorage(copying: bytes), format: .npy, name: "digits-logits.npy").rows
        if targets { rows = rows.withTargets(digits.targets.map { Optional($0) }) }
        var state = ExplorerState(document: LogitDocument(logits: rows.row(0)))
        state.attach(rows: RowSession(rows: rows, position: 0))
        if open { state.apply(.calibration(.toggleView)) }
        return state
    }

    /// The view with its message cleared (the status line then shows the key hints).
    static let view: ExplorerState = {
        var s = state()
        s.apply(.calibration(.moveCursor(by: 0)))
        return s
    }()
}

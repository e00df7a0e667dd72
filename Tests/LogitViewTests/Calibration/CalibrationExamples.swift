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
            let classes: Int
            let logits: [[Number]]?
            let fit: String
            let targets: [Int]
            let at: [Figures]
            let fitted: Fitted?
            let at_fitted: Figures?
        }
        struct Fitted: Decodable { let temperature: Double }
        /// A number, or JSON's spelling of a non-finite one (`"-inf"`, a masked logit).
        struct Number: Decodable {
            let value: Double
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let d = try? c.decode(Double.self) { value = d; return }
                let text = try c.decode(String.self)
                value = text == "-inf" ? -.infinity : text == "inf" ? .infinity : .nan
            }
        }
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

    /// A case of the reference file by name (`always-right`: every target a row's largest logit).
    static func reference(_ name: String) -> Reference.Case {
        let data = try! Data(contentsOf: directory.appendingPathComponent("calibration-reference.json"))
        return try! JSONDecoder().decode(Reference.self, from: data).cases.first { $0.name == name }!
    }

    /// A case's own logits as a float64 `.npy` (as numpy writes one: version 1, a header padded to
    /// 64 bytes), opened as rows with the case's targets and the view open.
    static func state(of c: Reference.Case) -> ExplorerState {
        let rows = c.logits!
        var header = Array("{'descr': '<f8', 'fortran_order': False, 'shape': (\(rows.count), \(c.classes)), }".utf8)
        while (10 + header.count + 1) % 64 != 0 { header.append(0x20) }
        header.append(0x0A)
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count & 0xFF), UInt8(header.count >> 8)] + header
        for z in rows.joined().map(\.value) { withUnsafeBytes(of: z.bitPattern.littleEndian) { bytes += $0 } }
        let opened = try! ArrayFile.open(ByteStorage(copying: bytes), format: .npy, name: "\(c.name).npy").rows
        let withTargets = opened.withTargets(c.targets.map { Optional($0) })
        var state = ExplorerState(document: LogitDocument(logits: withTargets.row(0)))
        state.attach(rows: RowSession(rows: withTargets, position: 0))
        state.apply(.calibration(.toggleView))
        return state
    }

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

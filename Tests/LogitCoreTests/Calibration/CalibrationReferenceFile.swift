import Foundation
import LogitCore
import Testing

/// `Tests/Reference/calibration/`, written by `scripts/reference/make_calibration_reference.py`:
/// a scikit-learn classifier's validation logits on the digits data set (`digits-logits.npy`) and
/// numpy/scipy's figures for them and for small hand-made cases.
struct CalibrationReferenceFile: Decodable, Sendable {
    let cases: [Case]

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let source: String
        let classes: Int
        let logits: [[ReferenceNumber]]?
        let targets: [Int]
        let bins: Int
        let at: [Figures]
        let fit: String
        let fitted: Fitted?
        let atFitted: Figures?

        enum CodingKeys: String, CodingKey {
            case name, source, classes, logits, targets, bins, at, fit, fitted
            case atFitted = "at_fitted"
        }

        var testDescription: String { name }
    }

    struct Figures: Decodable, Sendable {
        let temperature: Double
        let rows: Int
        let accuracy: Double
        let nll: Double
        let ece: Double
        let mce: Double
        let rmsce: Double
        let reliability: [Bin]
    }

    struct Bin: Decodable, Sendable {
        let lower: Double
        let upper: Double
        let count: Int
        let confidence: Double?
        let accuracy: Double?
    }

    struct Fitted: Decodable, Sendable {
        let temperature: Double
        let minimizeScalar: Double
        let gridBest: Double
        let gridStep: Double

        enum CodingKeys: String, CodingKey {
            case temperature
            case minimizeScalar = "minimize_scalar", gridBest = "grid_best", gridStep = "grid_step"
        }
    }

    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Calibration
            .deletingLastPathComponent()  // LogitCoreTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/calibration")
    }

    static let shared: CalibrationReferenceFile = {
        do {
            let data = try Data(contentsOf: directory.appendingPathComponent("calibration-reference.json"))
            return try JSONDecoder().decode(CalibrationReferenceFile.self, from: data)
        } catch {
            fatalError("cannot read calibration-reference.json (run scripts/reference/make_calibration_reference.py): \(error)")
        }
    }()

    /// `digits-logits.npy` as row-major Doubles, read through the project's header parser.
    static let digitsLogits: (values: [Double], classes: Int) = {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent("digits-logits.npy").path) else {
            fatalError("missing digits-logits.npy")
        }
        let bytes = [UInt8](data)
        do {
            let header = try NpyHeader(prefix: bytes, name: "digits-logits.npy")
            precondition(header.dtype.precision == .float64 && header.dtype.littleEndian && header.shape.count == 2)
            let values = (0..<header.count).map { i in
                var bits: UInt64 = 0
                for b in 0..<8 { bits |= UInt64(bytes[header.dataOffset + 8 * i + b]) << (8 * b) }
                return Double(bitPattern: bits)
            }
            return (values, header.shape[1])
        } catch {
            fatalError("digits-logits.npy: \(error)")
        }
    }()

    /// The case's logits, row-major: its own, or the digits file's.
    func logits(of c: Case) -> [Double] {
        if let rows = c.logits { return rows.flatMap { $0.map(\.value) } }
        let all = Self.digitsLogits.values
        return Array(all.prefix(c.targets.count * c.classes))
    }
}

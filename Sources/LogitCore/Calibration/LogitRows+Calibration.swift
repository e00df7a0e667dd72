/// A file of rows with targets as a dataset: the calibration core runs on a contiguous row-major
/// buffer, which a C-order file in this machine's byte order already is (float32 stays float32,
/// read in place from the mapping: the peak memory is the file plus the per-row figures). A file
/// in another order, byte order or alignment, and Float16 and BFloat16 (which widen exactly), are
/// copied once into a buffer of Float (Double for float64).
extension LogitRows {
    /// `body` on the logits as a contiguous row-major buffer of Float or Double.
    public func withCalibrationMatrix<R>(_ body: (CalibrationMatrix) -> R) -> R {
        CalibrationLogits(self).withMatrix(body)
    }

    /// The file's bytes as the matrix, when they already are one (C order, this machine's byte
    /// order, aligned, float32 or float64); nil when a copy is needed.
    fileprivate func inPlaceMatrix() -> CalibrationMatrix? {
        let little = elementType.littleEndian == (1.littleEndian == 1)
        guard rowStride == classCount && classStride == 1 && little else { return nil }
        let base = storage.bytes.baseAddress! + offset
        let count = rowCount * classCount
        switch elementType.precision {
        case .float32 where Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0:
            return .float32(UnsafeBufferPointer(start: base.assumingMemoryBound(to: Float.self), count: count))
        case .float64 where Int(bitPattern: base) % MemoryLayout<Double>.alignment == 0:
            return .float64(UnsafeBufferPointer(start: base.assumingMemoryBound(to: Double.self), count: count))
        default:
            return nil
        }
    }

    /// Every row decoded and rounded to F (exact for every element type F is chosen for).
    fileprivate func copied<F: BinaryFloatingPoint>(as _: F.Type) -> [F] {
        var out = [F]()
        out.reserveCapacity(rowCount * classCount)
        var buffer: [Double] = []
        for r in 0..<rowCount {
            withRow(r, into: &buffer) { row in out.append(contentsOf: row.lazy.map { F($0) }) }
        }
        return out
    }

    /// The targets as the calibration core takes them (-1 for none).
    public var calibrationTargets: [Int] { targets.map { $0 ?? -1 } }

    /// The calibration of these rows at `temperature` with `bins` bins, and the fitted
    /// temperature; nil without targets. The targets were checked when given (`RowTargets`).
    public func calibrationReport(temperature: Double, bins: ConfidenceBins) -> CalibrationReport? {
        guard hasTargets else { return nil }
        let targets = calibrationTargets
        return withCalibrationMatrix { m in
            switch m {
            case .float32(let z): Self.report(z, classes: classCount, targets: targets, temperature: temperature, bins: bins)
            case .float64(let z): Self.report(z, classes: classCount, targets: targets, temperature: temperature, bins: bins)
            }
        }
    }

    private static func report<F: LogitFloat>(
        _ z: UnsafeBufferPointer<F>, classes: Int, targets: [Int], temperature: Double, bins: ConfidenceBins
    ) -> CalibrationReport? {
        // The rows were checked when opened and the targets when given: only "no targets" is left.
        guard let set = try? CalibrationSet(logits: z, classes: classes, targets: targets) else { return nil }
        return CalibrationReport(logits: z, set: set, temperature: temperature, bins: bins)
    }
}

/// A [rows, classes] matrix of logits, row-major and contiguous, in the type it is computed in.
public enum CalibrationMatrix {
    case float32(UnsafeBufferPointer<Float>)
    case float64(UnsafeBufferPointer<Double>)
}

/// The logits of a file of rows as the calibration passes read them, held for as many passes as
/// asked (the calibration view makes one per temperature key): the mapped file itself when it
/// already is the matrix, else one copy made here, once (Float16 and BFloat16 widen to Float
/// exactly; another order, byte order or alignment is copied in its own type).
public struct CalibrationLogits: Sendable {
    public let rows: LogitRows
    private let copy: Copy?

    private enum Copy: Sendable {
        case float32([Float])
        case float64([Double])
    }

    public init(_ rows: LogitRows) {
        self.rows = rows
        if rows.inPlaceMatrix() != nil {
            copy = nil
        } else if rows.elementType.precision == .float64 {
            copy = .float64(rows.copied(as: Double.self))
        } else {
            copy = .float32(rows.copied(as: Float.self))
        }
    }

    /// `body` on the logits as a contiguous row-major buffer of Float or Double.
    public func withMatrix<R>(_ body: (CalibrationMatrix) -> R) -> R {
        switch copy {
        case .float32(let z): return z.withUnsafeBufferPointer { body(.float32($0)) }
        case .float64(let z): return z.withUnsafeBufferPointer { body(.float64($0)) }
        case nil: return body(rows.inPlaceMatrix()!)
        }
    }
}

/// A file of rows with targets as a dataset: the calibration core runs on a contiguous row-major
/// buffer, which a C-order file in this machine's byte order already is (float32 stays float32,
/// read in place from the mapping: the peak memory is the file plus the per-row figures). A file
/// in another order, byte order or alignment, and Float16 and BFloat16 (which widen exactly), are
/// copied once into a buffer of Float (Double for float64).
extension LogitRows {
    /// `body` on the logits as a contiguous row-major buffer of Float or Double.
    public func withCalibrationMatrix<R>(_ body: (CalibrationMatrix) -> R) -> R {
        let little = elementType.littleEndian == (1.littleEndian == 1)
        let contiguous = rowStride == classCount && classStride == 1 && little
        let count = rowCount * classCount
        switch elementType.precision {
        case .float32:
            let base = storage.bytes.baseAddress! + offset
            if contiguous && Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0 {
                let typed = base.assumingMemoryBound(to: Float.self)
                return body(.float32(UnsafeBufferPointer(start: typed, count: count)))
            }
        case .float64:
            let base = storage.bytes.baseAddress! + offset
            if contiguous && Int(bitPattern: base) % MemoryLayout<Double>.alignment == 0 {
                let typed = base.assumingMemoryBound(to: Double.self)
                return body(.float64(UnsafeBufferPointer(start: typed, count: count)))
            }
            let copy = copied(as: Double.self)
            return copy.withUnsafeBufferPointer { body(.float64($0)) }
        case .float16, .bfloat16:
            break
        }
        let copy = copied(as: Float.self)
        return copy.withUnsafeBufferPointer { body(.float32($0)) }
    }

    /// Every row decoded and rounded to F (exact for every element type F is chosen for).
    private func copied<F: BinaryFloatingPoint>(as _: F.Type) -> [F] {
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

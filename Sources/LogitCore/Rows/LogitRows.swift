/// A file of rows: a [rows, classes] tensor of logits (a generation's positions, a dataset's
/// samples), held in the file's own element type and decoded one row at a time.
///
/// This is the document of rows that ARCHITECTURE.md names: the explorer's one-vector document is
/// the open row (`row(_:)`, as Doubles); the others stay as the file's bytes (mapped, or inflated
/// once from an `.npz`), so a [256, 128256] float32 file costs its 131 MB once, not 262 MB of
/// Doubles. Every value is checked when the rows are opened (`init` refuses NaN, +inf and a row
/// that is all −inf, naming the row and column), so decoding a row later cannot fail.
///
/// Public API (stable: the calibration work builds on it): `rowCount`, `classCount`,
/// `elementType`, `row(_:)`, `withRow(_:_:)`, `targets`, `target(at:)`, `name`, `tensorName`,
/// `shapeDescription`, `withTargets(_:)`.
public struct LogitRows: Sendable {
    /// How messages name the file.
    public let name: String
    /// The tensor or member chosen in the file (nil for a `.npy`).
    public let tensorName: String?
    public let rowCount: Int
    public let classCount: Int
    /// The element type and byte order of the file's values.
    public let elementType: NpyHeader.DType
    /// The shape as the file wrote it, `(1, 256, 128256)`.
    public let shapeDescription: String
    /// One target (token id or class) per row, nil for none; all nil when no targets were given.
    public private(set) var targets: [Int?]
    /// True when `targets` came from the user (`--targets`), false when they are all nil.
    public var hasTargets: Bool { targets.contains { $0 != nil } }

    let storage: ByteStorage
    /// Byte offset of element [0, 0] in `storage`.
    let offset: Int
    /// Element steps between rows and between classes: (classes, 1) in C order, (1, rows) in
    /// Fortran order.
    let rowStride: Int
    let classStride: Int

    /// The rows of `tensor`, whose bytes are in `storage`; every value is checked here.
    init(storage: ByteStorage, tensor: ArrayTensor, file: String) throws(InputError) {
        let (rows, classes, _) = try tensor.matrixShape(file: file)
        guard tensor.offset >= 0, tensor.offset + tensor.byteCount <= storage.count else {
            throw InputError("\(file): truncated: the values of \(tensor.listing) need \(tensor.byteCount) bytes but the file ends before them")
        }
        name = file
        tensorName = tensor.name
        rowCount = rows
        classCount = classes
        elementType = tensor.dtype
        shapeDescription = tensor.shapeDescription
        targets = Array(repeating: nil, count: rows)
        self.storage = storage
        offset = tensor.offset
        (rowStride, classStride) = tensor.fortranOrder ? (1, rows) : (classes, 1)
        try check()
    }

    /// The row's logits as Doubles (every value exact: Float16, BFloat16 and Float32 widen without
    /// rounding).
    public func row(_ i: Int) -> [Double] {
        precondition((0..<rowCount).contains(i), "row \(i) of \(rowCount)")
        return [Double](unsafeUninitializedCapacity: classCount) { out, initialized in
            decodeRow(i, into: out)
            initialized = classCount
        }
    }

    /// Decodes row i into a buffer of `classCount` Doubles the caller reuses (a pass over every
    /// row then allocates once).
    public func withRow<R>(_ i: Int, into buffer: inout [Double], _ body: (UnsafeBufferPointer<Double>) -> R) -> R {
        if buffer.count != classCount { buffer = [Double](repeating: 0, count: classCount) }
        buffer.withUnsafeMutableBufferPointer { decodeRow(i, into: $0) }
        return buffer.withUnsafeBufferPointer(body)
    }

    /// True when `values` are row i's logits, bit for bit: decoded a block at a time on the stack
    /// (a step away from a row asks this of the row it leaves, without a 1 MB copy at 128k).
    public func rowHolds(_ i: Int, _ values: [Double]) -> Bool {
        guard values.count == classCount else { return false }
        let block = 1024
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: block) { buffer in
            values.withUnsafeBufferPointer { v in
                var start = 0
                while start < classCount {
                    let count = Swift.min(block, classCount - start)
                    let out = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
                    decodeRow(i, into: out, from: start)
                    for k in 0..<count where out[k].bitPattern != v[start + k].bitPattern { return false }
                    start += count
                }
                return true
            }
        }
    }

    /// Lets a mapped file's resident pages go once its vector is decoded: the explorer holds that
    /// vector as its document, and the quit line alone decodes the file again (its pages are then
    /// read anew). 4 MB of a 1M float32 `.npy` off the peak (issue #11's 48 MB).
    public func dropResidentPages() { storage.dropPages(0..<storage.count) }

    /// Row i's target, nil for none (or a row out of range).
    public func target(at i: Int) -> Int? { targets.indices.contains(i) ? targets[i] : nil }

    /// The same rows with `targets` (one per row, each nil or in 0..<classCount; see `RowTargets`).
    public func withTargets(_ targets: [Int?]) -> LogitRows {
        precondition(targets.count == rowCount)
        var copy = self
        copy.targets = targets
        return copy
    }

    /// Decodes row i's classes `start..<start + out.count` (the whole row by default) into `out`.
    func decodeRow(_ i: Int, into out: UnsafeMutableBufferPointer<Double>, from start: Int = 0) {
        let size = elementType.byteCount
        let little = elementType.littleEndian
        let raw = storage.bytes
        let step = classStride * size
        let first = offset + i * rowStride * size + start * step
        let classCount = out.count
        switch elementType.precision {
        case .float16:
            for k in 0..<classCount {
                let bits = raw.loadUnaligned(fromByteOffset: first + k * step, as: UInt16.self)
                out[k] = NpyReader.halfToDouble(little ? UInt16(littleEndian: bits) : UInt16(bigEndian: bits))
            }
        case .bfloat16:
            for k in 0..<classCount {
                let bits = raw.loadUnaligned(fromByteOffset: first + k * step, as: UInt16.self)
                out[k] = Double(Float(bitPattern: UInt32(little ? UInt16(littleEndian: bits) : UInt16(bigEndian: bits)) << 16))
            }
        case .float32:
            for k in 0..<classCount {
                let bits = raw.loadUnaligned(fromByteOffset: first + k * step, as: UInt32.self)
                out[k] = Double(Float(bitPattern: little ? UInt32(littleEndian: bits) : UInt32(bigEndian: bits)))
            }
        case .float64:
            for k in 0..<classCount {
                let bits = raw.loadUnaligned(fromByteOffset: first + k * step, as: UInt64.self)
                out[k] = Double(bitPattern: little ? UInt64(littleEndian: bits) : UInt64(bigEndian: bits))
            }
        }
    }

    /// Refuses NaN, +inf and a row of only −inf anywhere, naming the first such place as numpy
    /// indexes it. Decodes 1024 values at a time on the stack: a pass over 131 MB at memory speed,
    /// and no row-sized buffer (8 MB of fresh pages for a 1M vector, a tenth of `--print`'s time).
    private func check() throws(InputError) {
        let block = 1024
        for r in 0..<rowCount {
            let bad: (column: Int, value: Double)? = withUnsafeTemporaryAllocation(of: Double.self, capacity: block) { buffer in
                var allMasked = true
                var start = 0
                while start < classCount {
                    let count = Swift.min(block, classCount - start)
                    let row = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
                    decodeRow(r, into: row, from: start)
                    for k in 0..<count {
                        let x = row[k]
                        if x.isNaN || x == .infinity { return (start + k, x) }
                        if x != -.infinity { allMasked = false }
                    }
                    start += count
                }
                return allMasked ? (-1, -.infinity) : nil
            }
            guard let bad else { continue }
            let vector = shapeDescription.hasSuffix(",)")  // 1-D, numpy writes (n,)
            let place = vector ? "index \(bad.column) (0-based, as NumPy indexes)" : "[\(r), \(bad.column)] (row, column; 0-based, as NumPy indexes)"
            if bad.column < 0 {
                throw InputError(vector
                    ? "\(name): every logit is -inf: softmax is undefined when every class is masked"
                    : "\(name): every logit of row \(r) is -inf: softmax is undefined when every class is masked")
            }
            let what = bad.value.isNaN
                ? "is NaN: a logit must be a number (-inf masks a class)"
                : "is +inf: only -inf is allowed (it masks a class)"
            throw InputError("\(name): the value at \(place) \(what)")
        }
    }
}

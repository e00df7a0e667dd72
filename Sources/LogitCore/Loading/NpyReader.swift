/// Reads the values of a `.npy` file whose header `NpyHeader` has judged.
enum NpyReader {
    static func read(_ bytes: [UInt8], name: String, row: Int?, limits: LoadLimits) throws(InputError) -> LoadedLogits {
        let header = try NpyHeader(prefix: bytes, name: name, limits: limits)
        let selection = try header.selection(row: row, name: name)
        let available = bytes.count - header.dataOffset
        if available < header.dataByteCount {
            let dims = header.shape.count == 1 ? "\(header.count)" : header.shape.map(String.init).joined(separator: " × ")
            throw InputError("\(name): truncated: header promises \(dims) \(header.dtype.name) values (\(header.dataByteCount) bytes) but only \(available) byte\(available == 1 ? "" : "s") follow")
        }
        let logits = try decode(bytes, header: header, selection: selection, name: name)
        return LoadedLogits(logits: logits, sourcePrecision: header.dtype.precision, format: .npy)
    }

    /// Decodes the selected values (every value exactly: Float16 and Float32 widen to Double without
    /// rounding) and refuses NaN and +inf, naming the position 0-based as NumPy indexes it.
    static func decode(_ bytes: [UInt8], header: NpyHeader, selection: NpyHeader.Selection, name: String) throws(InputError) -> [Double] {
        let size = header.dtype.byteCount
        let little = header.dtype.littleEndian
        let values: [Double] = bytes.withUnsafeBytes { raw in
            let base = header.dataOffset
            return [Double](unsafeUninitializedCapacity: selection.count) { out, initialized in
                for k in 0..<selection.count {
                    let offset = base + (selection.firstValue + k * selection.stride) * size
                    switch header.dtype.precision {
                    case .float16:
                        let bits = raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
                        out[k] = halfToDouble(little ? UInt16(littleEndian: bits) : UInt16(bigEndian: bits))
                    case .bfloat16:
                        // No .npy dtype says bfloat16 (ml_dtypes saves it as '<V2'); a 2-byte
                        // bfloat16 array, as safetensors' BF16, widens exactly.
                        let bits = raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
                        out[k] = Double(BFloat16(bitPattern: little ? UInt16(littleEndian: bits) : UInt16(bigEndian: bits)))
                    case .float32:
                        let bits = raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                        out[k] = Double(Float(bitPattern: little ? UInt32(littleEndian: bits) : UInt32(bigEndian: bits)))
                    case .float64:
                        let bits = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        out[k] = Double(bitPattern: little ? UInt64(littleEndian: bits) : UInt64(bigEndian: bits))
                    }
                }
                initialized = selection.count
            }
        }
        if let bad = values.firstIndex(where: { $0.isNaN || $0 == .infinity }) {
            let at = selection.row.map { "[\($0), \(bad)] (row, column; 0-based, as NumPy indexes)" } ?? "index \(bad) (0-based, as NumPy indexes)"
            let what = values[bad].isNaN
                ? "is NaN: a logit must be a number (-inf masks a class)"
                : "is +inf: only -inf is allowed (it masks a class)"
            throw InputError("\(name): the value at \(at) \(what)")
        }
        return values
    }

    /// IEEE 754 binary16 to Double, exactly, without the Float16 type (absent on macOS x86_64).
    static func halfToDouble(_ h: UInt16) -> Double {
        let sign: Double = h & 0x8000 != 0 ? -1 : 1
        let exponent = Int(h >> 10 & 0x1F)
        let fraction = Double(h & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * 0x1p-24  // zero and subnormals
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1024 + fraction) * Double(sign: .plus, exponent: exponent - 25, significand: 1)
        }
    }
}

import LogitCore

/// Writes `.npy` bytes by hand, following numpy/lib/format.py's description of the format (magic,
/// version, little-endian header length, a dict literal padded with spaces and a newline so that
/// the values start on a 64-byte boundary, then the raw values), so the reader is checked against
/// the specification independently of numpy's own writer.
enum NpyBytes {
    static func make(
        descr: String, shape: [Int], fortranOrder: Bool = false, version: UInt8 = 1,
        values: [UInt8]
    ) -> [UInt8] {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var dict = "{'descr': '\(descr)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': \(shapeText), }"
        let preamble = version == 1 ? 10 : 12
        while (preamble + dict.utf8.count + 1) % 64 != 0 { dict += " " }
        dict += "\n"
        let length = dict.utf8.count
        var out: [UInt8] = [0x93] + Array("NUMPY".utf8) + [version, 0]
        if version == 1 {
            out += [UInt8(length & 0xFF), UInt8(length >> 8)]
        } else {
            out += [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24)]
        }
        return out + Array(dict.utf8) + values
    }

    static func float32(_ xs: [Float], bigEndian: Bool = false) -> [UInt8] {
        xs.flatMap { x -> [UInt8] in
            let b = bigEndian ? x.bitPattern.bigEndian : x.bitPattern.littleEndian
            return withUnsafeBytes(of: b) { Array($0) }
        }
    }

    static func float64(_ xs: [Double], bigEndian: Bool = false) -> [UInt8] {
        xs.flatMap { x -> [UInt8] in
            let b = bigEndian ? x.bitPattern.bigEndian : x.bitPattern.littleEndian
            return withUnsafeBytes(of: b) { Array($0) }
        }
    }

    /// Half-precision bit patterns written out (IEEE 754 binary16), little- or big-endian.
    static func float16(bits: [UInt16], bigEndian: Bool = false) -> [UInt8] {
        bits.flatMap { h -> [UInt8] in bigEndian ? [UInt8(h >> 8), UInt8(h & 0xFF)] : [UInt8(h & 0xFF), UInt8(h >> 8)] }
    }
}

/// The message a load refuses with, or nil when it loads.
func loadRefusal(_ bytes: [UInt8], name: String, format: LogitFileFormat? = nil, row: Int? = nil, limits: LoadLimits = .standard) -> String? {
    refusal { () throws(InputError) -> LoadedLogits in
        try LogitFileLoader.load(bytes, name: name, format: format, row: row, limits: limits)
    }
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

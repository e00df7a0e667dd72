import Foundation

/// A folder of its own for one test's files, removed when the test is done.
final class TempFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try bytes.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, Data(text.utf8))
    }
}

/// `.npy` files written by hand from the format's specification (numpy/lib/format.py): magic,
/// version 1.0, a little-endian header length, the header dict padded with spaces to a multiple of
/// 64 bytes and ended by a newline, then the values.
enum Npy {
    static func header(descr: String, shape: [Int], fortran: Bool = false) -> Data {
        let dims = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var dict = "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(dims), }"
        let unpadded = 10 + dict.utf8.count + 1
        dict += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var out = Data([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0])
        let length = UInt16(dict.utf8.count)
        out.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8)])
        out.append(contentsOf: Array(dict.utf8))
        return out
    }

    static func float32(_ values: [Float], shape: [Int]? = nil) -> Data {
        var out = header(descr: "<f4", shape: shape ?? [values.count])
        for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }

    static func float64BigEndian(_ values: [Double], shape: [Int]? = nil) -> Data {
        var out = header(descr: ">f8", shape: shape ?? [values.count])
        for v in values { withUnsafeBytes(of: v.bitPattern.bigEndian) { out.append(contentsOf: $0) } }
        return out
    }

    static func float16(_ values: [Float16]) -> Data {
        var out = header(descr: "<f2", shape: [values.count])
        for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }
}

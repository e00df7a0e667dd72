import Foundation

/// What `scripts/reference/make_bfloat16_table.py` had ml_dtypes compute, read from
/// `Tests/Reference/bfloat16-ml_dtypes.bin` (the script's docstring gives the layout).
struct BFloat16Table: Sendable {
    /// The high half of the Float bits each pattern widens to (the low half is zero; the script checks).
    let decode: [UInt16]
    /// The BFloat16 of the Float bits (p << 16) | 0x8000, for every pattern p.
    let ties: [UInt16]
    /// Float bits and the BFloat16 they round to.
    let cases: [(float: UInt32, bfloat: UInt16)]
    /// a, b, a+b, a−b, a·b, a/b, √a, exp a, log a.
    let operations: [[UInt16]]

    static let shared: BFloat16Table = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // LogitCoreTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/bfloat16-ml_dtypes.bin")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("missing \(url.path): run scripts/reference/make_bfloat16_table.py")
        }
        var reader = Reader(bytes: [UInt8](data))
        guard reader.take(8) == Array("BF16TAB1".utf8) else { fatalError("\(url.path) is not a BF16TAB1 table") }
        let decode = (0..<reader.u32()).map { _ in reader.u16() }
        let ties = (0..<reader.u32()).map { _ in reader.u16() }
        let cases = (0..<reader.u32()).map { _ in (float: reader.u32(), bfloat: reader.u16()) }
        let operations = (0..<reader.u32()).map { _ in (0..<9).map { _ in reader.u16() } }
        guard reader.atEnd else { fatalError("\(url.path): bytes left after the last section") }
        return BFloat16Table(decode: decode, ties: ties, cases: cases, operations: operations)
    }()

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        var atEnd: Bool { i == bytes.count }

        mutating func take(_ n: Int) -> [UInt8] {
            precondition(i + n <= bytes.count, "the table is truncated")
            defer { i += n }
            return Array(bytes[i..<(i + n)])
        }

        mutating func u16() -> UInt16 {
            take(2).reversed().reduce(0) { $0 << 8 | UInt16($1) }
        }

        mutating func u32() -> UInt32 {
            take(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
    }
}

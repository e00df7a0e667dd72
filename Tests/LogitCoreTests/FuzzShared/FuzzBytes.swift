/// A fuzzer's input read as a stream of choices. Running out of bytes reads zeros, so every input,
/// however short, decodes to something, and a crash found by libFuzzer replays from the same bytes.
public struct FuzzBytes {
    let bytes: [UInt8]
    var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { position >= bytes.count }

    public mutating func byte() -> UInt8 {
        defer { position += 1 }
        return position < bytes.count ? bytes[position] : 0
    }

    public mutating func bool() -> Bool { byte() & 1 == 1 }

    /// A value in `range`, from one byte (two when the range is wider than 256).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        let raw = width > 256 ? UInt64(byte()) << 8 | UInt64(byte()) : UInt64(byte())
        return range.lowerBound + Int(raw % width)
    }

    /// Mostly values a person could reach, sometimes the edges of Double, sometimes any bit pattern:
    /// the edges (65504, 88.72, 709.78, subnormals, -inf, NaN) are where the numerics change.
    public mutating func double() -> Double {
        let choice = byte()
        switch choice {
        case 0..<160: return Self.interesting[Int(choice) % Self.interesting.count]
        case 160..<224: return Double(Int(byte()) - 128) / Double([1, 10, 100, 1000][Int(byte() % 4)])
        default:
            var bits: UInt64 = 0
            for _ in 0..<8 { bits = bits << 8 | UInt64(byte()) }
            return Double(bitPattern: bits)
        }
    }

    /// The rest of the input (at most `limit` bytes) as text, invalid UTF-8 repaired.
    public mutating func text(limit: Int) -> String {
        let n = int(in: 0...limit)
        let end = min(position + n, bytes.count)
        let slice = position < end ? Array(bytes[position..<end]) : []
        position = max(position, end)
        return String(decoding: slice, as: UTF8.self)
    }

    static let interesting: [Double] = [
        0, -0.0, 1, -1, 0.1, 2, -2, 0.5, 0.999, 0.001, 1e-8, -1e-8, 10, -10, 100, 1000, -1000,
        11.09, 11.1, 12, 65504, 65520, 70000, -70000, 88.72, 89, 104, -104, 709.78, 710, -746,
        1e15, -1e15, 1e300, -1e300, 1e308, Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude,
        Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, 0x1p-24, 1e-300, 2.345, 0.30000000000000004,
        -.infinity, .infinity, .nan, 6e-8, 1e5, 0.01, 0.05, 0.95, 0.99, 1.25, 3.4e38, -3.4e38,
    ]
}

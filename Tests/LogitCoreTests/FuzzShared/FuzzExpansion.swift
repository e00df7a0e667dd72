/// Turns a short fuzz input into a big or deep document: a list of segments, each a few bytes
/// repeated many times. libFuzzer grows inputs slowly and keeps them small, so without this it
/// never writes 10⁶ levels of `[` or an array of 10⁵ numbers; with it, a 12-byte input does.
///
/// A segment is: one byte choosing the count (`counts`, or a 16-bit count from the next two bytes,
/// times 16), one byte for the length of the piece (1–8), then the piece. Segments follow one
/// another until the input ends or the output reaches `limit`.
public enum FuzzExpansion {
    /// The counts that matter to a JSON reader: one, a few, the depth limit and one past it,
    /// a vector's length, and nesting as deep as a hostile file.
    static let counts = [1, 2, 3, 10, 127, 128, 129, 1000, 65_536, 100_000, 1_000_000]
    /// 2 MiB: room for 10⁶ levels of `[` and their `]`, past any input libFuzzer grows to, and small
    /// enough to be read many times a second.
    public static let limit = 2 << 20

    public static func expand(_ input: inout FuzzBytes) -> [UInt8] {
        var out: [UInt8] = []
        while !input.isAtEnd, out.count < limit {
            let choice = Int(input.byte())
            let count = choice < 0xF0 ? counts[choice % counts.count] : input.int(in: 0...0xFFFF) * 16
            let length = 1 + Int(input.byte() % 8)
            let piece = (0..<length).map { _ in input.byte() }
            let total = min(count, (limit - out.count) / length) * length
            // Doubled, so 10⁶ repeats are 20 copies, not 10⁶ appends.
            var block = piece
            while block.count * 2 <= total { block += block }
            out += block.prefix(total)
            if total > block.count { out += block.prefix(total - block.count) }
        }
        return out
    }
}
